package org.chatterie.agent.proxy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.chatterie.protocol.DesiredState;
import org.chatterie.protocol.InstanceSpec;
import org.chatterie.protocol.NodeReport.ObservedInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the node's nginx in line with the desired state: writes the configuration, checks it
 * with {@code nginx -t}, starts nginx if it is not running, reloads it if the configuration
 * changed. A bad configuration is never loaded: the running one keeps serving.
 */
public final class NodeProxy {

    private static final Logger log = LoggerFactory.getLogger(NodeProxy.class);
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(15);

    private final Path dir;
    private final String nginx;
    private final String listenAddress;
    private final int listenPort;

    public NodeProxy(Path stateDir, String nginx, String listenAddress, int listenPort) {
        this.dir = stateDir.resolve("proxy").toAbsolutePath();
        this.nginx = nginx;
        this.listenAddress = listenAddress;
        this.listenPort = listenPort;
    }

    /** @return true when nginx now serves the routes of this state */
    public boolean apply(DesiredState desired, List<ObservedInstance> observed) {
        Map<String, ObservedInstance> byId = observed.stream()
                .collect(Collectors.toMap(ObservedInstance::instanceId, Function.identity(), (a, b) -> a));
        List<NginxConfig.Route> routes = new ArrayList<>();
        for (InstanceSpec spec : desired.instances()) {
            if (!NginxConfig.safeHostname(spec.hostname())) {
                log.warn("Instance {} has an unusable address '{}': not routed", spec.instanceId(), spec.hostname());
                continue;
            }
            ObservedInstance seen = byId.get(spec.instanceId());
            String upstream = null;
            if (spec.running() && seen != null && seen.address() != null && spec.httpPort() != null
                    && "running".equals(seen.status())) {
                upstream = seen.address() + ":" + spec.httpPort();
            }
            routes.add(new NginxConfig.Route(spec.hostname(), NginxConfig.safeUpstream(upstream) ? upstream : null));
        }
        try {
            return write(NginxConfig.render(dir, listenAddress, listenPort, routes));
        } catch (IOException e) {
            log.warn("Cannot update the node's proxy: {}", e.getMessage());
            return false;
        }
    }

    private boolean write(String config) throws IOException {
        Files.createDirectories(dir.resolve("tmp"));
        Path file = dir.resolve("nginx.conf");
        boolean changed = !Files.exists(file) || !Files.readString(file).equals(config);
        if (changed) {
            Path candidate = dir.resolve("nginx.conf.new");
            Files.writeString(candidate, config);
            if (!run(nginx, "-t", "-q", "-p", dir.toString(), "-c", candidate.toString())) {
                log.warn("The generated nginx configuration is invalid; the running one is kept ({})", candidate);
                return false;
            }
            Files.move(candidate, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
        if (!running()) {
            return run(nginx, "-p", dir.toString(), "-c", file.toString());
        }
        return !changed || run(nginx, "-s", "reload", "-p", dir.toString(), "-c", file.toString());
    }

    /** Stops the agent's nginx (used by tests and on uninstall). */
    public void stop() {
        if (running()) {
            run(nginx, "-s", "stop", "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString());
        }
    }

    private boolean running() {
        Path pid = dir.resolve("nginx.pid");
        try {
            if (!Files.exists(pid)) {
                return false;
            }
            long id = Long.parseLong(Files.readString(pid).strip());
            // After a power cut the pid may belong to another program: only an nginx counts,
            // so we never leave the proxy down nor signal a stranger.
            return ProcessHandle.of(id).filter(ProcessHandle::isAlive)
                    .flatMap(process -> process.info().command())
                    .map(command -> command.endsWith("nginx"))
                    .orElse(false);
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    private boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                log.warn("{} did not finish in {}", String.join(" ", command), COMMAND_TIMEOUT);
                return false;
            }
            String output = new String(process.getInputStream().readAllBytes()).strip();
            if (process.exitValue() != 0) {
                log.warn("{} failed: {}", String.join(" ", command), output);
                return false;
            }
            return true;
        } catch (IOException e) {
            log.warn("Cannot run {}: {}", command[0], e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
