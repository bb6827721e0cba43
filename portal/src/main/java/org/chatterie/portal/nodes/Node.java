package org.chatterie.portal.nodes;

import java.time.Duration;
import java.time.Instant;

/** A node as stored, with the facts of its last report. */
public record Node(String id, String name, String publicKey, NodeState state, Instant enrolledAt, String enrolledBy,
                   Instant revokedAt, Instant lastSeenAt, String hostname, String agentVersion, String dockerVersion,
                   Integer cpus, Long memoryBytes, Long diskTotalBytes, Long diskFreeBytes,
                   long desiredGeneration, long appliedGeneration) {

    public boolean online(Instant now, Duration offlineAfter) {
        return state == NodeState.ACTIVE && lastSeenAt != null && lastSeenAt.isAfter(now.minus(offlineAfter));
    }
}
