package org.chatterie.agent.docker;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.exception.NotFoundException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

class DockerErrorsTest {

    @Test
    void keepsTheEnginesOwnWords() {
        var error = new NotFoundException("Status 404: {\"message\":\"No such image: \\\"nope:1\\\"\"}\n");
        assertThat(DockerErrors.sentence("create container chatterie-a", error))
                .isEqualTo("Could not create container chatterie-a: the Docker Engine said \"No such image: \"nope:1\"\".");
    }

    @Test
    void saysWhenTheEngineIsSilentOrAbsent() {
        var timeout = new RuntimeException(new UncheckedIOException(new SocketTimeoutException("Read timed out")));
        assertThat(DockerErrors.reason(timeout)).isEqualTo("the Docker Engine did not answer in time");
        var refused = new RuntimeException(new ConnectException("Connection refused"));
        assertThat(DockerErrors.reason(refused))
                .isEqualTo("the Docker Engine is not reachable (Connection refused); is dockerd running?");
        var noSocket = new RuntimeException(new SocketException("java.net.SocketException: No such file or directory"));
        assertThat(DockerErrors.reason(noSocket))
                .isEqualTo("the Docker Engine is not reachable (No such file or directory); is dockerd running?");
    }

    @Test
    void neverReturnsAnEmptyReason() {
        assertThat(DockerErrors.reason(new IllegalStateException())).isEqualTo("an unexpected IllegalStateException");
        assertThat(DockerErrors.reason(new IllegalStateException("disk full."))).isEqualTo("disk full");
    }
}
