package org.chatterie.agent.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.chatterie.agent.docker.DockerFixture.awaitHealthy;
import static org.chatterie.agent.docker.DockerFixture.observed;
import static org.chatterie.agent.docker.TestSpecs.webapp;
import static org.chatterie.agent.docker.TestSpecs.withEnv;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.chatterie.protocol.InstanceSpec;
import org.chatterie.protocol.NodeReport.AgentEvent;
import org.chatterie.protocol.Protocol;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The states a kill -9 can leave behind, made on the real engine with the agent's own building
 * blocks, and the next pass converging from each: one container per instance, data intact.
 */
class CrashSafetyIT {

    static DockerFixture docker;
    static Reconciler reconciler;
    static ContainerTemplate template;
    static VolumeReconciler volumes;

    @BeforeAll
    static void start() {
        docker = DockerFixture.start("it-crash");
        var settings = docker.settings();
        reconciler = docker.reconciler(settings);
        template = new ContainerTemplate(settings.networkName(), settings.fallbackResources(), settings.stopTimeout());
        volumes = new VolumeReconciler(docker.docker);
        // The network exists before any of the half-made states below, as the agent creates it first.
        reconciler.reconcile(docker.desired(0, List.of(), List.of()));
    }

    @AfterAll
    static void cleanUp() {
        docker.close();
    }

    @Test
    void killedAfterCreatingTheVolumeOnly() {
        var spec = webapp(docker.id("crash-volume"));
        createVolumes(docker.nodeId, spec, "from before the crash");

        var result = reconciler.reconcile(docker.desired(spec));

        assertThat(result.events()).extracting(AgentEvent::kind).containsExactly("created", "started");
        assertConverged(spec, "from before the crash");
    }

    @Test
    void killedAfterCreatingTheContainerButBeforeStartingIt() {
        String id = docker.id("crash-created");
        var spec = webapp(id);
        createVolumes(docker.nodeId, spec, "half-made");
        template.createCommand(docker.docker, docker.nodeId, spec).exec();
        assertThat(docker.inspect(id).getState().getStatus()).isEqualTo("created");

        var result = reconciler.reconcile(docker.desired(spec));

        assertThat(result.events()).extracting(AgentEvent::kind).containsExactly("started");
        assertConverged(spec, "half-made");
    }

    @Test
    void killedBeforeReplacingARunningContainerOfAnOldSpec() {
        String id = docker.id("crash-old");
        var old = withEnv(webapp(id), Map.of("APP_GREETING", "old"), "v0");
        createVolumes(docker.nodeId, old, "precious");
        String oldId = template.createCommand(docker.docker, docker.nodeId, old).exec().getId();
        docker.docker.startContainerCmd(oldId).exec();
        var current = withEnv(old, Map.of("APP_GREETING", "new"), "v1");

        var result = reconciler.reconcile(docker.desired(current));

        assertThat(result.events()).extracting(AgentEvent::kind).containsExactly("recreated", "started");
        assertThat(docker.inspect(id).getId()).isNotEqualTo(oldId);
        assertConverged(current, "precious");
    }

    @Test
    void killedBetweenStoppingAndRemovingTheOldContainer() {
        String id = docker.id("crash-stopped");
        var old = withEnv(webapp(id), Map.of("APP_GREETING", "old"), "v0");
        createVolumes(docker.nodeId, old, "still here");
        String oldId = template.createCommand(docker.docker, docker.nodeId, old).exec().getId();
        docker.docker.startContainerCmd(oldId).exec();
        docker.docker.stopContainerCmd(oldId).withTimeout(3).exec();
        var current = withEnv(old, Map.of("APP_GREETING", "new"), "v1");

        var result = reconciler.reconcile(docker.desired(current));

        assertThat(result.events()).extracting(AgentEvent::kind).containsExactly("recreated", "started");
        assertConverged(current, "still here");
    }

    @Test
    void aContainerLeftByAnEarlierEnrolmentOfThisNodeIsReplacedNotDuplicated() {
        String oldNode = docker.nodeId + "-old-enrolment";
        docker.alsoCleanNode(oldNode);
        String id = docker.id("crash-renode");
        var spec = webapp(id);
        // As the earlier enrolment left them: a volume and a container labelled with the old node id.
        createVolumes(oldNode, spec, "from the old enrolment");
        String oldId = template.createCommand(docker.docker, oldNode, spec).exec().getId();

        var result = reconciler.reconcile(docker.desired(spec));

        assertThat(result.events()).extracting(AgentEvent::kind).containsExactly("recreated", "started");
        var inspected = docker.inspect(id);
        assertThat(inspected.getId()).isNotEqualTo(oldId);
        assertThat(inspected.getConfig().getLabels()).containsEntry(Protocol.LABEL_NODE, docker.nodeId);
        assertConverged(spec, "from the old enrolment");
    }

    @Test
    void aDuplicateOfTheInstanceUnderAnotherNameIsRemoved() {
        String id = docker.id("crash-dup");
        var spec = webapp(id);
        reconciler.reconcile(docker.desired(spec));
        String copyName = Protocol.containerName(id) + "-copy";
        docker.docker.createContainerCmd(TestSpecs.IMAGE).withName(copyName)
                .withLabels(ContainerTemplate.labels(docker.nodeId, spec)).exec();

        var result = reconciler.reconcile(docker.desired(spec));

        assertThat(result.events()).extracting(AgentEvent::kind, AgentEvent::message)
                .containsExactly(tuple("removed", "Removed duplicate container " + copyName + "."));
        assertConverged(spec, null);
    }

    /** Exactly one container, built from the current spec, healthy, with the volume's data intact. */
    private void assertConverged(InstanceSpec spec, String marker) {
        var desired = docker.desired(spec);
        var healthy = awaitHealthy(reconciler, desired, spec.instanceId(), Duration.ofSeconds(20));
        assertThat(healthy.specHash()).isEqualTo(spec.specHash());
        assertThat(docker.containersOf(spec.instanceId())).hasSize(1);
        if (marker != null) {
            assertThat(docker.readFromVolume(Protocol.volumeName(spec.instanceId(), "data"), "marker")).isEqualTo(marker);
        }
        var again = reconciler.reconcile(desired);
        assertThat(again.events()).as("converged: the next pass has nothing to do").isEmpty();
        assertThat(observed(again, spec.instanceId()).error()).isNull();
    }

    private void createVolumes(String nodeId, InstanceSpec spec, String marker) {
        volumes.ensure(nodeId, spec, Map.of(), new PassLog(Clock.systemUTC()));
        docker.writeIntoVolume(Protocol.volumeName(spec.instanceId(), "data"), "marker", marker);
    }
}
