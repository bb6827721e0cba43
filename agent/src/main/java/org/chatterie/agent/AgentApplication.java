package org.chatterie.agent;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The node agent: turns the portal's desired state into containers on this node. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AgentApplication {

    public static void main(String[] args) {
        var context = SpringApplication.run(AgentApplication.class, args);
        AgentRunner runner = context.getBean(AgentRunner.class);
        if (runner.finished()) {
            // enroll, or a failure: done. 'run' keeps going on its own non-daemon loop thread.
            System.exit(SpringApplication.exit(context, runner));
        }
    }
}
