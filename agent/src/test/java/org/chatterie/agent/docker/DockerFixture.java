package org.chatterie.agent.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chatterie.protocol.Protocol.LABEL_INSTANCE;
import static org.chatterie.protocol.Protocol.LABEL_NODE;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.chatterie.protocol.DesiredState;
import org.chatterie.protocol.InstanceSpec;
import org.chatterie.protocol.InstanceSpec.HealthSpec;
import org.chatterie.protocol.InstanceSpec.Resources;
import org.chatterie.protocol.InstanceSpec.VolumeSpec;
import org.chatterie.protocol.NodeReport.ObservedInstance;
import org.chatterie.protocol.Protocol;

/**
 * The real Docker Engine for one test class: builds the test image, gives the class its own node
 * id, instance ids and network (so classes, and two builds running at once, never see each
 * other's containers), counts write calls, and removes everything labelled with that node id
 * when the class is done.
 */
final class DockerFixture implements AutoCloseable {

    static final String IMAGE = TestSpecs.IMAGE;

    final DockerEngine engine;
    final DockerClient docker;
    final String nodeId;
    final String network;
    private final String suffix;
    private final AtomicInteger writes = new AtomicInteger();
    private final Set<String> extraNodeIds = ConcurrentHashMap.newKeySet();
    private final List<String> extraContainers = new ArrayList<>();
    private final List<String> extraVolumes = new ArrayList<>();
    private final List<Reconciler> reconcilers = new ArrayList<>();
    private final boolean networkExisted;

    private DockerFixture(String prefix, boolean defaultNetwork) {
        buildTestImage();
        this.engine = DockerClients.connect(DockerSettings.defaults(), this::countingWrites);
        this.docker = engine.client();
        this.suffix = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        this.nodeId = prefix + "-" + suffix;
        this.network = defaultNetwork ? ReconcilerSettings.DEFAULT_NETWORK : "chatterie-" + nodeId;
        this.networkExisted = new NetworkReconciler(docker, network).fetch().isPresent();
    }

    /** A fixture whose reconcilers use a network of their own, removed at the end. */
    static DockerFixture start(String prefix) {
        return new DockerFixture(prefix, false);
    }

    /**
     * A fixture on the production network name, {@code chatterie}; removed at the end only if
     * this class created it and nothing else uses it by then.
     */
    static DockerFixture startOnDefaultNetwork(String prefix) {
        return new DockerFixture(prefix, true);
    }

    /** An instance id unique to this run, so two builds at once never fight over a container name. */
    String id(String base) {
        return base + "-" + suffix;
    }

    /** Settings for this class: its network, and a short stop timeout. */
    ReconcilerSettings settings() {
        return ReconcilerSettings.defaults().withStopTimeout(Duration.ofSeconds(3)).withNetworkName(network);
    }

    /** A reconciler for this class; stops quickly (busybox httpd behind init stops at once anyway). */
    Reconciler reconciler(ReconcilerSettings settings) {
        var reconciler = new Reconciler(engine, settings);
        reconcilers.add(reconciler);
        return reconciler;
    }

    DesiredState desired(long generation, List<InstanceSpec> instances, List<String> deleted) {
        return new DesiredState(Protocol.VERSION, nodeId, generation, "example.org", instances, deleted);
    }

    /** A desired state for another node id of this class (cleaned up too), for tests that must not see each other. */
    DesiredState desiredOn(String otherNodeId, long generation, List<InstanceSpec> instances) {
        alsoCleanNode(otherNodeId);
        return new DesiredState(Protocol.VERSION, otherNodeId, generation, "example.org", instances, List.of());
    }

    DesiredState desired(InstanceSpec... instances) {
        return desired(1, List.of(instances), List.of());
    }

    /** Passes until the instance is healthy, as a reconcile loop would; fails after {@code timeout}. */
    static ObservedInstance awaitHealthy(Reconciler reconciler, DesiredState desired, String instanceId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        ObservedInstance last = null;
        while (System.nanoTime() < deadline) {
            last = observed(reconciler.reconcile(desired), instanceId);
            if ("healthy".equals(last.health())) {
                return last;
            }
            sleep(Duration.ofMillis(200));
        }
        throw new AssertionError("instance " + instanceId + " not healthy within " + timeout + "; last seen " + last);
    }

    static ObservedInstance observed(ReconcileResult result, String instanceId) {
        return result.instances().stream().filter(i -> i.instanceId().equals(instanceId)).findFirst()
                .orElseThrow(() -> new AssertionError("no observed instance " + instanceId + " in " + result.instances()));
    }

