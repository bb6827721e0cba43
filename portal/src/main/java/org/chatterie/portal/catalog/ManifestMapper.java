package org.chatterie.portal.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a manifest that passed the schema and the rules to {@link AppManifest}, converting units
 * (sizes to bytes, durations to seconds) and filling in the documented defaults. It trusts its
 * input: call it only once validation found no problem.
 */
final class ManifestMapper {

    // The same defaults as the schema's "default" annotations (a test keeps them together);
    // the healthcheck ones are Docker's own, so an app behaves as its Dockerfile's HEALTHCHECK would.
    static final int DEFAULT_PIDS = 256;
    static final String DEFAULT_INTERVAL = "30s";
    static final String DEFAULT_TIMEOUT = "30s";
    static final int DEFAULT_RETRIES = 3;
    static final String DEFAULT_START_PERIOD = "0s";

    private ManifestMapper() {}

    static AppManifest toManifest(JsonNode m) {
        return new AppManifest(
                m.get("id").asText(),
                m.get("name").asText(),
                description(m.get("description")),
                m.get("version").asText(),
                m.get("category").asText(),
                m.get("publisher").asText(),
                m.get("licence").asText(),
                m.get("image").asText(),
                m.get("ports").get("http").asInt(),
                volumes(m.path("volumes")),
                env(m.path("env")),
                resources(m.get("resources")),
                healthcheck(m.get("healthcheck")),
                permissions(m.path("permissions")));
    }

    private static Map<String, String> description(JsonNode description) {
        Map<String, String> byLanguage = new LinkedHashMap<>();
        description.fields().forEachRemaining(e -> byLanguage.put(e.getKey(), e.getValue().asText()));
        return Collections.unmodifiableMap(byLanguage);
    }

    private static List<AppManifest.Volume> volumes(JsonNode volumes) {
        List<AppManifest.Volume> result = new ArrayList<>();
        volumes.forEach(v -> result.add(new AppManifest.Volume(
                v.get("name").asText(), v.get("path").asText(), v.get("backup").asText())));
        return List.copyOf(result);
    }

    private static List<AppManifest.EnvVar> env(JsonNode env) {
        List<AppManifest.EnvVar> result = new ArrayList<>();
        env.forEach(e -> result.add(e.has("generate")
                ? new AppManifest.EnvVar(e.get("name").asText(), null, true)
                : new AppManifest.EnvVar(e.get("name").asText(), e.get("value").asText(), false)));
        return List.copyOf(result);
    }

    private static AppManifest.Resources resources(JsonNode r) {
        return new AppManifest.Resources(
                bytes(r.get("memory")),
                r.get("cpu").asDouble(),
                bytes(r.get("disk")),
                r.path("pids").asInt(DEFAULT_PIDS));
    }

    private static AppManifest.Healthcheck healthcheck(JsonNode h) {
        List<String> command = new ArrayList<>();
        h.get("command").forEach(part -> command.add(part.asText()));
        return new AppManifest.Healthcheck(
                List.copyOf(command),
                seconds(h.path("interval").asText(DEFAULT_INTERVAL)),
                seconds(h.path("timeout").asText(DEFAULT_TIMEOUT)),
                h.path("retries").asInt(DEFAULT_RETRIES),
                seconds(h.path("startPeriod").asText(DEFAULT_START_PERIOD)));
    }

    private static AppManifest.Permissions permissions(JsonNode p) {
        List<String> capabilities = new ArrayList<>();
        p.path("capabilities").forEach(c -> capabilities.add(c.asText()));
        return new AppManifest.Permissions(p.path("readOnlyRootFilesystem").asBoolean(false), List.copyOf(capabilities));
    }

    private static long bytes(JsonNode quantity) {
        return ManifestUnits.bytes(quantity.asText())
                .orElseThrow(() -> new IllegalStateException("unvalidated quantity " + quantity));
    }

    private static int seconds(String duration) {
        return ManifestUnits.seconds(duration)
                .orElseThrow(() -> new IllegalStateException("unvalidated duration " + duration));
    }
}
