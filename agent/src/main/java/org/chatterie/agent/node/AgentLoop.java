package org.chatterie.agent.node;

import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.chatterie.agent.docker.ReconcileResult;
import org.chatterie.agent.docker.Reconciler;
import org.chatterie.agent.proxy.NodeProxy;
import org.chatterie.protocol.DesiredState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pull, reconcile, report, every poll interval. The portal being away changes only where the
 * desired state comes from (the copy on disk): containers keep being reconciled, and the agent
 * catches up as soon as the portal answers again. Outages are logged once, not every tick.
 */
public final class AgentLoop implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AgentLoop.class);

    private final NodeIdentity identity;
    private final NodeTokens tokens;
    private final PortalClient portal;
    private final DesiredStateStore store;
    private final Reconciler reconciler;
    private final NodeProxy proxy;
    private final NodeFactsCollector facts;
    private final AgentProperties properties;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "agent-loop");
        thread.setDaemon(false);
        return thread;
    });
    private final AtomicBoolean portalReachable = new AtomicBoolean(true);
    private DesiredState current;
    private String etag;

    public AgentLoop(NodeIdentity identity, NodeTokens tokens, PortalClient portal, DesiredStateStore store,
                     Reconciler reconciler, NodeProxy proxy, NodeFactsCollector facts, AgentProperties properties) {
        this.identity = identity;
        this.tokens = tokens;
        this.portal = portal;
        this.store = store;
        this.reconciler = reconciler;
        this.proxy = proxy;
        this.facts = facts;
        this.properties = properties;
        store.load().ifPresent(stored -> {
            current = stored.state();
            etag = stored.etag();
        });
    }

    public void start() {
        scheduler.scheduleWithFixedDelay(this::tickSafely, 0, properties.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
        log.info("Agent for node {} started; portal {}, every {}", identity.nodeId(), identity.portalUrl(),
                properties.pollInterval());
    }

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException e) {
            log.error("Reconcile pass failed; the next one will retry", e);
        }
    }

    /** One pass; public so tests and the benchmark can drive it directly. */
    public ReconcileResult tick() {
        pull();
        if (current == null) {
            log.debug("No desired state yet (portal never reached): nothing to reconcile");
            return null;
        }
        ReconcileResult result = reconciler.reconcile(current);
        if (proxy != null) {
            proxy.apply(current, result.instances());
        }
        push(result);
        return result;
    }

    private void pull() {
        try {
            var fetched = portal.desiredState(identity, tokens.next(), etag);
            reachable();
            if (fetched.isPresent()) {
                current = fetched.get().state();
                etag = fetched.get().etag();
                store.save(fetched.get().body(), etag);
            }
        } catch (PortalClient.PortalException e) {
            unreachable(e.getMessage());
        } catch (IOException e) {
            log.warn("Cannot keep the desired state on disk: {}", e.getMessage());
        }
    }

    private void push(ReconcileResult result) {
        try {
            portal.report(identity, tokens.next(), result.toReport(identity.nodeId(), facts.collect()));
            reachable();
        } catch (PortalClient.PortalException e) {
            unreachable(e.getMessage());
        }
    }

    private void reachable() {
        if (portalReachable.compareAndSet(false, true)) {
            log.info("Portal reachable again");
        }
    }

    private void unreachable(String why) {
        if (portalReachable.compareAndSet(true, false)) {
            log.warn("{} — reconciling from the last desired state on disk until it is back", why);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
