package org.chatterie.agent.node;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EnrollCommandTest {

    @Test
    void secretsTravelOnlyOverHttpsOrLoopback() {
        assertThatCode(() -> EnrollCommand.requireSafePortal("https://cloud.example.org", false)).doesNotThrowAnyException();
        assertThatCode(() -> EnrollCommand.requireSafePortal("http://127.0.0.1:8080", false)).doesNotThrowAnyException();
        assertThatCode(() -> EnrollCommand.requireSafePortal("http://localhost:8080", false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> EnrollCommand.requireSafePortal("http://cloud.example.org", false))
                .hasMessageContaining("must start with https://");
        assertThatCode(() -> EnrollCommand.requireSafePortal("http://cloud.example.org", true)).doesNotThrowAnyException();
        assertThatThrownBy(() -> EnrollCommand.requireSafePortal("ftp://cloud.example.org", true))
                .hasMessageContaining("https://");
    }
}
