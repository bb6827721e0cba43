package org.chatterie.agent.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chatterie.agent.docker.DockerFixture.awaitHealthy;
import static org.chatterie.agent.docker.DockerFixture.fetchPage;
import static org.chatterie.agent.docker.DockerFixture.observed;
import static org.chatterie.agent.docker.TestSpecs.webapp;
import static org.chatterie.agent.docker.TestSpecs.withEnv;
import static org.chatterie.agent.docker.TestSpecs.withRunning;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.chatterie.protocol.InstanceSpec;
import org.chatterie.protocol.InstanceSpec.VolumeSpec;
import org.chatterie.protocol.NodeReport.AgentEvent;
import org.chatterie.protocol.Protocol;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An instance's life on the real engine: suspend and resume, spec change, deletion. */
class LifecycleIT {

    static DockerFixture docker;
    static Reconciler reconciler;

    @BeforeAll
    static void start() {
        docker = DockerFixture.start("it-lifecycle");
        reconciler = docker.reconciler(docker.settings());
    }

    @AfterAll
    static void cleanUp() {
        docker.close();
    }

    @Test
    void suspendStopsTheContainerKeepsTheDataAndResumeBringsItBack() throws Exception {
        String id = docker.id("life-a");
        var spec = webapp(id);
        reconciler.reconcile(docker.desired(spec));
        String volume = Protocol.volumeName(id, "data");
        docker.writeIntoVolume(volume, "notes.txt", "keep me");
        String containerId = docker.inspect(id).getId();

        var suspend = docker.desired(2, List.of(withRunning(spec, false)), List.of());
        var suspended = reconciler.reconcile(suspend);

        assertThat(suspended.events()).extracting(AgentEvent::kind).containsExactly("stopped");
        assertThat(observed(suspended, id).status()).isEqualTo("exited");
        assertThat(docker.inspect(id).getId()).isEqualTo(containerId);
        assertThat(docker.readFromVolume(volume, "notes.txt")).isEqualTo("keep me");
        assertThat(reconciler.reconcile(suspend).events()).as("suspended stays suspended").isEmpty();

        var resume = docker.desired(3, List.of(spec), List.of());
        assertThat(reconciler.reconcile(resume).events()).extracting(AgentEvent::kind).containsExactly("started");
        var healthy = awaitHealthy(reconciler, resume, id, Duration.ofSeconds(20));
        assertThat(healthy.containerId()).isEqualTo(containerId);
        assertThat(fetchPage(healthy.address())).contains("Hello from " + id);
        assertThat(docker.readFromVolume(volume, "notes.txt")).isEqualTo("keep me");
    }

    @Test
    void aNewSpecRecreatesTheContainerAndKeepsTheVolume() throws Exception {
        String id = docker.id("life-b");
        var v1 = withEnv(webapp(id), Map.of("APP_GREETING", "first"), "v1");
        var first = docker.desired(1, List.of(v1), List.of());
        String oldAddress = awaitHealthy(reconciler, first, id, Duration.ofSeconds(20)).address();
        assertThat(fetchPage(oldAddress)).contains("Hello from " + id + " (first)");
        String volume = Protocol.volumeName(id, "data");
        docker.writeIntoVolume(volume, "marker", "written under v1");
        String oldId = docker.inspect(id).getId();

        var v2 = withEnv(v1, Map.of("APP_GREETING", "second"), "v2");
        var second = docker.desired(2, List.of(v2), List.of());
        var result = reconciler.reconcile(second);

        assertThat(result.events()).extracting(AgentEvent::kind).containsExactly("recreated", "started");
        var inspected = docker.inspect(id);
        assertThat(inspected.getId()).isNotEqualTo(oldId);
        assertThat(inspected.getConfig().getEnv()).contains("APP_GREETING=second");
        assertThat(inspected.getConfig().getLabels()).containsEntry(Protocol.LABEL_SPEC_HASH, "v2");
        assertThat(docker.containersOf(id)).hasSize(1);
        assertThat(docker.readFromVolume(volume, "marker")).isEqualTo("written under v1");
        var healthy = awaitHealthy(reconciler, second, id, Duration.ofSeconds(20));
        assertThat(healthy.specHash()).isEqualTo("v2");
        // The page was written into the volume on first start: the old data is what is served.
        assertThat(fetchPage(healthy.address())).contains("Hello from " + id + " (first)");
    }

    @Test
    void aTombstoneRemovesTheContainerAndItsVolumes() {
        String id = docker.id("life-c");
        reconciler.reconcile(docker.desired(withDataAndCache(webapp(id))));
        assertThat(docker.volumeExists(id, "data")).isTrue();
        assertThat(docker.volumeExists(id, "cache")).isTrue();

        var deleted = docker.desired(2, List.of(), List.of(id));
        var result = reconciler.reconcile(deleted);

        assertThat(result.events()).extracting(AgentEvent::kind).containsExactly("removed", "removed", "removed");
        assertThat(result.instances()).isEmpty();
        assertThat(docker.containersOf(id)).isEmpty();
        assertThat(docker.volumeExists(id, "data")).isFalse();
        assertThat(docker.volumeExists(id, "cache")).isFalse();
        assertThat(reconciler.reconcile(deleted).events()).as("a tombstone already applied does nothing").isEmpty();
    }

    private static InstanceSpec withDataAndCache(InstanceSpec spec) {
        return TestSpecs.withVolumes(spec, List.of(
                new VolumeSpec("data", "/data", "daily"),
                new VolumeSpec("cache", "/cache", "none")));
    }
}
