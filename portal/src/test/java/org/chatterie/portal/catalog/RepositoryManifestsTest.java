package org.chatterie.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The manifests shipped in this repository's images/ folder load, and say what the images do. */
class RepositoryManifestsTest {

    /** Surefire runs with the module folder as working directory. */
    private static final Path IMAGES = Path.of("../images");

    @Test
    void everyManifestInTheRepositoryLoads() throws Exception {
        List<Path> manifests;
        try (Stream<Path> files = Files.walk(IMAGES)) {
            manifests = files.filter(f -> f.getFileName().toString().equals("app.yaml")).sorted().toList();
        }
        assertThat(manifests).isNotEmpty();

        for (Path manifest : manifests) {
            AppManifest app = Manifests.loader().load(manifest);
            assertThat(manifest.getParent().getFileName()).as("folder of %s", manifest).hasToString(app.id());
        }
    }

    @Test
    void theCatalogOffersTheTestingAppsWhenAskedTo() {
        CatalogService catalog = new CatalogService(new CatalogProperties(IMAGES, true));

        assertThat(catalog.problems()).isEmpty();
        assertThat(catalog.apps()).extracting(AppManifest::id).contains("webapp", "tempfiles");
    }

    @Test
    void testingWebappMatchesItsImage() {
        AppManifest webapp = new CatalogService(new CatalogProperties(IMAGES, true)).find("webapp").orElseThrow();

        assertThat(webapp.image()).isEqualTo("chatterie/testing-webapp:1");
        assertThat(webapp.category()).isEqualTo("testing");
        assertThat(webapp.licence()).isEqualTo("GPL-2.0-only");
        assertThat(webapp.httpPort()).isEqualTo(8080);
        assertThat(webapp.volumes()).containsExactly(new AppManifest.Volume("data", "/data", "daily"));
        assertThat(webapp.env()).extracting(AppManifest.EnvVar::name, AppManifest.EnvVar::generatedSecret)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("APP_GREETING", false),
                        org.assertj.core.groups.Tuple.tuple("APP_SECRET", true));
        assertThat(webapp.resources()).isEqualTo(new AppManifest.Resources(64L << 20, 0.25, 1L << 30, 64));
        assertThat(webapp.healthcheck().command())
                .containsExactly("/bin/wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/");
        assertThat(webapp.permissions().readOnlyRootFilesystem()).isTrue();
        assertThat(webapp.description()).containsKeys("fr", "en");
    }

    @Test
    void tempfilesKeepsNoBackup() {
        AppManifest tempfiles = new CatalogService(new CatalogProperties(IMAGES, true)).find("tempfiles").orElseThrow();

        assertThat(tempfiles.volumes()).extracting(AppManifest.Volume::backup).containsOnly("none");
        assertThat(tempfiles.image()).isEqualTo("chatterie/testing-webapp:1");
    }
}
