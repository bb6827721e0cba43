package org.chatterie.agent.node;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code chatterie.agent.*}. The state directory holds the node's key, its id and the last
 * desired state; it must survive reboots and upgrades. {@code longPoll} is how long the portal
 * may hold a desired-state request open until something changes (0 turns long polling off and
 * the agent polls every {@code pollInterval}); while instances are starting or stopping, the
 * agent polls every {@code pollInterval} to report their progress quickly.
 */
@ConfigurationProperties("chatterie.agent")
public record AgentProperties(
        @DefaultValue("/var/lib/chatterie-agent") Path stateDir,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("25s") Duration longPoll,
        @DefaultValue("10s") Duration portalTimeout,
        @DefaultValue("60s") Duration tokenLifetime,
        @DefaultValue("unix:///var/run/docker.sock") String dockerHost,
        @DefaultValue("10m") Duration orphanGrace,
        @DefaultValue("false") boolean allowInsecurePortal,
        @DefaultValue Proxy proxy,
        @DefaultValue Metrics metrics) {

    /** Prometheus metrics of the agent; port 0 turns them off. */
    public record Metrics(
            @DefaultValue("127.0.0.1") String listenAddress,
            @DefaultValue("9465") int listenPort) {}

    /** The node's reverse proxy (nginx from Debian) in front of its instances. */
    public record Proxy(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("127.0.0.1") String listenAddress,
            @DefaultValue("8088") int listenPort,
            @DefaultValue("/usr/sbin/nginx") String nginx) {}
}
