package org.chatterie.portal.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one {@code app.yaml}: YAML with the safety limits of {@link ManifestYaml}, then the JSON
 * Schema, then {@link ManifestRules}, and only if all of them agree an {@link AppManifest}.
 * Every problem found is reported at once, so a packager fixes a manifest in one round.
 * Pure and thread-safe: no Spring, no state besides the parsed schema.
 */
public final class ManifestLoader {

    /** The manifest format version this portal reads (docs/manifest.md). */
    public static final int MANIFEST_VERSION = 1;
    /** Larger manifests are refused unread: a catalog entry is a page of YAML, not a payload. */
    public static final int MAX_BYTES = ManifestYaml.MAX_BYTES;

    private final ManifestYaml yaml = new ManifestYaml();
    private final ManifestSchema schema = new ManifestSchema();

    /** Loads {@code file}; problems name it as given, so pass it relative to where the operator stands. */
    public AppManifest load(Path file) throws ManifestException {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ManifestException(ManifestProblem.ofFile(name, "the file is %d KiB; a manifest may be at most %d KiB"
                        .formatted((size + 1023) / 1024, MAX_BYTES / 1024)));
            }
            try (InputStream in = Files.newInputStream(file)) {
                // One byte more than allowed: a file that grew since Files.size is still caught.
                return load(name, in.readNBytes(MAX_BYTES + 1));
            }
        } catch (NoSuchFileException e) {
            throw new ManifestException(ManifestProblem.ofFile(name, "the file does not exist"));
        } catch (AccessDeniedException e) {
            throw new ManifestException(ManifestProblem.ofFile(name, "the portal is not allowed to read the file"));
        } catch (IOException e) {
            throw new ManifestException(ManifestProblem.ofFile(name, "the file cannot be read: " + e.getMessage()));
        }
    }

    /** Loads a manifest's text; {@code file} only names it in problems. */
    public AppManifest load(String file, String content) throws ManifestException {
        return load(file, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Loads a manifest's bytes; {@code file} only names it in problems. */
    public AppManifest load(String file, byte[] content) throws ManifestException {
        JsonNode tree = yaml.read(file, content);
        refuseOtherVersions(file, tree);
        List<ManifestProblem> problems = new ArrayList<>(schema.validate(file, tree));
        problems.addAll(ManifestRules.check(file, tree));
        if (!problems.isEmpty()) {
            throw new ManifestException(problems);
        }
        return ManifestMapper.toManifest(tree);
    }

    /**
     * A manifest of another version would fail the schema on every new field; one clear sentence
     * is more useful than that list.
     */
    private static void refuseOtherVersions(String file, JsonNode tree) throws ManifestException {
        JsonNode version = tree.get("manifestVersion");
        boolean otherNumber = version != null && version.isNumber()
                && !(version.canConvertToInt() && version.isIntegralNumber() && version.intValue() == MANIFEST_VERSION);
        if (otherNumber) {
            throw new ManifestException(new ManifestProblem(file, "manifestVersion",
                    "this portal reads version " + MANIFEST_VERSION + " manifests only; version " + version.asText()
                            + " needs a newer Chatterie"));
        }
    }
}
