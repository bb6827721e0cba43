package org.chatterie.agent.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.chatterie.agent.docker.DockerFixture.awaitHealthy;
import static org.chatterie.agent.docker.DockerFixture.fetchPage;
import static org.chatterie.agent.docker.DockerFixture.observed;
import static org.chatterie.agent.docker.TestSpecs.webapp;

import com.github.dockerjava.api.model.Capability;
import java.time.Duration;
import org.chatterie.protocol.NodeReport.AgentEvent;
import org.chatterie.protocol.Protocol;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Provisioning on the real engine: a healthy, reachable, hardened container, and passes that change nothing. */
class ProvisionIT {

    static DockerFixture docker;
    static Reconciler reconciler;

    @BeforeAll
    static void start() {
        docker = DockerFixture.startOnDefaultNetwork("it-provision");
        // Volume sizes measured on every pass here, so the test sees them without waiting a minute.
        reconciler = docker.reconciler(docker.settings().withVolumeSizeInterval(Duration.ZERO));
    }

    @AfterAll
    static void cleanUp() {
        docker.close();
    }

    @Test
    void provisionsAHealthyInstanceWhosePageIsReachableOnTheChatterieNetwork() throws Exception {
        String id = docker.id("prov-a");
        var desired = docker.desired(webapp(id));

        var first = reconciler.reconcile(desired);

        assertThat(first.events()).filteredOn(event -> id.equals(event.instanceId()))
                .extracting(AgentEvent::kind, AgentEvent::message)
                .containsExactly(
                        tuple("created", "Created volume chatterie-" + id + "-data."),
                        tuple("created", "Created container chatterie-" + id + "."),
                        tuple("started", "Started container chatterie-" + id + "."));
        assertThat(first.appliedGeneration()).isEqualTo(1);
        var seen = observed(first, id);
        assertThat(seen.status()).isEqualTo("running");
        assertThat(seen.specHash()).isEqualTo("v1");
        assertThat(seen.error()).isNull();

        var healthy = awaitHealthy(reconciler, desired, id, Duration.ofSeconds(20));
        assertThat(healthy.address()).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
        assertThat(fetchPage(healthy.address())).contains("Hello from " + id);
        assertThat(docker.inspect(id).getNetworkSettings().getNetworks()).containsOnlyKeys("chatterie");
    }

    @Test
    void aSecondPassWithNothingToChangeWritesNothing() {
        String id = docker.id("prov-b");
        var desired = docker.desired(webapp(id));
        reconciler.reconcile(desired);
        String containerId = docker.inspect(id).getId();
        int writesBefore = docker.writeCalls();

        var again = reconciler.reconcile(desired);

        assertThat(again.events()).isEmpty();
        assertThat(again.changedAnything()).isFalse();
        assertThat(docker.writeCalls()).as("POST/PUT/DELETE calls to Docker").isEqualTo(writesBefore);
        assertThat(docker.inspect(id).getId()).isEqualTo(containerId);
        assertThat(docker.containersOf(id)).hasSize(1);
    }

    @Test
    void hardensTheContainer() {
        String id = docker.id("prov-c");
        reconciler.reconcile(docker.desired(webapp(id)));

        var inspected = docker.inspect(id);
        var host = inspected.getHostConfig();
        assertThat(host.getPrivileged()).isFalse();
        assertThat(host.getCapDrop()).contains(Capability.ALL);
        assertThat(host.getCapAdd()).isNullOrEmpty();
        assertThat(host.getSecurityOpts()).contains("no-new-privileges");
        assertThat(host.getMemory()).isEqualTo(64L << 20);
        assertThat(host.getNanoCPUs()).isEqualTo(500_000_000L);
        assertThat(host.getPidsLimit()).isEqualTo(64);
        assertThat(host.getReadonlyRootfs()).isTrue();
        assertThat(host.getRestartPolicy().getName()).isEqualTo("unless-stopped");
        assertThat(host.getBinds()).isNullOrEmpty();
        assertThat(host.getPortBindings() == null || host.getPortBindings().getBindings().isEmpty()).isTrue();
        assertThat(inspected.getMounts()).allSatisfy(mount -> assertThat(mount.getSource()).doesNotContain("docker.sock"));
        assertThat(inspected.getConfig().getEnv()).contains("CHATTERIE_INSTANCE=" + id);
        assertThat(inspected.getConfig().getHostName()).isEqualTo(id + ".example.org");
        assertThat(inspected.getConfig().getLabels())
                .containsEntry(Protocol.LABEL_MANAGED, "true")
                .containsEntry(Protocol.LABEL_INSTANCE, id)
                .containsEntry(Protocol.LABEL_NODE, docker.nodeId)
                .containsEntry(Protocol.LABEL_SPEC_HASH, "v1");
        assertThat(inspected.getConfig().getHealthcheck().getInterval()).isEqualTo(1_000_000_000L);
        var volume = docker.docker.inspectVolumeCmd(Protocol.volumeName(id, "data")).exec();
        assertThat(volume.getLabels())
                .containsEntry(Protocol.LABEL_MANAGED, "true")
                .containsEntry(Protocol.LABEL_INSTANCE, id)
                .containsEntry(Protocol.LABEL_NODE, docker.nodeId)
                .containsEntry(Protocol.LABEL_VOLUME, "data")
                .containsEntry(Protocol.LABEL_BACKUP, "daily");
        // The limits hold at run time too: no more processes than the pids limit can be started.
        String forked = DockerFixture.cli("exec", Protocol.containerName(id), "/bin/sh", "-c",
                "for i in $(seq 1 80); do sleep 5 & done 2>&1 | head -1; echo done");
        assertThat(forked).contains("can't fork");
    }

    @Test
    void reportsVolumeSizesUnderTheManifestsVolumeNames() {
        String id = docker.id("prov-d");
        var desired = docker.desired(webapp(id));
        reconciler.reconcile(desired);
        docker.fillVolume(Protocol.volumeName(id, "data"), "blob", 200_000);

        DockerFixture.await(Duration.ofSeconds(15), () -> {
            Long bytes = observed(reconciler.reconcile(desired), id).volumeBytes().get("data");
            return bytes != null && bytes >= 200_000;
        }, "the data volume to be measured at 200 kB or more");
    }
}
