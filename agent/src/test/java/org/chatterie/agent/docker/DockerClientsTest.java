package org.chatterie.agent.docker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DockerClientsTest {

    @Test
    void speaksTheEnginesVersionWhenItIsOlderThanDockerJavas() {
        assertThat(DockerClients.negotiate("1.41", "1.12")).isEqualTo("1.41");
    }

    @Test
    void speaksDockerJavasNewestWhenTheEngineIsNewer() {
        assertThat(DockerClients.negotiate("1.50", "1.24")).isEqualTo("1.44");
        assertThat(DockerClients.negotiate("1.44", "1.24")).isEqualTo("1.44");
    }

    @Test
    void refusesAnEngineTooOldOrTooNewInWords() {
        assertThatThrownBy(() -> DockerClients.negotiate("1.19", "1.12"))
                .isInstanceOf(DockerUnavailableException.class)
                .hasMessageContaining("please upgrade Docker");
        assertThatThrownBy(() -> DockerClients.negotiate("1.60", "1.50"))
                .isInstanceOf(DockerUnavailableException.class)
                .hasMessageContaining("its minimum is 1.50");
        assertThatThrownBy(() -> DockerClients.negotiate("", ""))
                .isInstanceOf(DockerUnavailableException.class)
                .hasMessageContaining("did not say which API version");
    }
}
