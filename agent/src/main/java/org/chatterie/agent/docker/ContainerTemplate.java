package org.chatterie.agent.docker;

import static org.chatterie.protocol.Protocol.LABEL_INSTANCE;
import static org.chatterie.protocol.Protocol.LABEL_MANAGED;
import static org.chatterie.protocol.Protocol.LABEL_NODE;
import static org.chatterie.protocol.Protocol.LABEL_SPEC_HASH;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.HealthCheck;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.LogConfig;
import com.github.dockerjava.api.model.Mount;
import com.github.dockerjava.api.model.MountType;
import com.github.dockerjava.api.model.RestartPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.chatterie.protocol.InstanceSpec;
import org.chatterie.protocol.InstanceSpec.HealthSpec;
import org.chatterie.protocol.InstanceSpec.Resources;
import org.chatterie.protocol.Protocol;

/**
 * How an {@link InstanceSpec} becomes a hardened container. Everything here is policy the spec
 * cannot loosen: no privileges, every capability dropped, no new privileges through setuid,
 * memory / CPU / pids limits, bounded logs, no published ports (the node's proxy reaches the
 * container on the {@code chatterie} bridge), and only our own named volumes as mounts.
 */
final class ContainerTemplate {

    /**
     * Bumped whenever this template changes what a container looks like, so containers built by
     * an older agent are recreated with the new hardening even though their spec hash is unchanged.
     */
    static final String LABEL_TEMPLATE = "org.chatterie.template";
    static final String TEMPLATE_VERSION = "1";

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final int MAX_HOSTNAME = 63;

    private final String networkName;
    private final Resources fallback;
    private final Duration stopTimeout;

    ContainerTemplate(String networkName, Resources fallback, Duration stopTimeout) {
        this.networkName = networkName;
        this.fallback = fallback;
        this.stopTimeout = stopTimeout;
    }

    CreateContainerCmd createCommand(DockerClient docker, String nodeId, InstanceSpec spec) {
        CreateContainerCmd create = docker.createContainerCmd(spec.image())
                .withName(Protocol.containerName(spec.instanceId()))
                .withLabels(labels(nodeId, spec))
                .withEnv(env(spec))
                .withStopTimeout((int) stopTimeout.toSeconds())
                .withHostConfig(hostConfig(spec));
        String hostname = hostname(spec.hostname());
        if (hostname != null) {
            create.withHostName(hostname);
        }
        if (spec.health() != null) {
            create.withHealthcheck(healthCheck(spec.health()));
        }
        return create;
    }

    static Map<String, String> labels(String nodeId, InstanceSpec spec) {
        return Map.of(
                LABEL_MANAGED, ManagedLabels.TRUE,
                LABEL_INSTANCE, spec.instanceId(),
                LABEL_NODE, nodeId,
                LABEL_SPEC_HASH, spec.specHash(),
                LABEL_TEMPLATE, TEMPLATE_VERSION);
    }

    /** True when a container carrying these labels was built from another spec or template. */
    static boolean isOutdated(Map<String, String> labels, InstanceSpec spec) {
        return labels == null
                || !spec.specHash().equals(labels.get(LABEL_SPEC_HASH))
                || !TEMPLATE_VERSION.equals(labels.get(LABEL_TEMPLATE));
    }

    /** The app's environment plus {@code CHATTERIE_INSTANCE}, which the spec cannot override. Sorted, so stable. */
    static List<String> env(InstanceSpec spec) {
        var env = new TreeMap<>(spec.env());
        env.put("CHATTERIE_INSTANCE", spec.instanceId());
        var list = new ArrayList<String>();
        env.forEach((key, value) -> list.add(key + "=" + value));
        return list;
    }

    HostConfig hostConfig(InstanceSpec spec) {
        Resources limits = limits(spec.resources());
        HostConfig host = HostConfig.newHostConfig()
                .withPrivileged(false)
                .withCapDrop(Capability.ALL)
                // Only what the manifest asked and SpecPolicy allowed comes back.
                .withCapAdd(spec.capabilities().stream().map(Capability::valueOf).toArray(Capability[]::new))
                .withSecurityOpts(List.of("no-new-privileges"))
                .withMemory(limits.memoryBytes())
                // Same as memory: no swap on top of the limit, so the plan's memory is the real ceiling.
                .withMemorySwap(limits.memoryBytes())
                .withNanoCPUs(limits.nanoCpus())
                .withPidsLimit(limits.pidsLimit())
                .withReadonlyRootfs(spec.readOnlyRootFilesystem())
                // A tiny init as PID 1 forwards SIGTERM and reaps zombies: most apps then stop in
                // milliseconds instead of being killed after the stop timeout.
                .withInit(true)
                .withRestartPolicy(RestartPolicy.unlessStoppedRestart())
                .withNetworkMode(networkName)
                // Bounded logs: the default json-file driver grows until the disk is full.
                .withLogConfig(new LogConfig(LogConfig.LoggingType.JSON_FILE, Map.of("max-size", "10m", "max-file", "3")))
                .withMounts(mounts(spec));
        if (spec.readOnlyRootFilesystem()) {
            // Most apps need somewhere to write temporary files even when their root is read-only.
            host.withTmpFs(Map.of("/tmp", "rw,nosuid,nodev,noexec,size=64m"));
        }
        return host;
    }

    /** Only our own named volumes: never a bind mount, so never the host's Docker socket. */
    static List<Mount> mounts(InstanceSpec spec) {
        return spec.volumes().stream()
                .map(volume -> new Mount()
                        .withType(MountType.VOLUME)
                        .withSource(Protocol.volumeName(spec.instanceId(), volume.name()))
                        .withTarget(volume.mountPath()))
                .toList();
    }

    /** Docker counts healthcheck durations in nanoseconds; the spec in seconds. */
    static HealthCheck healthCheck(HealthSpec health) {
        HealthCheck check = new HealthCheck().withTest(health.test());
        if (health.intervalSeconds() > 0) {
            check.withInterval(health.intervalSeconds() * NANOS_PER_SECOND);
        }
        if (health.timeoutSeconds() > 0) {
            check.withTimeout(health.timeoutSeconds() * NANOS_PER_SECOND);
        }
        if (health.retries() > 0) {
            check.withRetries(health.retries());
        }
        if (health.startPeriodSeconds() > 0) {
            check.withStartPeriod(health.startPeriodSeconds() * NANOS_PER_SECOND);
        }
        return check;
    }

    /** Each limit from the spec when it sets one, else the node's fallback: never unlimited. */
    Resources limits(Resources wanted) {
        if (wanted == null) {
            return fallback;
        }
        return new Resources(
                wanted.memoryBytes() > 0 ? wanted.memoryBytes() : fallback.memoryBytes(),
                wanted.nanoCpus() > 0 ? wanted.nanoCpus() : fallback.nanoCpus(),
                wanted.pidsLimit() > 0 ? wanted.pidsLimit() : fallback.pidsLimit(),
                wanted.diskQuotaBytes());
    }

    /** The public hostname when the kernel accepts it (63 characters at most), else its first label. */
    static String hostname(String publicHostname) {
        if (publicHostname == null || publicHostname.isBlank()) {
            return null;
        }
        if (publicHostname.length() <= MAX_HOSTNAME) {
            return publicHostname;
        }
        String first = publicHostname.split("\\.", 2)[0];
        return first.length() <= MAX_HOSTNAME ? first : first.substring(0, MAX_HOSTNAME);
    }
}
