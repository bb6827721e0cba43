package org.chatterie.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog folder as a whole: bad manifests stay out of the way of good ones. */
class CatalogServiceTest {

    @TempDir
    Path images;

    @Test
    void servesGoodManifestsSortedByNameAndListsBadOnes() throws IOException {
        write("notes", Manifests.NOTES);
        write("pad", Manifests.MINIMAL);
        write("zebra", Manifests.MINIMAL.replace("id: pad", "id: zebra").replace("name: Pad", "name: Éditeur"));
        write("broken", Manifests.NOTES.replace("id: notes", "id: broken").replace("backup: none", "backup: weekly"));

        CatalogService catalog = new CatalogService(new CatalogProperties(images, false));

        assertThat(catalog.apps()).extracting(AppManifest::name).containsExactly("Éditeur", "Notes", "Pad");
        assertThat(catalog.find("notes")).isPresent();
        assertThat(catalog.find("broken")).isEmpty();
        assertThat(catalog.problems()).extracting(ManifestProblem::toString)
                .containsExactly(images.resolve("broken/app.yaml") + ": volumes[1].backup: must be one of daily, none");
    }

    @Test
    void refusesBothManifestsOfADuplicateId() throws IOException {
        write("pad", Manifests.MINIMAL);
        write("pad-copy", Manifests.MINIMAL);
        write("notes", Manifests.NOTES);

        CatalogService catalog = new CatalogService(new CatalogProperties(images, false));

        assertThat(catalog.apps()).extracting(AppManifest::id).containsExactly("notes");
        assertThat(catalog.find("pad")).isEmpty();
        assertThat(catalog.problems()).extracting(ManifestProblem::toString).containsExactly(
                images.resolve("pad/app.yaml") + ": id: pad is also the id of " + images.resolve("pad-copy/app.yaml")
                        + "; both are refused until one is renamed",
                images.resolve("pad-copy/app.yaml") + ": id: pad is also the id of " + images.resolve("pad/app.yaml")
                        + "; both are refused until one is renamed");
    }

    @Test
    void offersTestingAppsOnlyWhenAskedTo() throws IOException {
        write("notes", Manifests.NOTES);
        write("testing/probe", Manifests.MINIMAL.replace("id: pad", "id: probe").replace("category: office", "category: testing"));

        assertThat(new CatalogService(new CatalogProperties(images, false)).apps())
                .extracting(AppManifest::id).containsExactly("notes");
        CatalogService withTesting = new CatalogService(new CatalogProperties(images, true));
        assertThat(withTesting.apps()).extracting(AppManifest::id).containsExactly("notes", "probe");
        assertThat(withTesting.problems()).isEmpty();
    }

    @Test
    void ignoresFoldersWithoutManifestAndDeeperFolders() throws IOException {
        write("notes", Manifests.NOTES);
        Files.createDirectories(images.resolve("empty"));
        write("notes/nested", Manifests.MINIMAL);

        CatalogService catalog = new CatalogService(new CatalogProperties(images, true));

        assertThat(catalog.apps()).extracting(AppManifest::id).containsExactly("notes");
        assertThat(catalog.problems()).isEmpty();
    }

    @Test
    void reloadPicksUpChangesAndFixes() throws IOException {
        write("pad", "id: pad\n");
        CatalogService catalog = new CatalogService(new CatalogProperties(images, false));
        assertThat(catalog.apps()).isEmpty();
        assertThat(catalog.problems()).isNotEmpty();

        write("pad", Manifests.MINIMAL);
        catalog.reload();

        assertThat(catalog.apps()).extracting(AppManifest::id).containsExactly("pad");
        assertThat(catalog.problems()).isEmpty();
    }

    @Test
    void aMissingFolderGivesAnEmptyCatalogAndSaysWhy() {
        Path missing = images.resolve("nowhere");

        CatalogService catalog = new CatalogService(new CatalogProperties(missing, false));

        assertThat(catalog.apps()).isEmpty();
        assertThat(catalog.problems()).extracting(ManifestProblem::toString)
                .containsExactly(missing + ": the catalog folder does not exist; set chatterie.catalog.dir");
    }

    private void write(String app, String yaml) throws IOException {
        Path folder = Files.createDirectories(images.resolve(app));
        Files.writeString(folder.resolve("app.yaml"), yaml);
    }
}
