package org.chatterie.agent.docker;

import static org.chatterie.agent.docker.TestSpecs.WGET_HEALTH;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.chatterie.protocol.DesiredState;
import org.chatterie.protocol.InstanceSpec;
import org.chatterie.protocol.InstanceSpec.HealthSpec;
import org.chatterie.protocol.InstanceSpec.Resources;
import org.chatterie.protocol.InstanceSpec.VolumeSpec;
import org.chatterie.protocol.Protocol;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A benchmark, not a test: it prints figures and asserts nothing about time. Neither Surefire
 * ({@code *Test}) nor Failsafe ({@code *IT}) picks it up by name; run it on purpose with
 *
 * <pre>
 * cd /work/main && ./mvnw -B -q -pl agent verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dit.test=ReconcileBenchmark
 * </pre>
 *
 * It provisions 200 instances of the test image (16 MiB, 0.1 CPU each; a 30-second healthcheck
 * so that 200 checks do not saturate a 2-core machine), then prints: the time of a no-op pass
 * over the 200 (goal: at most 300 ms), and how long one more instance takes to become healthy
 * through the reconciler versus a bare {@code docker run} of the same image with the same
 * healthcheck, measured alternately in the same run and polled the same way (goal: ratio at
 * most 1.5). Everything it creates is labelled with its own node id and removed at the end
 * (about a minute for the whole run).
 */
class ReconcileBenchmark {

    private static final int INSTANCES = 200;
    private static final int ROUNDS = 5;
    private static final HealthSpec QUIET_HEALTH = new HealthSpec(WGET_HEALTH, 30, 2, 3, 0);
    private static final HealthSpec PROBE_HEALTH = new HealthSpec(WGET_HEALTH, 1, 2, 3, 0);

    static DockerFixture docker;
    static Reconciler reconciler;

    @BeforeAll
    static void start() {
        docker = DockerFixture.start("bench");
        reconciler = docker.reconciler(docker.settings());
    }

    @AfterAll
    static void cleanUp() {
        long started = System.nanoTime();
        docker.close();
        print("cleanup of %d containers and volumes: %.1f s", INSTANCES, seconds(System.nanoTime() - started));
    }

    @Test
    void measures() {
        List<InstanceSpec> fleet = new ArrayList<>();
        for (int i = 0; i < INSTANCES; i++) {
            fleet.add(spec(docker.id(String.format("bench-%03d", i)), QUIET_HEALTH));
        }
        DesiredState desired = docker.desired(1, fleet, List.of());

        long started = System.nanoTime();
        var provisioned = reconciler.reconcile(desired);
        print("provisioned %d instances in one pass: %.1f s (%d events, %d errors)", INSTANCES,
                seconds(System.nanoTime() - started), provisioned.events().size(),
                provisioned.instances().stream().filter(i -> i.error() != null).count());

        long[] noop = new long[10];
        for (int i = 0; i < noop.length; i++) {
            var result = reconciler.reconcile(desired);
            noop[i] = result.took().toNanos();
            if (!result.events().isEmpty()) {
                print("warning: a pass that should do nothing did: %s", result.events());
            }
        }
        Arrays.sort(noop);
        print("no-op pass over %d instances: median %.0f ms, min %.0f ms, max %.0f ms (goal <= 300 ms)",
                INSTANCES, millis(noop[noop.length / 2]), millis(noop[0]), millis(noop[noop.length - 1]));

        long dfStarted = System.nanoTime();
        docker.engine.getJsonSlowly("/system/df");
        print("GET /system/df with %d volumes (off the pass, at most once a minute): %.0f ms", INSTANCES,
                millis(System.nanoTime() - dfStarted));

        long[] agent = new long[ROUNDS];
        long[] bare = new long[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            bare[round] = bareDockerRunUntilHealthy(round);
            agent[round] = reconcilerUntilHealthy(fleet, round);
        }
        Arrays.sort(agent);
        Arrays.sort(bare);
        double agentMedian = millis(agent[ROUNDS / 2]);
        double bareMedian = millis(bare[ROUNDS / 2]);
        print("until healthy, median of %d: reconciler %.0f ms (pass over %d instances included), bare docker run %.0f ms",
                ROUNDS, agentMedian, INSTANCES + 1, bareMedian);
        print("ratio reconciler / docker run: %.2f (goal <= 1.5)", agentMedian / bareMedian);
    }

    /** One more instance through a full pass, until Docker says it is healthy. */
    private long reconcilerUntilHealthy(List<InstanceSpec> fleet, int round) {
        String id = docker.id("bench-probe-" + round);
        var withProbe = new ArrayList<>(fleet);
        withProbe.add(spec(id, PROBE_HEALTH));
        long started = System.nanoTime();
        reconciler.reconcile(docker.desired(2L + round, withProbe, List.of()));
        awaitHealthy(Protocol.containerName(id));
        long took = System.nanoTime() - started;
        reconciler.reconcile(docker.desired(2L + round, fleet, List.of(id)));
        return took;
    }

    /** The same image and healthcheck with the docker CLI, labelled for clean-up, polled the same way. */
    private long bareDockerRunUntilHealthy(int round) {
        String name = docker.id("bench-bare-" + round);
        long started = System.nanoTime();
        DockerFixture.cli("run", "-d", "--name", name, "--label", Protocol.LABEL_NODE + "=" + docker.nodeId,
                "-e", "CHATTERIE_INSTANCE=" + name,
                "--health-cmd", "/bin/wget -q -O /dev/null http://127.0.0.1:8080/", "--health-interval", "1s",
                "--health-timeout", "2s", "--health-retries", "3", TestSpecs.IMAGE);
        awaitHealthy(name);
        long took = System.nanoTime() - started;
        DockerFixture.cli("rm", "-f", "-v", name);
        return took;
    }

    private static void awaitHealthy(String containerName) {
        DockerFixture.await(Duration.ofSeconds(30), () -> {
            var state = docker.docker.inspectContainerCmd(containerName).exec().getState();
            return state.getHealth() != null && "healthy".equals(state.getHealth().getStatus());
        }, containerName + " to become healthy");
    }

    private static InstanceSpec spec(String id, HealthSpec health) {
        return new InstanceSpec(id, "testing-webapp", "bench", TestSpecs.IMAGE, Map.of(),
                List.of(new VolumeSpec("data", "/data", "daily")), new Resources(16L << 20, 100_000_000L, 16, 0),
                8080, id + ".example.org", health, true, true, "b1", java.util.List.of());
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static void print(String format, Object... args) {
        System.out.println("[benchmark] " + String.format(format, args));
    }
}
