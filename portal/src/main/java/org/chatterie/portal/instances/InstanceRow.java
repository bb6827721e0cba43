package org.chatterie.portal.instances;

import java.time.Instant;

/** An instance for lists: with its owner's e-mail and its node's name. */
public record InstanceRow(String id, String appId, String ownerEmail, String nodeId, String nodeName, String address,
                          Desired desired, String observedStatus, String observedHealth, String observedError,
                          boolean specApplied, long volumeBytes, Instant createdAt) {

    public InstanceStatus status() {
        return InstanceStatus.of(desired, observedStatus, observedHealth, observedError, specApplied);
    }
}
