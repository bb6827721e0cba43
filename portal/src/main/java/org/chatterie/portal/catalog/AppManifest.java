package org.chatterie.portal.catalog;

import java.util.List;
import java.util.Map;

/**
 * An app as described by {@code images/<app>/app.yaml}, once validated against
 * docs/app-manifest.schema.json. Sizes are in bytes, CPU in cores.
 */
public record AppManifest(
        String id,
        String name,
        Map<String, String> description,
        String version,
        String category,
        String publisher,
        String licence,
        String image,
        int httpPort,
        List<Volume> volumes,
        List<EnvVar> env,
        Resources resources,
        Healthcheck healthcheck,
        Permissions permissions) {

    /** A volume of the app; {@code backup} is "daily" or "none" (temporary data). */
    public record Volume(String name, String path, String backup) {}

    /** An environment variable: a fixed value, or a secret generated once per instance. */
    public record EnvVar(String name, String value, boolean generatedSecret) {}

    /** What one instance needs at most. */
    public record Resources(long memoryBytes, double cpus, long diskBytes, int pids) {}

    /** Docker healthcheck: a command run inside the container. */
    public record Healthcheck(List<String> command, int intervalSeconds, int timeoutSeconds, int retries,
                              int startPeriodSeconds) {}

    /** What the app asks for beyond the default sandbox; policy may refuse. */
    public record Permissions(boolean readOnlyRootFilesystem, List<String> capabilities) {}

    /** The category of apps that exist for tests only; hidden unless chatterie.catalog.testing-apps is on. */
    public static final String TESTING = "testing";

    public boolean isTesting() {
        return TESTING.equals(category);
    }

    public String description(String language) {
        return description.getOrDefault(language, description.getOrDefault("en", ""));
    }
}
