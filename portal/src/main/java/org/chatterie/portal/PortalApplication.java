package org.chatterie.portal;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of the Chatterie portal: admin UI, member self-service and public request form. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Push
public class PortalApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(PortalApplication.class, args);
    }
}
