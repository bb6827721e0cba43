package org.chatterie.agent;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import org.chatterie.agent.docker.DockerClients;
import org.chatterie.agent.docker.DockerEngine;
import org.chatterie.agent.docker.DockerEvents;
import org.chatterie.agent.docker.DockerSettings;
import org.chatterie.agent.docker.Reconciler;
import org.chatterie.agent.docker.ReconcilerSettings;
import org.chatterie.agent.node.AgentLoop;
import org.chatterie.agent.node.AgentProperties;
import org.chatterie.agent.node.DesiredStateStore;
import org.chatterie.agent.node.EnrollCommand;
import org.chatterie.agent.node.NodeFactsCollector;
import org.chatterie.agent.node.NodeIdentity;
import org.chatterie.agent.node.NodeTokens;
import org.chatterie.agent.node.PortalClient;
import org.chatterie.agent.proxy.NodeProxy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.chatterie.agent.node.MetricsServer;
import org.chatterie.agent.node.AgentMetrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/** Runs the command given on the command line: {@code enroll} once, or {@code run} until stopped. */
@Component
class AgentRunner implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(AgentRunner.class);
    static final String VERSION = AgentRunner.class.getPackage().getImplementationVersion() == null
            ? "dev" : AgentRunner.class.getPackage().getImplementationVersion();

    private final AgentProperties properties;
    private final ObjectMapper json;
    private int exitCode;
    private boolean finished;
    private AgentLoop loop;
    private DockerEngine engine;
    private Reconciler reconciler;
    private DockerEvents events;

    private final ObjectProvider<PrometheusMeterRegistry> prometheus;
    private MetricsServer metricsServer;

    AgentRunner(AgentProperties properties, ObjectMapper json, ObjectProvider<PrometheusMeterRegistry> prometheus) {
        this.properties = properties;
        this.json = json;
        this.prometheus = prometheus;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        AgentCommandLine line;
        try {
            line = AgentCommandLine.parse(args.getSourceArgs());
        } catch (IllegalArgumentException e) {
            fail(e.getMessage());
            return;
        }
        var portal = new PortalClient(json, properties.portalTimeout());
        if (line.command().equals("enroll")) {
            enroll(line, portal);
            finished = true;
        } else {
            runAgent(portal);
        }
    }

    private void enroll(AgentCommandLine line, PortalClient portal) {
        try {
            var identity = new EnrollCommand(portal, properties.stateDir(), VERSION, properties.allowInsecurePortal())
                    .enroll(line.require("portal"), line.require("token"));
            System.out.println("Enrolled as node " + identity.nodeId() + "; key stored in " + properties.stateDir());
        } catch (PortalClient.PortalException | IllegalStateException | IllegalArgumentException e) {
            fail(e.getMessage());
        } catch (java.io.IOException e) {
            fail("Cannot write the node's identity in " + properties.stateDir() + ": " + e.getMessage());
        }
    }

    private void runAgent(PortalClient portal) throws java.io.IOException {
        var identity = NodeIdentity.load(properties.stateDir()).orElse(null);
        if (identity == null) {
            fail("This node is not enrolled yet: run 'chatterie-agent enroll --portal URL --token T' first.");
            return;
        }
        try {
            engine = DockerClients.connect(DockerSettings.of(java.net.URI.create(properties.dockerHost())));
        } catch (org.chatterie.agent.docker.DockerUnavailableException e) {
            fail(e.getMessage());
            return;
        }
        reconciler = new Reconciler(engine, ReconcilerSettings.defaults()
                .withOrphanGracePeriod(properties.orphanGrace()));
        var proxySettings = properties.proxy();
        NodeProxy proxy = proxySettings.enabled()
                ? new NodeProxy(properties.stateDir(), proxySettings.nginx(), proxySettings.listenAddress(),
                        proxySettings.listenPort())
                : null;
        loop = new AgentLoop(identity, new NodeTokens(identity, properties.tokenLifetime(), Clock.systemUTC()), portal,
                new DesiredStateStore(properties.stateDir(), json), reconciler, proxy,
                new NodeFactsCollector(Path.of("/var/lib/docker"), engine.engineVersion(), VERSION), properties);
        startMetrics();
        loop.start();
        events = new DockerEvents(engine, loop::wake);
        events.start();
    }

    private void startMetrics() {
        var registry = prometheus.getIfAvailable();
        var settings = properties.metrics();
        if (registry == null || settings.listenPort() == 0) {
            return;
        }
        loop.measureWith(new AgentMetrics(registry));
        try {
            metricsServer = new MetricsServer(registry, settings.listenAddress(), settings.listenPort());
        } catch (java.io.IOException e) {
            log.warn("Metrics not served on {}:{}: {}", settings.listenAddress(), settings.listenPort(), e.getMessage());
        }
    }

    private void fail(String message) {
        System.err.println("chatterie-agent: " + message);
        log.debug(message);
        exitCode = 1;
        finished = true;
    }

    /** True when there is nothing left to do: the command ran, or it could not start. */
    boolean finished() {
        return finished;
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        if (events != null) {
            events.close();
        }
        if (metricsServer != null) {
            metricsServer.close();
        }
        if (loop != null) {
            loop.close();
        }
        if (reconciler != null) {
            reconciler.close();
        }
        if (engine != null) {
            engine.close();
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
