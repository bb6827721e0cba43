package org.chatterie.protocol;

import java.util.List;

/**
 * Everything a node should run. Level-based: the agent makes Docker match it, whatever
 * happened before. {@code deletedInstanceIds} are tombstones: their containers AND volumes
 * are removed. A labelled container in neither list is an orphan, removed after a grace
 * period, its volumes kept.
 */
public record DesiredState(
        int protocolVersion,
        String nodeId,
        long generation,
        String proxyDomain,
        List<InstanceSpec> instances,
        List<String> deletedInstanceIds) {

    public DesiredState {
        instances = instances == null ? List.of() : List.copyOf(instances);
        deletedInstanceIds = deletedInstanceIds == null ? List.of() : List.copyOf(deletedInstanceIds);
    }
}
