package org.chatterie.portal.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The checks a JSON Schema cannot express: names and paths unique within a list, sizes and
 * durations within range once their units are converted, licence spellings. The tree may have
 * failed the schema too, so every check looks only at values of the expected shape and leaves
 * the rest to the schema's messages.
 */
final class ManifestRules {

    /** Docker refuses to start a container with a memory limit under 6 MB. */
    static final long MIN_MEMORY_BYTES = 6_000_000L;
    static final long MAX_MEMORY_BYTES = 256L << 30;
    static final long MIN_DISK_BYTES = 1L << 20;
    static final long MAX_DISK_BYTES = 64L << 40;
    static final int MAX_DURATION_SECONDS = 3600;

    private ManifestRules() {}

    static List<ManifestProblem> check(String file, JsonNode manifest) {
        List<ManifestProblem> problems = new ArrayList<>();
        unique(file, "volumes", manifest.path("volumes"), "name", "is already the name of", problems);
        unique(file, "volumes", manifest.path("volumes"), "path", "is already the path of", problems);
        unique(file, "env", manifest.path("env"), "name", "is already set by", problems);
        JsonNode resources = manifest.path("resources");
        size(file, "resources.memory", resources.path("memory"), MIN_MEMORY_BYTES, "6M",
                "Docker cannot start a container with less", MAX_MEMORY_BYTES, "256Gi", problems);
        size(file, "resources.disk", resources.path("disk"), MIN_DISK_BYTES, "1Mi",
                "an app needs room for its data", MAX_DISK_BYTES, "64Ti", problems);
        JsonNode healthcheck = manifest.path("healthcheck");
        duration(file, "healthcheck.interval", healthcheck.path("interval"), 1, problems);
        duration(file, "healthcheck.timeout", healthcheck.path("timeout"), 1, problems);
        duration(file, "healthcheck.startPeriod", healthcheck.path("startPeriod"), 0, problems);
        JsonNode licence = manifest.path("licence");
        if (licence.isTextual()) {
            LicenceSpelling.refusal(licence.asText())
                    .ifPresent(why -> problems.add(new ManifestProblem(file, "licence", why)));
        }
        return problems;
    }

    /** Refuses the later of two items with the same {@code key}; the first one stays unblamed. */
    private static void unique(String file, String list, JsonNode items, String key, String clash,
                               List<ManifestProblem> problems) {
        Map<String, Integer> firstIndexByValue = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode value = items.path(i).path(key);
            if (!value.isTextual()) {
                continue;
            }
            Integer first = firstIndexByValue.putIfAbsent(value.asText(), i);
            if (first != null) {
                problems.add(new ManifestProblem(file, FieldPath.child(FieldPath.index(list, i), key),
                        value.asText() + " " + clash + " " + FieldPath.index(list, first)));
            }
        }
    }

    private static void size(String file, String field, JsonNode node, long min, String minText, String whyMin,
                             long max, String maxText, List<ManifestProblem> problems) {
        OptionalLong bytes = node.isTextual() ? ManifestUnits.bytes(node.asText()) : OptionalLong.empty();
        if (bytes.isEmpty()) {
            return;
        }
        if (bytes.getAsLong() < min) {
            problems.add(new ManifestProblem(file, field, "must be at least " + minText + ": " + whyMin));
        } else if (bytes.getAsLong() > max) {
            problems.add(new ManifestProblem(file, field, "must be at most " + maxText));
        }
    }

    private static void duration(String file, String field, JsonNode node, int minSeconds,
                                 List<ManifestProblem> problems) {
        OptionalInt seconds = node.isTextual() ? ManifestUnits.seconds(node.asText()) : OptionalInt.empty();
        if (seconds.isEmpty()) {
            return;
        }
        if (seconds.getAsInt() < minSeconds) {
            problems.add(new ManifestProblem(file, field, "must be at least " + minSeconds + "s"));
        } else if (seconds.getAsInt() > MAX_DURATION_SECONDS) {
            problems.add(new ManifestProblem(file, field, "must be at most 60m"));
        }
    }
}
