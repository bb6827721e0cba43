package org.chatterie.agent.docker;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chatterie.protocol.NodeReport.AgentEvent;

/**
 * What one pass did, as events for the report, plus the last error of each instance. Events are
 * informative only: the next pass decides from Docker's state, never from this log.
 */
final class PassLog {

    static final String CREATED = "created";
    static final String STARTED = "started";
    static final String STOPPED = "stopped";
    static final String RECREATED = "recreated";
    static final String UPDATED = "updated";
    static final String REMOVED = "removed";
    static final String ORPHAN_REMOVED = "orphan-removed";
    static final String FAILED = "failed";

    private final Clock clock;
    private final List<AgentEvent> events = new ArrayList<>();
    private final Map<String, String> errors = new HashMap<>();

    PassLog(Clock clock) {
        this.clock = clock;
    }

    void record(String instanceId, String kind, String message) {
        events.add(new AgentEvent(clock.instant(), instanceId, kind, message));
    }

    /** A failure for an instance: an event, and the sentence shown on the instance until it heals. */
    void failed(String instanceId, String sentence) {
        record(instanceId, FAILED, sentence);
        if (instanceId != null) {
            errors.put(instanceId, sentence);
        }
    }

    String errorOf(String instanceId) {
        return errors.get(instanceId);
    }

    /** True once anything was written or attempted, so the observed state must be listed again. */
    boolean touchedDocker() {
        return !events.isEmpty();
    }

    List<AgentEvent> events() {
        return List.copyOf(events);
    }
}
