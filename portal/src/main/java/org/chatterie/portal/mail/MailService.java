package org.chatterie.portal.mail;

import org.chatterie.portal.system.ChatterieProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Sends plain-text mail. Failures are reported to the caller, never thrown at a person:
 * the caller says in words what happened and offers a way to send again.
 */
@Service
public class MailService {

    private static final Logger log = LoggerFactory.getLogger(MailService.class);

    private final JavaMailSender sender;
    private final ChatterieProperties properties;

    public MailService(JavaMailSender sender, ChatterieProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    /** @return whether the SMTP server accepted the message */
    public boolean send(String to, String subject, String body) {
        var message = new SimpleMailMessage();
        message.setFrom(properties.mail().from());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        try {
            sender.send(message);
            return true;
        } catch (MailException e) {
            // The body may hold a one-time link: log the failure, never the content.
            log.warn("Mail \"{}\" to {} could not be sent: {}", subject, to, e.getMessage());
            return false;
        }
    }
}
