package org.chatterie.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Manifests that must load, and what they load into. */
class ManifestLoaderTest {

    private final ManifestLoader loader = Manifests.loader();

    @Test
    void loadsEveryFieldOfAFullManifest() throws ManifestException {
        AppManifest app = loader.load(Manifests.FILE, Manifests.NOTES);

        assertThat(app.id()).isEqualTo("notes");
        assertThat(app.name()).isEqualTo("Notes");
        assertThat(app.description()).containsEntry("fr", "Des notes partagées, dans votre nuage.")
                .containsEntry("en", "Shared notes, in your cloud.");
        assertThat(app.version()).isEqualTo("2.4.1");
        assertThat(app.category()).isEqualTo("productivity");
        assertThat(app.isTesting()).isFalse();
        assertThat(app.publisher()).isEqualTo("Chatterie");
        assertThat(app.licence()).isEqualTo("AGPL-3.0-or-later");
        assertThat(app.image()).isEqualTo("registry.example.org:5000/chatterie/notes:2.4.1@" + Manifests.DIGEST);
        assertThat(app.httpPort()).isEqualTo(8080);
        assertThat(app.volumes()).containsExactly(
                new AppManifest.Volume("data", "/var/lib/notes", "daily"),
                new AppManifest.Volume("cache", "/var/cache/notes", "none"));
        assertThat(app.env()).containsExactly(
                new AppManifest.EnvVar("NOTES_TITLE", "Nos notes", false),
                new AppManifest.EnvVar("NOTES_SECRET", null, true));
        assertThat(app.permissions()).isEqualTo(new AppManifest.Permissions(true, List.of("CHOWN", "SETUID")));
    }

    @Test
    void convertsSizesCpuAndDurations() throws ManifestException {
        AppManifest app = loader.load(Manifests.FILE, Manifests.NOTES);

        assertThat(app.resources()).isEqualTo(new AppManifest.Resources(
                512_000_000L, 0.5, 5L * 1024 * 1024 * 1024, 128));
        assertThat(app.healthcheck()).isEqualTo(new AppManifest.Healthcheck(
                List.of("wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/"), 90, 5, 4, 120));
    }

    @Test
    void fillsInTheDocumentedDefaults() throws ManifestException {
        AppManifest app = loader.load("images/pad/app.yaml", Manifests.MINIMAL);

        assertThat(app.volumes()).isEmpty();
        assertThat(app.env()).isEmpty();
        assertThat(app.resources()).isEqualTo(new AppManifest.Resources(256L << 20, 1.0, 1L << 30, 256));
        assertThat(app.healthcheck()).isEqualTo(new AppManifest.Healthcheck(List.of("/bin/true"), 30, 30, 3, 0));
        assertThat(app.permissions()).isEqualTo(new AppManifest.Permissions(false, List.of()));
    }

    @Test
    void acceptsMoreLanguagesThanFrenchAndEnglish() throws ManifestException {
        AppManifest app = loader.load(Manifests.FILE, Manifests.notesWith(
                "  en: Shared notes, in your cloud.\n",
                "  en: Shared notes, in your cloud.\n  de: Geteilte Notizen.\n  pt-BR: Notas compartilhadas.\n"));

        assertThat(app.description()).containsKeys("fr", "en", "de", "pt-BR");
        assertThat(app.description("de")).isEqualTo("Geteilte Notizen.");
        assertThat(app.description("it")).isEqualTo("Shared notes, in your cloud.");
    }

    @Test
    void letsATestingAppUseATagAlone() throws ManifestException {
        AppManifest app = loader.load(Manifests.FILE, Manifests.notesWith("category: productivity", "category: testing")
                .replace("registry.example.org:5000/chatterie/notes:2.4.1@" + Manifests.DIGEST, "chatterie/notes:2"));

        assertThat(app.isTesting()).isTrue();
        assertThat(app.image()).isEqualTo("chatterie/notes:2");
    }

    @Test
    void acceptsSpdxExpressionsAndQuotedLicences() throws ManifestException {
        for (String licence : List.of("MIT OR Apache-2.0", "GPL-2.0-or-later WITH Classpath-exception-2.0",
                "LicenseRef-Chatterie", "\"AGPL-3.0-only\"")) {
            assertThat(loader.load(Manifests.FILE, Manifests.notesWith("licence: AGPL-3.0-or-later", "licence: " + licence))
                    .licence()).isEqualTo(licence.replace("\"", ""));
        }
    }

    @Test
    void readsAFileByPath(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("app.yaml");
        Files.writeString(file, "\uFEFF" + Manifests.MINIMAL);

        assertThat(loader.load(file).id()).isEqualTo("pad");
    }

    @Test
    void describesInTheLanguageAskedOrEnglish() {
        AppManifest app = new AppManifest("x", "X", Map.of("fr", "Bonjour", "en", "Hello"), "1", "office", "p",
                "MIT", "x@" + Manifests.DIGEST, 80, List.of(), List.of(), null, null, null);

        assertThat(app.description("fr")).isEqualTo("Bonjour");
        assertThat(app.description("es")).isEqualTo("Hello");
    }
}
