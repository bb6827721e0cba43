package org.chatterie.agent.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.chatterie.agent.docker.DockerFixture.awaitHealthy;
import static org.chatterie.agent.docker.DockerFixture.fetchPage;
import static org.chatterie.agent.docker.DockerFixture.observed;
import static org.chatterie.agent.docker.DockerFixture.webapp;

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
        docker = DockerFixture.start("it-provision");
        // Volume sizes measured on every pass here, so the test sees them without waiting a minute.
        reconciler = docker.reconciler(DockerFixture.fastSettings().withVolumeSizeInterval(Duration.ZERO));
    }

    @AfterAll
    static void cleanUp() {
        docker.close();
    }

    @Test
    void provisionsAHealthyInstanceWhosePageIsReachableOnTheChatterieNetwork() throws Exception {
        var spec = webapp("prov-a");
        var desired = docker.desired(spec);

        var first = reconciler.reconcile(desired);

        assertThat(first.events()).filteredOn(event -> "prov-a".equals(event.instanceId()))
                .extracting(AgentEvent::kind, AgentEvent::message)
                .containsExactly(
                        tuple("created", "Created volume chatterie-prov-a-data."),
                        tuple("created", "Created container chatterie-prov-a."),
                        tuple("started", "Started container chatterie-prov-a."));
        assertThat(first.appliedGeneration()).isEqualTo(1);
        var seen = observed(first, "prov-a");
        assertThat(seen.status()).isEqualTo("running");
        assertThat(seen.specHash()).isEqualTo("v1");
        assertThat(seen.error()).isNull();

        var healthy = awaitHealthy(reconciler, desired, "prov-a", Duration.ofSeconds(20));
        assertThat(healthy.address()).matches("\\d+\\.\\d+\\.\\d+\\.\\d+");
        assertThat(fetchPage(healthy.address())).contains("Hello from prov-a");
        assertThat(docker.inspect("prov-a").getNetworkSettings().getNetworks()).containsOnlyKeys("chatterie");
    }

    @Test
    void aSecondPassWithNothingToChangeWritesNothing() {
        var desired = docker.desired(webapp("prov-b"));
        reconciler.reconcile(desired);
        String containerId = docker.inspect("prov-b").getId();
        int writesBefore = docker.writeCalls();

        var again = reconciler.reconcile(desired);

        assertThat(again.events()).isEmpty();
        assertThat(again.changedAnything()).isFalse();
        assertThat(docker.writeCalls()).as("POST/DELETE calls to Docker").isEqualTo(writesBefore);
        assertThat(docker.inspect("prov-b").getId()).isEqualTo(containerId);
        assertThat(docker.containersOf("prov-b")).hasSize(1);
    }

    @Test
    void hardensTheContainer() {
        reconciler.reconcile(docker.desired(webapp("prov-c")));

        var inspected = docker.inspect("prov-c");
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
        assertThat(inspected.getConfig().getEnv()).contains("CHATTERIE_INSTANCE=prov-c");
        assertThat(inspected.getConfig().getHostName()).isEqualTo("prov-c.example.org");
        assertThat(inspected.getConfig().getLabels())
                .containsEntry(Protocol.LABEL_MANAGED, "true")
                .containsEntry(Protocol.LABEL_INSTANCE, "prov-c")
                .containsEntry(Protocol.LABEL_NODE, docker.nodeId)
                .containsEntry(Protocol.LABEL_SPEC_HASH, "v1");
        assertThat(inspected.getConfig().getHealthcheck().getInterval()).isEqualTo(1_000_000_000L);
        var volume = docker.docker.inspectVolumeCmd(Protocol.volumeName("prov-c", "data")).exec();
        assertThat(volume.getLabels())
                .containsEntry(Protocol.LABEL_MANAGED, "true")
                .containsEntry(Protocol.LABEL_INSTANCE, "prov-c")
                .containsEntry(Protocol.LABEL_NODE, docker.nodeId)
                .containsEntry(Protocol.LABEL_VOLUME, "data")
                .containsEntry(Protocol.LABEL_BACKUP, "daily");
        // The limits hold at run time too: more processes than the pids limit cannot be started.
        String forked = DockerFixture.cli("exec", Protocol.containerName("prov-c"), "/bin/sh", "-c",
                "for i in $(seq 1 80); do sleep 5 & done 2>&1 | head -1; echo done");
        assertThat(forked).contains("can't fork");
    }

    @Test
    void reportsVolumeSizesUnderTheManifestsVolumeNames() {
        var desired = docker.desired(webapp("prov-d"));
        reconciler.reconcile(desired);
        docker.fillVolume(Protocol.volumeName("prov-d", "data"), "blob", 200_000);

        DockerFixture.await(Duration.ofSeconds(15), () -> {
            Long bytes = observed(reconciler.reconcile(desired), "prov-d").volumeBytes().get("data");
            return bytes != null && bytes >= 200_000;
        }, "the data volume to be measured at 200 kB or more");
    }
}
