package org.chatterie.agent.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.chatterie.agent.docker.DockerFixture.observed;
import static org.chatterie.agent.docker.TestSpecs.webapp;
import static org.chatterie.agent.docker.TestSpecs.withImage;

import java.time.Duration;
import java.util.List;
import org.chatterie.protocol.DesiredState;
import org.chatterie.protocol.InstanceSpec.VolumeSpec;
import org.chatterie.protocol.NodeReport.AgentEvent;
import org.chatterie.protocol.Protocol;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the agent may touch, and what it refuses, on the real engine. */
class OwnershipIT {

    static DockerFixture docker;

    @BeforeAll
    static void start() {
        docker = DockerFixture.start("it-ownership");
    }

    @AfterAll
    static void cleanUp() {
        docker.close();
    }

    @Test
    void anOrphanIsRemovedOnlyAfterItsGracePeriodAndItsVolumeIsKept() {
        // A node id of its own, so that the other tests' containers are not orphans here.
        String node = docker.nodeId + "-orphan";
        String id = docker.id("own-orphan");
        var reconciler = docker.reconciler(docker.settings().withOrphanGracePeriod(Duration.ofSeconds(2)));
        reconciler.reconcile(docker.desiredOn(node, 1, List.of(webapp(id))));
        var forgotten = docker.desiredOn(node, 2, List.of());

        assertThat(reconciler.reconcile(forgotten).events()).as("first sighting starts the grace period").isEmpty();
        DockerFixture.sleep(Duration.ofMillis(500));
        assertThat(reconciler.reconcile(forgotten).events()).as("still within the grace period").isEmpty();
        assertThat(docker.containersOf(id)).hasSize(1);

        DockerFixture.sleep(Duration.ofMillis(1800));
        var collected = reconciler.reconcile(forgotten);

        assertThat(collected.events()).extracting(AgentEvent::instanceId, AgentEvent::kind)
                .containsExactly(tuple(id, "orphan-removed"));
        assertThat(docker.containersOf(id)).isEmpty();
        assertThat(docker.volumeExists(id, "data")).as("orphans' volumes are never collected").isTrue();
    }

    @Test
    void anOrphanClaimedAgainWithinTheGracePeriodIsKept() {
        String node = docker.nodeId + "-back";
        String id = docker.id("own-back");
        var reconciler = docker.reconciler(docker.settings().withOrphanGracePeriod(Duration.ofSeconds(1)));
        var spec = webapp(id);
        reconciler.reconcile(docker.desiredOn(node, 1, List.of(spec)));
        reconciler.reconcile(docker.desiredOn(node, 2, List.of()));
        reconciler.reconcile(docker.desiredOn(node, 3, List.of(spec)));
        DockerFixture.sleep(Duration.ofMillis(1200));

        var forgottenAgain = reconciler.reconcile(docker.desiredOn(node, 4, List.of()));

        assertThat(forgottenAgain.events()).as("a new grace period starts").isEmpty();
        assertThat(docker.containersOf(id)).hasSize(1);
    }

    @Test
    void anUnlabelledContainerWithOurNameIsNeverTouched() {
        String node = docker.nodeId + "-foo";
        String foo = docker.id("own-foo");
        String fine = docker.id("own-fine");
        String name = Protocol.containerName(foo);
        docker.alsoCleanContainer(name);
        String strangerId = docker.docker.createContainerCmd(TestSpecs.IMAGE).withName(name).exec().getId();
        var reconciler = docker.reconciler(docker.settings().withOrphanGracePeriod(Duration.ZERO));

        // Neither orphan collection with no grace at all, nor a tombstone, nor a desired instance may touch it.
        reconciler.reconcile(docker.desiredOn(node, 1, List.of()));
        reconciler.reconcile(new DesiredState(Protocol.VERSION, node, 2, "example.org", List.of(), List.of(foo)));
        var claimed = reconciler.reconcile(docker.desiredOn(node, 3, List.of(webapp(foo), webapp(fine))));

        var stranger = docker.docker.inspectContainerCmd(name).exec();
        assertThat(stranger.getId()).isEqualTo(strangerId);
        assertThat(stranger.getState().getStatus()).isEqualTo("created");
        assertThat(stranger.getConfig().getLabels()).doesNotContainKey(Protocol.LABEL_MANAGED);
        var refused = observed(claimed, foo);
        assertThat(refused.status()).isEqualTo("missing");
        assertThat(refused.error()).isEqualTo("A container named " + name + " already exists and is not managed by"
                + " Chatterie; the agent leaves it alone. Rename or remove it so the instance can be created.");
        assertThat(observed(claimed, fine).status()).isEqualTo("running");
    }

    @Test
    void aVolumeWithOurNameThatIsNotOursIsNeitherMountedNorRemoved() {
        String id = docker.id("own-vol");
        String volume = Protocol.volumeName(id, "data");
        docker.alsoCleanVolume(volume);
        docker.docker.createVolumeCmd().withName(volume).exec();
        var reconciler = docker.reconciler(docker.settings());

        var result = reconciler.reconcile(docker.desired(webapp(id)));

        assertThat(observed(result, id).error()).isEqualTo("A volume named " + volume + " already exists but does not belong to Chatterie; the agent will not"
                + " mount it. Remove or rename it, or label it for this instance.");
        assertThat(docker.containersOf(id)).isEmpty();
        reconciler.reconcile(docker.desired(2, List.of(), List.of(id)));
        assertThat(docker.volumeExists(id, "data")).as("a tombstone removes only labelled volumes").isTrue();
    }

    @Test
    void aMissingImageIsReportedInWordsAndTheOtherInstancesGoOn() {
        String missing = docker.id("own-noimage");
        String present = docker.id("own-withimage");
        var reconciler = docker.reconciler(docker.settings());

        var result = reconciler.reconcile(docker.desired(
                withImage(webapp(missing), "chatterie/not-on-this-node:0"), webapp(present)));

        var failed = observed(result, missing);
        assertThat(failed.status()).isEqualTo("missing");
        assertThat(failed.error()).startsWith("The image chatterie/not-on-this-node:0 is not present on this node;");
        assertThat(result.events()).extracting(AgentEvent::instanceId, AgentEvent::kind).contains(tuple(missing, "failed"));
        var fine = observed(result, present);
        assertThat(fine.status()).isEqualTo("running");
        assertThat(fine.error()).isNull();
    }

    @Test
    void aSpecAskingForTheDockerSocketIsRefusedBeforeAnythingIsCreated() {
        String id = docker.id("own-sock");
        var reconciler = docker.reconciler(docker.settings());
        var greedy = TestSpecs.withVolumes(webapp(id), List.of(new VolumeSpec("sock", "/var/run/docker.sock", "none")));

        var result = reconciler.reconcile(docker.desired(greedy));

        assertThat(observed(result, id).error()).contains("Docker socket").contains("refused");
        assertThat(docker.containersOf(id)).isEmpty();
        assertThat(docker.volumeExists(id, "sock")).isFalse();
    }
}
