package org.chatterie.agent.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchRuntimeException;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.chatterie.protocol.Protocol;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The connection itself, against the real engine: version negotiation and bounded calls. */
class DockerEngineIT {

    static DockerFixture docker;

    @BeforeAll
    static void start() {
        docker = DockerFixture.start("it-engine");
    }

    @AfterAll
    static void cleanUp() {
        docker.close();
    }

    @Test
    void negotiatesTheLowerApiVersionAndWorks() {
        String engineApi = DockerFixture.cli("version", "--format", "{{.Server.APIVersion}}").strip();
        String expected = DockerClients.negotiate(engineApi, "");

        assertThat(docker.engine.apiVersion()).isEqualTo(expected);
        assertThat(docker.engine.engineVersion()).isNotBlank();
        // A versioned call succeeds: 1.44 paths would be refused by a 1.41 engine.
        assertThat(docker.docker.infoCmd().exec().getServerVersion()).isEqualTo(docker.engine.engineVersion());
    }

    @Test
    void aCallLongerThanTheResponseTimeoutFailsInTimeAndInWords() {
        // busybox httpd as PID 1 without an init ignores SIGTERM, so a stop waits its full timeout.
        String name = Protocol.containerName(docker.id("engine-slow"));
        docker.docker.createContainerCmd(TestSpecs.IMAGE).withName(name)
                .withLabels(Map.of(Protocol.LABEL_NODE, docker.nodeId)).exec();
        docker.docker.startContainerCmd(name).exec();
        var impatient = new DockerSettings(DockerSettings.DEFAULT_HOST, Duration.ofSeconds(5), Duration.ofSeconds(1),
                Duration.ofSeconds(1));

        try (var engine = DockerClients.connect(impatient)) {
            long started = System.nanoTime();
            var error = catchRuntimeException(() -> engine.client().stopContainerCmd(name).withTimeout(20).exec());
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(took).isLessThan(Duration.ofSeconds(5));
            assertThat(DockerErrors.sentence("stop container " + name, error))
                    .isEqualTo("Could not stop container " + name + ": the Docker Engine did not answer in time.");
        }
    }

    @Test
    void refusesAStopTimeoutTheHttpClientWouldNotWaitFor() {
        assertThatThrownBy(() -> new Reconciler(docker.engine, docker.settings().withStopTimeout(Duration.ofSeconds(29))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be at least 5 seconds shorter than the Docker response timeout (30 s)");
    }

    @Test
    void saysInWordsWhenThereIsNoEngine() {
        var nowhere = DockerSettings.of(URI.create("unix:///tmp/chatterie-no-docker-here.sock"));

        assertThatThrownBy(() -> DockerClients.connect(nowhere))
                .isInstanceOf(DockerUnavailableException.class)
                .hasMessageStartingWith("Could not reach the Docker Engine at unix:///tmp/chatterie-no-docker-here.sock: ")
                .hasMessageNotContaining("Exception");
    }
}
