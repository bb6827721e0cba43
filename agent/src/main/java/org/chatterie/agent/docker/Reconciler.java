package org.chatterie.agent.docker;

import static org.chatterie.protocol.Protocol.LABEL_INSTANCE;

import com.github.dockerjava.api.command.InspectVolumeResponse;
import com.github.dockerjava.api.model.Container;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.chatterie.protocol.DesiredState;
import org.chatterie.protocol.InstanceSpec;
import org.chatterie.protocol.NodeReport.ObservedInstance;
import org.chatterie.protocol.Protocol;

/**
 * One level-based pass over this node's Docker Engine: list what Docker has (three list calls),
 * compare with the desired state, apply only the difference, and report. Nothing is remembered
 * between passes except when orphans were first seen, so a pass interrupted by a crash is simply
 * finished by the next one. One failing instance is reported and the pass goes on.
 *
 * <p>Passes are serialised. Close the reconciler to stop its background volume measurement; the
 * {@link DockerEngine} stays the caller's to close.
 */
public final class Reconciler implements AutoCloseable {

    private final ReconcilerSettings settings;
    private final Clock clock;
    private final NetworkReconciler network;
    private final VolumeReconciler volumes;
    private final ContainerReconciler containers;
    private final OrphanCollector orphans;
    private final InstanceObserver observer;
    private final VolumeSizes volumeSizes;

    public Reconciler(DockerEngine engine, ReconcilerSettings settings) {
        // A stop call answers only once the container has stopped: the HTTP client must wait longer.
        if (settings.stopTimeout().isNegative()
                || settings.stopTimeout().plusSeconds(5).compareTo(engine.responseTimeout()) > 0) {
            throw new IllegalArgumentException("The stop timeout (" + settings.stopTimeout().toSeconds()
                    + " s) must be at least 5 seconds shorter than the Docker response timeout ("
                    + engine.responseTimeout().toSeconds() + " s), or stopping an app would look like a dead engine.");
        }
        this.settings = settings;
        this.clock = settings.clock();
        var docker = engine.client();
        var template = new ContainerTemplate(settings.networkName(), settings.fallbackResources(), settings.stopTimeout());
        this.network = new NetworkReconciler(docker, settings.networkName());
        this.volumes = new VolumeReconciler(docker);
        this.containers = new ContainerReconciler(docker, template, settings.stopTimeout(), settings.networkName());
        this.orphans = new OrphanCollector(containers, settings.orphanGracePeriod(), clock);
        this.observer = new InstanceObserver(settings.networkName());
        this.volumeSizes = new VolumeSizes(engine, settings.volumeSizeInterval(), clock);
    }

    /**
     * Makes Docker match {@code desired} and reports every desired instance as observed after.
     *
     * @throws DockerUnavailableException when the engine cannot even be listed; nothing was changed
     */
    public synchronized ReconcileResult reconcile(DesiredState desired) {
        long startedNanos = System.nanoTime();
        String nodeId = desired.nodeId();
        if (nodeId == null || nodeId.isBlank()) {
            throw new IllegalArgumentException(
                    "The desired state names no node, so the agent cannot tell which containers are its own.");
        }
        PassLog log = new PassLog(clock);
        Map<String, InstanceSpec> wanted = wantedById(desired, log);

        List<Container> current = list("list this node's containers", () -> containers.fetch(nodeId));
        Map<String, InspectVolumeResponse> currentVolumes = list("list this node's volumes", () -> volumes.fetch(nodeId));
        Map<String, List<Container>> byInstance = groupByInstance(current);
        ensureNetwork(log);

        Set<String> tombstones = new HashSet<>(desired.deletedInstanceIds());
        // An id both desired and deleted is a portal mistake; keeping the data is the safe reading.
        tombstones.removeAll(wanted.keySet());
        for (String instanceId : tombstones) {
            deleteInstance(instanceId, byInstance.getOrDefault(instanceId, List.of()), currentVolumes, log);
        }
        for (InstanceSpec spec : wanted.values()) {
            applyInstance(nodeId, spec, byInstance.getOrDefault(spec.instanceId(), List.of()), currentVolumes, log);
        }
        Set<String> claimed = new HashSet<>(wanted.keySet());
        claimed.addAll(tombstones);
        orphans.collect(current, claimed, log);

        List<Container> after = log.touchedDocker() ? relist(nodeId, current, log) : current;
        Map<String, Container> named = byCanonicalName(after);
        Map<String, Long> sizes = volumeSizes.latest();
        List<ObservedInstance> observed = wanted.values().stream()
                .map(spec -> observer.observe(spec, named.get(Protocol.containerName(spec.instanceId())), sizes,
                        log.errorOf(spec.instanceId())))
                .toList();
        // A tombstone that could not be applied must come back next pass: claiming the generation
        // would let the portal forget it, and the member's data would stay on the node for ever.
        boolean tombstoneFailed = tombstones.stream().anyMatch(id -> log.errorOf(id) != null);
        return new ReconcileResult(tombstoneFailed ? 0 : desired.generation(), clock.instant(),
                Duration.ofNanos(System.nanoTime() - startedNanos), observed, log.events());
    }

