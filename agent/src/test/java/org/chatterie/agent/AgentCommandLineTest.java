package org.chatterie.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AgentCommandLineTest {

    @Test
    void readsEnrollWithSpaceOrEqualsOptions() {
        var line = AgentCommandLine.parse(new String[] {"enroll", "--portal", "http://p:8080", "--token=abc",
                "--chatterie.agent.state-dir=/tmp/x"});
        assertThat(line.command()).isEqualTo("enroll");
        assertThat(line.require("portal")).isEqualTo("http://p:8080");
        assertThat(line.require("token")).isEqualTo("abc");
    }

    @Test
    void runIsTheDefault() {
        assertThat(AgentCommandLine.parse(new String[] {"--chatterie.agent.poll-interval=1s"}).command()).isEqualTo("run");
    }

    @Test
    void namesWhatIsMissingOrWrong() {
        assertThatThrownBy(() -> AgentCommandLine.parse(new String[] {"enrol"}))
                .hasMessageContaining("Unknown command 'enrol'");
        assertThatThrownBy(() -> AgentCommandLine.parse(new String[] {"enroll", "--portal", "http://p"}).require("token"))
                .hasMessageContaining("Missing --token");
    }
}
