package org.chatterie.portal.instances;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;
import org.chatterie.portal.nodes.Node;

/**
 * Chooses a node for a new instance: online, enough memory left once the limits of what it
 * already runs are counted, enough free disk for the instance's quota; among those, the one with
 * the most memory left, so load spreads. Pure, so the rule is easy to read and to test.
 */
final class Placement {

    private Placement() {}

    static Optional<Node> choose(List<Node> onlineNodes, ToLongFunction<Node> committedMemory,
                                 long memoryBytes, long diskBytes) {
        return onlineNodes.stream()
                .filter(n -> n.memoryBytes() != null && n.diskFreeBytes() != null)
                .filter(n -> n.memoryBytes() - committedMemory.applyAsLong(n) >= memoryBytes)
                .filter(n -> n.diskFreeBytes() >= diskBytes)
                .max(Comparator.comparingLong(n -> n.memoryBytes() - committedMemory.applyAsLong(n)));
    }
}
