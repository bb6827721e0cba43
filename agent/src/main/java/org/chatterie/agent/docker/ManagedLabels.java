package org.chatterie.agent.docker;

import static org.chatterie.protocol.Protocol.LABEL_MANAGED;
import static org.chatterie.protocol.Protocol.LABEL_NODE;

import java.util.List;
import java.util.Map;

/**
 * Ownership by label. The agent only ever lists with these filters, so an object without
 * {@code org.chatterie.managed=true} and this node's id is invisible to it and can never be
 * changed or removed, whatever its name.
 */
final class ManagedLabels {

    static final String TRUE = "true";

    private ManagedLabels() {}

    /** Label filter for docker-java's list commands: managed and owned by this node. */
    static Map<String, String> ownedBy(String nodeId) {
        return Map.of(LABEL_MANAGED, TRUE, LABEL_NODE, nodeId);
    }

    /** The same filter in the engine's {@code key=value} form (volume listing takes this). */
    static List<String> ownedByFilter(String nodeId) {
        return List.of(LABEL_MANAGED + "=" + TRUE, LABEL_NODE + "=" + nodeId);
    }

    static boolean isManaged(Map<String, String> labels) {
        return labels != null && TRUE.equals(labels.get(LABEL_MANAGED));
    }
}
