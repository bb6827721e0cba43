package org.chatterie.agent.docker;

import static org.chatterie.protocol.Protocol.LABEL_INSTANCE;

import com.github.dockerjava.api.model.Container;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes this node's managed containers that no desired instance or tombstone claims, but only
 * once they have been orphans for the whole grace period: a portal that forgets an instance for a
 * moment (a bad deploy, a restored backup) must not cost a member their running app. First
 * sightings are kept in memory, so an agent restart starts the grace period again, which errs on
 * the safe side. Orphans' volumes are never removed here; only a tombstone deletes data.
 */
final class OrphanCollector {

    private final ContainerReconciler containers;
    private final Duration grace;
    private final Clock clock;
    private final Map<String, Instant> firstSeen = new HashMap<>();

    OrphanCollector(ContainerReconciler containers, Duration grace, Clock clock) {
        this.containers = containers;
        this.grace = grace;
        this.clock = clock;
    }

    /** {@code claimed}: ids of desired and tombstoned instances, which are not orphans. */
    void collect(List<Container> managed, Set<String> claimed, PassLog log) {
        Instant now = clock.instant();
        Set<String> orphans = new HashSet<>();
        for (Container container : managed) {
            String instanceId = container.getLabels() == null ? null : container.getLabels().get(LABEL_INSTANCE);
            if (instanceId != null && claimed.contains(instanceId)) {
                continue;
            }
            orphans.add(container.getId());
            Instant seen = firstSeen.computeIfAbsent(container.getId(), id -> now);
            if (now.isBefore(seen.plus(grace))) {
                continue;
            }
            String name = ContainerReconciler.displayName(container);
            try {
                containers.remove(container.getId(), name);
                firstSeen.remove(container.getId());
                log.record(instanceId, PassLog.ORPHAN_REMOVED, "Removed container " + name + ": no instance has claimed it for "
                        + Durations.words(Duration.between(seen, now)) + "; its volumes were kept.");
            } catch (RuntimeException failure) {
                // ReconcileFailure carries a sentence already; anything else is worded here.
                log.failed(instanceId, failure instanceof ReconcileFailure ? failure.getMessage()
                        : DockerErrors.sentence("remove orphan container " + name, failure));
            }
        }
        // Forget containers that are gone or claimed again, so a later orphaning starts a new grace period.
        firstSeen.keySet().retainAll(orphans);
    }
}
