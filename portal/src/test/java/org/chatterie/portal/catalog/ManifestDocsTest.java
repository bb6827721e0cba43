package org.chatterie.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/manifest.md shows the real test web app manifest, not a copy that drifted from it. */
class ManifestDocsTest {

    private static final Path SPEC = Path.of("../docs/manifest.md");
    private static final Path WEBAPP = Path.of("../images/testing/webapp/app.yaml");

    @Test
    void completeExampleIsTheTestingWebappManifest() throws Exception {
        List<String> spec = Files.readAllLines(SPEC);
        int section = spec.indexOf("## 7. Complete example: the test web app");
        assertThat(section).as("section 7 of docs/manifest.md").isNotNegative();
        int start = spec.subList(section, spec.size()).indexOf("```yaml") + section + 1;
        int end = spec.subList(start, spec.size()).indexOf("```") + start;

        List<String> withoutComments = Files.readAllLines(WEBAPP).stream().filter(line -> !line.startsWith("#")).toList();

        assertThat(spec.subList(start, end)).containsExactlyElementsOf(withoutComments);
    }

    @Test
    void statesTheVersionItDescribes() throws Exception {
        assertThat(Files.readString(SPEC)).startsWith("# App manifest (`app.yaml`) — format version "
                + ManifestLoader.MANIFEST_VERSION + "\n");
    }
}
