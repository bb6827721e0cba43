package org.chatterie.agent.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.chatterie.agent.docker.DockerFixture.observed;
import static org.chatterie.agent.docker.DockerFixture.webapp;
import static org.chatterie.agent.docker.DockerFixture.withImage;

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
        // A node of its own, so that other tests' containers are not orphans here.
        String node = docker.nodeId + "-orphan";
        var reconciler = docker.reconciler(DockerFixture.fastSettings().withOrphanGracePeriod(Duration.ofSeconds(2)));
        reconciler.reconcile(docker.desiredOn(node, 1, List.of(webapp("own-orphan"))));
        var forgotten = docker.desiredOn(node, 2, List.of());

        assertThat(reconciler.reconcile(forgotten).events()).as("first sighting starts the grace period").isEmpty();
        DockerFixture.sleep(Duration.ofMillis(500));
        assertThat(reconciler.reconcile(forgotten).events()).as("still within the grace period").isEmpty();
        assertThat(docker.containersOf("own-orphan")).hasSize(1);

        DockerFixture.sleep(Duration.ofMillis(1800));
        var collected = reconciler.reconcile(forgotten);

        assertThat(collected.events()).extracting(AgentEvent::instanceId, AgentEvent::kind)
                .containsExactly(tuple("own-orphan", "orphan-removed"));
        assertThat(docker.containersOf("own-orphan")).isEmpty();
        assertThat(docker.volumeExists("own-orphan", "data")).as("orphans' volumes are never collected").isTrue();
    }

    @Test
    void anOrphanClaimedAgainWithinTheGracePeriodIsKept() {
        String node = docker.nodeId + "-back";
        var reconciler = docker.reconciler(DockerFixture.fastSettings().withOrphanGracePeriod(Duration.ofSeconds(1)));
        var spec = webapp("own-back");
        reconciler.reconcile(docker.desiredOn(node, 1, List.of(spec)));
        reconciler.reconcile(docker.desiredOn(node, 2, List.of()));
        reconciler.reconcile(docker.desiredOn(node, 3, List.of(spec)));
        DockerFixture.sleep(Duration.ofMillis(1200));

        var forgottenAgain = reconciler.reconcile(docker.desiredOn(node, 4, List.of()));

        assertThat(forgottenAgain.events()).as("a new grace period starts").isEmpty();
        assertThat(docker.containersOf("own-back")).hasSize(1);
    }

    @Test
    void anUnlabelledContainerWithOurNameIsNeverTouched() {
        String name = Protocol.containerName("own-foo");
        docker.alsoCleanContainer(name);
        String strangerId = docker.docker.createContainerCmd(DockerFixture.IMAGE).withName(name).exec().getId();
        String node = docker.nodeId + "-foo";
        var reconciler = docker.reconciler(DockerFixture.fastSettings().withOrphanGracePeriod(Duration.ZERO));

        // Neither an orphan with no grace at all, nor a tombstone, nor a desired instance may touch it.
        reconciler.reconcile(docker.desiredOn(node, 1, List.of()));
        reconciler.reconcile(new DesiredState(Protocol.VERSION, node, 2, "example.org", List.of(), List.of("own-foo")));
        var claimed = reconciler.reconcile(docker.desiredOn(node, 3, List.of(webapp("own-foo"), webapp("own-fine"))));

        var stranger = docker.docker.inspectContainerCmd(name).exec();
        assertThat(stranger.getId()).isEqualTo(strangerId);
        assertThat(stranger.getState().getStatus()).isEqualTo("created");
        assertThat(stranger.getConfig().getLabels()).doesNotContainKey(Protocol.LABEL_MANAGED);
        var foo = observed(claimed, "own-foo");
        assertThat(foo.status()).isEqualTo("missing");
        assertThat(foo.error()).isEqualTo("A container named chatterie-own-foo already exists and is not managed by"
                + " Chatterie; the agent leaves it alone. Rename or remove it so the instance can be created.");
        assertThat(observed(claimed, "own-fine").status()).isEqualTo("running");
    }

    @Test
    void aMissingImageIsReportedInWordsAndTheOtherInstancesGoOn() {
        var reconciler = docker.reconciler(DockerFixture.fastSettings());
        var missing = withImage(webapp("own-noimage"), "chatterie/not-on-this-node:0");

        var result = reconciler.reconcile(docker.desired(missing, webapp("own-withimage")));

        var failed = observed(result, "own-noimage");
        assertThat(failed.status()).isEqualTo("missing");
        assertThat(failed.error()).startsWith("The image chatterie/not-on-this-node:0 is not present on this node;");
        assertThat(result.events()).extracting(AgentEvent::instanceId, AgentEvent::kind)
                .contains(tuple("own-noimage", "failed"));
        var fine = observed(result, "own-withimage");
        assertThat(fine.status()).isEqualTo("running");
        assertThat(fine.error()).isNull();
    }

    @Test
    void aSpecAskingForTheDockerSocketIsRefusedBeforeAnythingIsCreated() {
        var reconciler = docker.reconciler(DockerFixture.fastSettings());
        var greedy = DockerFixture.withVolumes(webapp("own-sock"), List.of(new VolumeSpec("sock", "/var/run/docker.sock", "none")));

        var result = reconciler.reconcile(docker.desired(greedy));

        assertThat(observed(result, "own-sock").error()).contains("Docker socket").contains("refused");
        assertThat(docker.containersOf("own-sock")).isEmpty();
        assertThat(docker.volumeExists("own-sock", "sock")).isFalse();
    }
}