    /** Every container, managed or not, holding the instance's label, or its fixed name. */
    List<Container> containersOf(String instanceId) {
        var byLabel = docker.listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(LABEL_INSTANCE, instanceId)).exec();
        var byName = docker.listContainersCmd().withShowAll(true)
                .withNameFilter(List.of("^/" + Protocol.containerName(instanceId) + "$")).exec();
        var all = new ArrayList<>(byLabel);
        byName.stream().filter(c -> all.stream().noneMatch(known -> known.getId().equals(c.getId()))).forEach(all::add);
        return all;
    }

    InspectContainerResponse inspect(String instanceId) {
        return docker.inspectContainerCmd(Protocol.containerName(instanceId)).exec();
    }

    boolean volumeExists(String instanceId, String volume) {
        try {
            docker.inspectVolumeCmd(Protocol.volumeName(instanceId, volume)).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /** Writes a file into a volume with a throw-away container, whatever state the instance is in. */
    void writeIntoVolume(String volumeName, String file, String content) {
        cli("run", "--rm", "--network", "none", "--entrypoint", "/bin/sh", "-v", volumeName + ":/data", IMAGE,
                "-c", "printf '%s' '" + content + "' > /data/" + file);
    }

    /** Fills a file in a volume with {@code bytes} zero bytes. */
    void fillVolume(String volumeName, String file, int bytes) {
        cli("run", "--rm", "--network", "none", "--entrypoint", "/bin/sh", "-v", volumeName + ":/data", IMAGE,
                "-c", "head -c " + bytes + " /dev/zero > /data/" + file);
    }

    String readFromVolume(String volumeName, String file) {
        return cli("run", "--rm", "--network", "none", "--entrypoint", "/bin/cat", "-v", volumeName + ":/data", IMAGE,
                "/data/" + file);
    }

    /** GET http://{container IP}:8080/ — container addresses only, never anything else. */
    static String fetchPage(String containerIp) throws IOException, InterruptedException {
        var client = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).connectTimeout(Duration.ofSeconds(2)).build();
        var request = HttpRequest.newBuilder(URI.create("http://" + containerIp + ":8080/")).timeout(Duration.ofSeconds(3)).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** Write calls (anything but GET/HEAD) made through this fixture's engine so far. */
    int writeCalls() {
        return writes.get();
    }

    /** Remember a node id or a container the test made outside this node, to clean up too. */
    void alsoCleanNode(String otherNodeId) {
        extraNodeIds.add(otherNodeId);
    }

    void alsoCleanContainer(String name) {
        extraContainers.add(name);
    }

    void alsoCleanVolume(String name) {
        extraVolumes.add(name);
    }

    static void await(Duration timeout, BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            sleep(Duration.ofMillis(100));
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** The docker CLI, for things the agent never does (throw-away containers, exec). */
    static String cli(String... args) {
        var command = new ArrayList<String>();
        command.add("docker");
        command.addAll(List.of(args));
        return run(command, Path.of("."), Duration.ofSeconds(60));
    }

    @Override
    public void close() {
        reconcilers.forEach(Reconciler::close);
        var nodes = new ArrayList<>(extraNodeIds);
        nodes.add(nodeId);
        for (String node : nodes) {
            for (Container container : docker.listContainersCmd().withShowAll(true)
                    .withLabelFilter(Map.of(LABEL_NODE, node)).exec()) {
                removeContainer(container.getId());
            }
        }
        extraContainers.forEach(this::removeContainer);
        for (String node : nodes) {
            var volumes = docker.listVolumesCmd().withFilter("label", List.of(LABEL_NODE + "=" + node)).exec().getVolumes();
            if (volumes != null) {
                volumes.forEach(volume -> docker.removeVolumeCmd(volume.getName()).exec());
            }
        }
        for (String volume : extraVolumes) {
            try {
                docker.removeVolumeCmd(volume).exec();
            } catch (NotFoundException gone) {
                // Already removed.
            }
        }
        if (!networkExisted) {
            try {
                docker.removeNetworkCmd(network).exec();
            } catch (RuntimeException stillInUse) {
                // Another test class (or a real agent) still uses it: leave it.
            }
        }
        engine.close();
    }

    private void removeContainer(String idOrName) {
        try {
            docker.removeContainerCmd(idOrName).withForce(true).withRemoveVolumes(true).exec();
        } catch (NotFoundException gone) {
            // Already removed.
        }
    }

    private DockerHttpClient countingWrites(DockerHttpClient real) {
        return new DockerHttpClient() {
            @Override
            public Response execute(Request request) {
                if (!"GET".equals(request.method()) && !"HEAD".equals(request.method())) {
                    writes.incrementAndGet();
                }
                return real.execute(request);
            }

            @Override
            public void close() throws IOException {
                real.close();
            }
        };
    }

    /** Builds chatterie/testing-webapp:1 from busybox-static; the script is idempotent. */
    private static void buildTestImage() {
        Path script = Path.of("..", "images", "testing", "build.sh").toAbsolutePath().normalize();
        if (!Files.isExecutable(script)) {
            throw new IllegalStateException("The test image script " + script + " is missing; run the tests from the agent module.");
        }
        run(List.of(script.toString()), script.getParent(), Duration.ofMinutes(2));
    }

    private static String run(List<String> command, Path directory, Duration timeout) {
        Path output = null;
        try {
            // Output goes to a file so that waitFor's timeout holds even if the command hangs.
            output = Files.createTempFile("chatterie-it-", ".out");
            Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command + " did not finish within " + timeout);
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new AssertionError(command + " failed (" + process.exitValue() + "): " + text);
            }
            return text;
        } catch (IOException e) {
            throw new AssertionError("could not run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted running " + command, e);
        } finally {
            if (output != null) {
                output.toFile().delete();
            }
        }
    }
}
