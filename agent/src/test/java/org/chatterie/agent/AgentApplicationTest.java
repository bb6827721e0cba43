package org.chatterie.agent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Started with no enrollment, the agent says so and stops instead of running blind. */
@SpringBootTest(properties = "chatterie.agent.state-dir=target/not-enrolled")
class AgentApplicationTest {

    @Autowired AgentRunner runner;

    @Test
    void refusesToRunBeforeEnrollment() {
        assertThat(runner.finished()).isTrue();
        assertThat(runner.getExitCode()).isEqualTo(1);
    }
}
