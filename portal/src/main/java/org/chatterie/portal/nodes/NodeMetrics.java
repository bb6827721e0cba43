package org.chatterie.portal.nodes;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/** {@code chatterie_nodes_online} and {@code chatterie_nodes{state}}: alert when a node stops reporting. */
@Component
class NodeMetrics implements MeterBinder {

    private final NodeService nodes;

    NodeMetrics(NodeService nodes) {
        this.nodes = nodes;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("chatterie.nodes.online", nodes, n -> n.onlineNodes().size())
                .description("Active nodes that reported recently")
                .register(registry);
        for (NodeState state : NodeState.values()) {
            Gauge.builder("chatterie.nodes", nodes, n -> n.count(state))
                    .tag("state", state.name().toLowerCase())
                    .description("Enrolled nodes by state")
                    .register(registry);
        }
    }
}
