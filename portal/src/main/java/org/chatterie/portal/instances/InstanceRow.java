package org.chatterie.portal.instances;

import java.time.Instant;

/** An instance for lists: with its owner's e-mail and its node's name. */
public record InstanceRow(String id, String appId, String ownerEmail, String nodeId, String nodeName, String address,
                          Desired desired, String observedStatus, String observedHealth, String observedError,
                          boolean specApplied, long volumeBytes, Instant createdAt,
                          String suspendedBy) {

    /** Suspended by an admin or by the quota policy: the member cannot resume it alone. */
    public boolean suspendedByHost() {
        return desired == Desired.SUSPENDED && suspendedBy != null && !suspendedBy.equals("MEMBER");
    }

    public InstanceStatus status() {
        return InstanceStatus.of(desired, observedStatus, observedHealth, observedError, specApplied);
    }
}
