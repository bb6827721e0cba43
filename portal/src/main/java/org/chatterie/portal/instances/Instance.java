package org.chatterie.portal.instances;

import java.time.Instant;

/** An instance as stored, with what its node last observed. {@code spec} is the JSON InstanceSpec. */
public record Instance(String id, long accountId, String appId, String nodeId, String address, String spec,
                       String specHash, Desired desired, Long deletedGeneration, Instant purgedAt,
                       String observedStatus, String observedHealth, String observedHash, String observedError,
                       Instant observedAt, long volumeBytes, String containerAddress, Instant createdAt,
                       Instant updatedAt, String suspendedBy) {}