    private void applyInstance(String nodeId, InstanceSpec spec, List<Container> mine,
                               Map<String, InspectVolumeResponse> currentVolumes, PassLog log) {
        Optional<String> refusal = SpecPolicy.refusal(spec);
        if (refusal.isPresent()) {
            log.failed(spec.instanceId(), refusal.get());
            return;
        }
        try {
            DockerCalls.attempt("create the volumes of instance " + spec.instanceId(),
                    () -> volumes.ensure(nodeId, spec, currentVolumes, log));
            containers.ensure(nodeId, spec, mine, log);
        } catch (ReconcileFailure failure) {
            log.failed(spec.instanceId(), failure.getMessage());
        } catch (RuntimeException unexpected) {
            // Whatever went wrong with this instance, the others still get their pass.
            log.failed(spec.instanceId(), DockerErrors.sentence("apply instance " + spec.instanceId(), unexpected));
        }
    }

    /** Desired instances by id, first one winning; an instance without an id cannot be reported, so it is skipped. */
    private static Map<String, InstanceSpec> wantedById(DesiredState desired, PassLog log) {
        Map<String, InstanceSpec> wanted = new LinkedHashMap<>();
        for (InstanceSpec spec : desired.instances()) {
            if (spec == null || spec.instanceId() == null || spec.instanceId().isBlank()) {
                log.failed(null, "The desired state lists an instance without an id; it was skipped.");
            } else {
                wanted.putIfAbsent(spec.instanceId(), spec);
            }
        }
        return wanted;
    }

    /** A tombstone: the container goes first (a volume in use cannot be removed), then the data. */
    private void deleteInstance(String instanceId, List<Container> mine,
                                Map<String, InspectVolumeResponse> currentVolumes, PassLog log) {
        try {
            for (Container container : mine) {
                String name = ContainerReconciler.displayName(container);
                containers.kill(container.getId(), name);
                log.record(instanceId, PassLog.REMOVED, "Removed container " + name + " of a deleted instance.");
            }
            DockerCalls.attempt("remove the volumes of deleted instance " + instanceId,
                    () -> volumes.delete(instanceId, currentVolumes, log));
        } catch (ReconcileFailure failure) {
            log.failed(instanceId, failure.getMessage());
        } catch (RuntimeException unexpected) {
            log.failed(instanceId, DockerErrors.sentence("delete instance " + instanceId, unexpected));
        }
    }

    private void ensureNetwork(PassLog log) {
        try {
            DockerCalls.attempt("create the " + settings.networkName() + " network", () -> network.ensure(log));
        } catch (ReconcileFailure failure) {
            // Instances will fail with their own errors; the pass goes on to report them.
            log.failed(null, failure.getMessage());
        }
    }

    /** After changes, list again so the report shows fresh states and addresses; fall back to the first list. */
    private List<Container> relist(String nodeId, List<Container> before, PassLog log) {
        try {
            return containers.fetch(nodeId);
        } catch (RuntimeException e) {
            log.failed(null, DockerErrors.sentence("list this node's containers after the changes", e));
            return before;
        }
    }

    private static <T> T list(String doing, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw new DockerUnavailableException(DockerErrors.sentence(doing, e), e);
        }
    }

    private static Map<String, List<Container>> groupByInstance(List<Container> containers) {
        Map<String, List<Container>> byInstance = new HashMap<>();
        for (Container container : containers) {
            String instanceId = container.getLabels() == null ? null : container.getLabels().get(LABEL_INSTANCE);
            if (instanceId != null) {
                byInstance.computeIfAbsent(instanceId, id -> new ArrayList<>()).add(container);
            }
        }
        return byInstance;
    }

    private static Map<String, Container> byCanonicalName(List<Container> containers) {
        Map<String, Container> byName = new HashMap<>();
        for (Container container : containers) {
            if (container.getNames() != null) {
                for (String name : container.getNames()) {
                    byName.put(name.startsWith("/") ? name.substring(1) : name, container);
                }
            }
        }
        return byName;
    }

    @Override
    public void close() {
        volumeSizes.close();
    }
}
