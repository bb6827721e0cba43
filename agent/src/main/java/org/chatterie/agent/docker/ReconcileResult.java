package org.chatterie.agent.docker;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.chatterie.protocol.NodeReport;
import org.chatterie.protocol.NodeReport.AgentEvent;
import org.chatterie.protocol.NodeReport.NodeFacts;
import org.chatterie.protocol.NodeReport.ObservedInstance;

/**
 * The outcome of one pass: every desired instance as observed after the pass (with an error
 * sentence when its spec could not be applied) and what the pass did.
 */
public record ReconcileResult(long appliedGeneration, Instant observedAt, Duration took,
                              List<ObservedInstance> instances, List<AgentEvent> events) {

    public ReconcileResult {
        instances = List.copyOf(instances);
        events = List.copyOf(events);
    }

    /** True when the pass changed something in Docker (anything but failures). */
    public boolean changedAnything() {
        return events.stream().anyMatch(event -> !PassLog.FAILED.equals(event.kind()));
    }

    /** The report to post to the portal. */
    public NodeReport toReport(String nodeId, NodeFacts facts) {
        return new NodeReport(nodeId, observedAt, appliedGeneration, facts, instances, events);
    }
}
