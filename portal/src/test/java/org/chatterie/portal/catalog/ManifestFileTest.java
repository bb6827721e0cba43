package org.chatterie.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.chatterie.portal.catalog.Manifests.problemsOf;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not a manifest at all, or that try to make the parser work too hard. */
class ManifestFileTest {

    private static final String F = Manifests.FILE + ": ";

    @Test
    void emptyFile() {
        assertThat(problemsOf("")).containsExactly(F + "the file is empty");
        assertThat(problemsOf("  \n\n")).containsExactly(F + "the file is empty");
        assertThat(problemsOf("# just a comment\n")).containsExactly(F + "the file is empty");
        assertThat(problemsOf("---\n~\n")).containsExactly(F + "the file is empty");
    }

    @Test
    void oversizeFile() {
        String padded = Manifests.NOTES + ("# " + "x".repeat(97) + "\n").repeat(670);
        assertThat(padded.getBytes(StandardCharsets.UTF_8).length).isBetween(66 * 1024 + 1, 67 * 1024);

        assertThat(problemsOf(padded)).containsExactly(F + "the file is 67 KiB; a manifest may be at most 64 KiB");
    }

    @Test
    void oversizeFileOnDiskIsNotRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("app.yaml");
        Files.write(file, new byte[10 * 1024 * 1024]);

        ManifestException refused = catchThrowableOfType(ManifestException.class, () -> Manifests.loader().load(file));

        assertThat(refused.problems()).containsExactly(
                new ManifestProblem(file.toString(), "", "the file is 10240 KiB; a manifest may be at most 64 KiB"));
    }

    @Test
    void missingFile(@TempDir Path dir) {
        Path file = dir.resolve("app.yaml");

        ManifestException refused = catchThrowableOfType(ManifestException.class, () -> Manifests.loader().load(file));

        assertThat(refused).hasMessage(file + ": the file does not exist");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void yamlAliasBomb() {
        String bomb = """
                manifestVersion: 1
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
                i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
                """;

        List<String> problems = problemsOf(bomb);

        assertThat(problems).startsWith(
                F + "b[0]: uses the YAML alias *a; anchors and aliases are not allowed in a manifest, write the value out (line 3)",
                F + "b[1]: uses the YAML alias *a; anchors and aliases are not allowed in a manifest, write the value out (line 3)");
        assertThat(problems).hasSizeLessThanOrEqualTo(ManifestYaml.MAX_REPORTED_STRUCTURE_PROBLEMS + 1)
                .last().asString().contains("more");
    }

    @Test
    void anyAliasIsRefusedEvenAHarmlessOne() {
        String yaml = Manifests.NOTES.replace("  memory: 512M", "  memory: &size 512M")
                .replace("  disk: 5Gi", "  disk: *size");

        assertThat(problemsOf(yaml)).containsExactly(
                F + "resources.disk: uses the YAML alias *size; anchors and aliases are not allowed in a manifest,"
                        + " write the value out (line 29)");
    }

    @Test
    void duplicateKeys() {
        String yaml = Manifests.NOTES.replace("name: Notes\n", "name: Notes\nname: Other notes\n")
                .replace("    backup: none\n", "    backup: none\n    backup: daily\n");

        assertThat(problemsOf(yaml)).containsExactly(
                F + "name: is given twice in the same mapping (line 4)",
                F + "volumes[1].backup: is given twice in the same mapping (line 22)");
    }

    @Test
    void severalDocuments() {
        assertThat(problemsOf(Manifests.NOTES + "---\n" + Manifests.MINIMAL))
                .containsExactly(F + "the file holds 2 YAML documents (separated by ---); a manifest is exactly one");
    }

    @Test
    void binaryFile() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, (byte) 0xff, (byte) 0xfe};

        assertThat(problemsOf(png)).containsExactly(
                F + "the file is not UTF-8 text (is it a binary file?); a manifest is YAML written in UTF-8");
    }

    @Test
    void brokenYamlSyntax() {
        assertThat(problemsOf("id: notes\nvolumes: [data, cache\n"))
                .singleElement().asString()
                .startsWith(F + "the file is not valid YAML: ")
                .contains("line ")
                .doesNotContain("org.yaml", "Exception", "\n");
        assertThat(problemsOf("{{{ ]]")).singleElement().asString().startsWith(F + "the file is not valid YAML: ");
        assertThat(problemsOf("id: \"notes\u0007\"\n")).singleElement().asString()
                .startsWith(F + "the file is not valid YAML: ");
    }

    @Test
    void notAMapping() {
        assertThat(problemsOf("<html><body>Not found</body></html>")).containsExactly(
                F + "a manifest must be a mapping of fields such as \"id: myapp\", but this file holds text");
        assertThat(problemsOf("- id: notes\n- id: pad\n")).containsExactly(
                F + "a manifest must be a mapping of fields such as \"id: myapp\", but this file holds a list");
    }

    @Test
    void problemsReadAsSentencesWithoutStackTraces() {
        ManifestException refused = catchThrowableOfType(ManifestException.class,
                () -> Manifests.loader().load(Manifests.FILE, "id: notes\nvolumes: [data".getBytes(StandardCharsets.UTF_8)));

        assertThat(refused.getMessage()).startsWith(F).doesNotContain("at com.", "at org.", "Exception");
    }
}
