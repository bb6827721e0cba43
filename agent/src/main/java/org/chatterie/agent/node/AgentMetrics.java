package org.chatterie.agent.node;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.chatterie.agent.docker.ReconcileResult;

/**
 * What an operator graphs for a node: how long passes take, how many instances are in which
 * state, whether the portal answers, what the passes did. Names follow Prometheus conventions
 * ({@code chatterie_agent_reconcile_seconds}, {@code chatterie_agent_instances{status}}...).
 */
public final class AgentMetrics {

    private final MeterRegistry registry;
    private final Timer reconcile;
    private final AtomicInteger portalReachable = new AtomicInteger(1);
    private final Map<String, AtomicInteger> byStatus = new ConcurrentHashMap<>();

    public AgentMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.reconcile = Timer.builder("chatterie.agent.reconcile").description("Duration of one reconcile pass")
                .publishPercentiles(0.5, 0.95).register(registry);
        Gauge.builder("chatterie.agent.portal.reachable", portalReachable, AtomicInteger::get)
                .description("1 when the last call to the portal succeeded").register(registry);
    }

    void passed(ReconcileResult result) {
        reconcile.record(result.took());
        byStatus.values().forEach(count -> count.set(0));
        result.instances().forEach(seen -> gauge(seen.status()).incrementAndGet());
        result.events().forEach(event -> Counter.builder("chatterie.agent.events").tag("kind", event.kind())
                .description("What reconcile passes did").register(registry).increment());
    }

    void portal(boolean reachable) {
        portalReachable.set(reachable ? 1 : 0);
    }

    private AtomicInteger gauge(String status) {
        return byStatus.computeIfAbsent(status == null ? "unknown" : status, key -> {
            var count = new AtomicInteger();
            Gauge.builder("chatterie.agent.instances", count, AtomicInteger::get).tag("status", key)
                    .description("Desired instances by observed container status").register(registry);
            return count;
        });
    }
}
