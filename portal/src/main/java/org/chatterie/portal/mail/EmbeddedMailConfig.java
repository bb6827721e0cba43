package org.chatterie.portal.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.chatterie.portal.system.ChatterieProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** A real SMTP server on loopback, used when the host has not configured one. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
class EmbeddedMailConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMailConfig.class);

    @Bean(destroyMethod = "stop")
    GreenMail greenMail(ChatterieProperties properties) {
        var setup = new ServerSetup(properties.mail().embeddedPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        var greenMail = new GreenMail(properties.mail().embeddedPort() == 0 ? setup.dynamicPort() : setup);
        greenMail.start();
        log.info("No SMTP server configured (spring.mail.host): mail goes to the in-process server on"
                + " 127.0.0.1:{} and shows in the admin's Dev mailbox", greenMail.getSmtp().getPort());
        return greenMail;
    }

    @Bean
    JavaMailSender javaMailSender(GreenMail greenMail) {
        var sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }

    @Bean
    DevMailbox devMailbox(GreenMail greenMail) {
        return new DevMailbox(greenMail);
    }
}
