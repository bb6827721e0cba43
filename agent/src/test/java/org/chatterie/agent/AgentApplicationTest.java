package org.chatterie.agent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

@SpringBootTest
class AgentApplicationTest {

    @Autowired ApplicationContext context;

    @Test
    void startsWithoutAWebServer() {
        assertThat(context.getEnvironment().getProperty("spring.main.web-application-type")).isEqualTo("none");
        assertThat(context.containsBean("agentApplication")).isTrue();
    }
}
