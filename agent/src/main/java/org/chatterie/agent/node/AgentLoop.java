package org.chatterie.agent.node;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.chatterie.agent.docker.DockerUnavailableException;
import org.chatterie.agent.docker.ReconcileResult;
import org.chatterie.agent.docker.Reconciler;
import org.chatterie.agent.proxy.NodeProxy;
import org.chatterie.protocol.DesiredState;
import org.chatterie.protocol.Protocol;
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
    private final AtomicBoolean portalReachable = new AtomicBoolean(true);
    /** Released by Docker events: cuts the pause between passes short. */
    private final java.util.concurrent.Semaphore wakeups = new java.util.concurrent.Semaphore(0);
    private volatile boolean stopped;
    private Thread thread;
    private AgentMetrics metrics;
    private DesiredState current;
    private String etag;
    private boolean settled;

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

    /** Records passes and portal reachability from now on. */
    public void measureWith(AgentMetrics agentMetrics) {
        this.metrics = agentMetrics;
    }

    /** Asks for a pass now (called on Docker events); several calls make one pass. */
    public void wake() {
        wakeups.release();
        portal.cancelWaiting();
    }

    public void start() {
        thread = new Thread(this::loop, "agent-loop");
        thread.setDaemon(false);
        thread.start();
        log.info("Agent for node {} started; portal {}, poll {}, long poll {}", identity.nodeId(), identity.portalUrl(),
                properties.pollInterval(), properties.longPoll());
    }

    private void loop() {
        while (!stopped) {
            try {
                tick();
            } catch (DockerUnavailableException e) {
                // Docker down or overloaded: a sentence is enough, the next pass retries.
                log.warn("Reconcile pass skipped: {}", e.getMessage());
                settled = false;
            } catch (RuntimeException e) {
                log.error("Reconcile pass failed; the next one will retry", e);
                settled = false;
            }
            // A long poll already waited for news; otherwise pause before the next pass, unless
            // Docker tells us something changed (a container became healthy, died...).
            if (!(settled && portalReachable.get() && longPollSeconds() > 0)) {
                try {
                    if (wakeups.tryAcquire(properties.pollInterval().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                        wakeups.drainPermits();
                    }
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private int longPollSeconds() {
        return (int) Math.min(30, properties.longPoll().toSeconds());
    }

    /** One pass; public so tests and the benchmark can drive it directly. */
    public ReconcileResult tick() {
        pull();
        if (current == null) {
            log.debug("No desired state yet (portal never reached): nothing to reconcile");
            return null;
        }
        ReconcileResult result = reconciler.reconcile(current);
        if (metrics != null) {
            metrics.passed(result);
        }
        if (proxy != null) {
            proxy.apply(current, result.instances());
        }
        push(result);
        settled = !result.changedAnything() && settled(current, result);
        return result;
    }

    /**
     * Every instance is where it should be: running and healthy (or without healthcheck) when
     * desired running, not running when suspended. Then there is nothing to watch closely and
     * the agent may long-poll; an instance that failed is retried at the normal pace.
     */
    static boolean settled(DesiredState desired, ReconcileResult result) {
        var seenById = new java.util.HashMap<String, org.chatterie.protocol.NodeReport.ObservedInstance>();
        result.instances().forEach(seen -> seenById.put(seen.instanceId(), seen));
        return desired.instances().stream().allMatch(spec -> {
            var seen = seenById.get(spec.instanceId());
            if (seen == null || seen.error() != null) {
                return false;
            }
            boolean running = "running".equals(seen.status());
            boolean healthy = seen.health() == null || "healthy".equals(seen.health()) || "none".equals(seen.health());
            return spec.running() ? running && healthy : !running;
        });
    }

    private void pull() {
        try {
            var fetched = portal.desiredState(identity, tokens.next(), etag, settled ? longPollSeconds() : 0);
            reachable();
            if (fetched.isPresent() && fetched.get().state().protocolVersion() != Protocol.VERSION) {
                unreachable("The portal speaks protocol version " + fetched.get().state().protocolVersion()
                        + ", this agent version " + Protocol.VERSION + ": upgrade the agent");
            } else if (fetched.isPresent()) {
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
        if (metrics != null) {
            metrics.portal(true);
        }
        if (portalReachable.compareAndSet(false, true)) {
            log.info("Portal reachable again");
        }
    }

    private void unreachable(String why) {
        if (metrics != null) {
            metrics.portal(false);
        }
        if (portalReachable.compareAndSet(true, false)) {
            log.warn("{} — reconciling from the last desired state on disk until it is back", why);
        }
    }

    @Override
    public void close() {
        stopped = true;
        if (thread != null) {
            thread.interrupt();
        }
    }
}
