package org.chatterie.protocol;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /api/v1/nodes/{id}/report}: what the agent observed after a reconcile pass.
 * {@code appliedGeneration} is the generation of the desired state it reconciled against.
 */
public record NodeReport(
        String nodeId,
        Instant observedAt,
        long appliedGeneration,
        NodeFacts facts,
        List<ObservedInstance> instances,
        List<AgentEvent> events) {

    public NodeReport {
        instances = instances == null ? List.of() : List.copyOf(instances);
        events = events == null ? List.of() : List.copyOf(events);
    }

    /** The machine, as the agent sees it. */
    public record NodeFacts(String hostname, int cpus, long memoryBytes, long diskTotalBytes, long diskFreeBytes,
                            String dockerVersion, String agentVersion) {}

    /**
     * One instance as found in Docker. {@code status}: running, created, exited, paused,
     * restarting, dead, missing (no container). {@code health}: healthy, unhealthy, starting,
     * none. {@code error} is a sentence for people when the agent could not apply the spec.
     */
    public record ObservedInstance(String instanceId, String containerId, String status, String health,
                                   String specHash, Map<String, Long> volumeBytes, String address, String error) {
        public ObservedInstance {
            volumeBytes = volumeBytes == null ? Map.of() : Map.copyOf(volumeBytes);
        }
    }

    /** Something that happened (created, started, removed, failed...). Informative only. */
    public record AgentEvent(Instant at, String instanceId, String kind, String message) {}
}
