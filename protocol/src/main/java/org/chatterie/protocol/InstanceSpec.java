package org.chatterie.protocol;

import java.util.List;
import java.util.Map;

/**
 * One instance of an app for one member. {@code specHash} summarises every field that needs
 * a new container when it changes; {@code running=false} means suspended (container stopped,
 * data kept). {@code hostname} is the public address the proxy routes to {@code httpPort}.
 * {@code capabilities} are the Linux capabilities given back after dropping all of them; the
 * agent refuses any outside its policy (docs/protocol.md).
 */
public record InstanceSpec(
        String instanceId,
        String appId,
        String owner,
        String image,
        Map<String, String> env,
        List<VolumeSpec> volumes,
        Resources resources,
        Integer httpPort,
        String hostname,
        HealthSpec health,
        boolean readOnlyRootFilesystem,
        boolean running,
        String specHash,
        List<String> capabilities) {

    public InstanceSpec {
        env = env == null ? Map.of() : Map.copyOf(env);
        volumes = volumes == null ? List.of() : List.copyOf(volumes);
        capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
    }

    /** The same spec, running or suspended, under the given hash. */
    public InstanceSpec withRunning(boolean newRunning, String newSpecHash) {
        return new InstanceSpec(instanceId, appId, owner, image, env, volumes, resources, httpPort, hostname, health,
                readOnlyRootFilesystem, newRunning, newSpecHash, capabilities);
    }

    /** A volume of the instance; {@code backup} is {@code daily} or {@code none}. */
    public record VolumeSpec(String name, String mountPath, String backup) {}

    /** Limits from the member's plan and the app's manifest, the lower of both. */
    public record Resources(long memoryBytes, long nanoCpus, long pidsLimit, long diskQuotaBytes) {}

    /** A Docker healthcheck: {@code test} as in the Docker API (e.g. ["CMD", "wget", ...]). */
    public record HealthSpec(List<String> test, int intervalSeconds, int timeoutSeconds, int retries,
                             int startPeriodSeconds) {}
}
