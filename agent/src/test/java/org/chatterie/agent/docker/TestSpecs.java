package org.chatterie.agent.docker;

import java.util.List;
import java.util.Map;
import org.chatterie.protocol.InstanceSpec;
import org.chatterie.protocol.InstanceSpec.HealthSpec;
import org.chatterie.protocol.InstanceSpec.Resources;
import org.chatterie.protocol.InstanceSpec.VolumeSpec;

/** Instance specs for the agent's tests: the test web app, and the same with one thing changed. */
final class TestSpecs {

    static final String IMAGE = "chatterie/testing-webapp:1";
    static final List<String> WGET_HEALTH = List.of("CMD", "/bin/wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/");

    private TestSpecs() {}

    /** The test web app with a data volume, small limits and a 1-second healthcheck. */
    static InstanceSpec webapp(String instanceId) {
        return new InstanceSpec(instanceId, "testing-webapp", "alice", IMAGE, Map.of("APP_GREETING", "v1"),
                List.of(new VolumeSpec("data", "/data", "daily")),
                new Resources(64L << 20, 500_000_000L, 64, 0), 8080, instanceId + ".example.org",
                new HealthSpec(WGET_HEALTH, 1, 2, 3, 0), true, true, "v1", List.of());
    }

    static InstanceSpec withRunning(InstanceSpec spec, boolean running) {
        return spec.withRunning(running, spec.specHash());
    }

    static InstanceSpec withEnv(InstanceSpec spec, Map<String, String> env, String specHash) {
        return new InstanceSpec(spec.instanceId(), spec.appId(), spec.owner(), spec.image(), env, spec.volumes(),
                spec.resources(), spec.httpPort(), spec.hostname(), spec.health(), spec.readOnlyRootFilesystem(),
                spec.running(), specHash, spec.capabilities());
    }

    static InstanceSpec withImage(InstanceSpec spec, String image) {
        return new InstanceSpec(spec.instanceId(), spec.appId(), spec.owner(), image, spec.env(), spec.volumes(),
                spec.resources(), spec.httpPort(), spec.hostname(), spec.health(), spec.readOnlyRootFilesystem(),
                spec.running(), spec.specHash(), spec.capabilities());
    }

    static InstanceSpec withVolumes(InstanceSpec spec, List<VolumeSpec> volumes) {
        return new InstanceSpec(spec.instanceId(), spec.appId(), spec.owner(), spec.image(), spec.env(), volumes,
                spec.resources(), spec.httpPort(), spec.hostname(), spec.health(), spec.readOnlyRootFilesystem(),
                spec.running(), spec.specHash(), spec.capabilities());
    }
}
