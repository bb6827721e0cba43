package org.chatterie.portal.members;

import java.util.Locale;
import org.chatterie.portal.mail.MailService;
import org.chatterie.portal.system.ChatterieProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The mails members receive, in the language they used on the request form. */
@Component
class MemberMailer {

    private final MailService mail;
    private final MessageSource messages;
    private final ChatterieProperties properties;

    MemberMailer(MailService mail, MessageSource messages, ChatterieProperties properties) {
        this.mail = mail;
        this.messages = messages;
        this.properties = properties;
    }

    boolean sendWelcome(String to, String name, String planName, String token, String language) {
        Locale locale = Locale.forLanguageTag(language);
        String link = properties.publicUrl().replaceAll("/+$", "") + "/set-password/" + token;
        long hours = properties.requests().passwordLinkValidity().toHours();
        return mail.send(to,
                messages.getMessage("mail.welcome.subject", new Object[] {properties.hostName()}, locale),
                messages.getMessage("mail.welcome.body",
                        new Object[] {name, properties.hostName(), planName, link, hours}, locale));
    }

    boolean sendPasswordReset(String to, String name, String token, String language) {
        Locale locale = Locale.forLanguageTag(language);
        String link = properties.publicUrl().replaceAll("/+$", "") + "/set-password/" + token;
        long hours = properties.requests().passwordLinkValidity().toHours();
        return mail.send(to,
                messages.getMessage("mail.reset.subject", new Object[] {properties.hostName()}, locale),
                messages.getMessage("mail.reset.body", new Object[] {name, properties.hostName(), link, hours}, locale));
    }

    boolean sendRefusal(String to, String name, String reason, String language) {
        Locale locale = Locale.forLanguageTag(language);
        return mail.send(to,
                messages.getMessage("mail.refusal.subject", new Object[] {properties.hostName()}, locale),
                messages.getMessage("mail.refusal.body", new Object[] {name, properties.hostName(), reason}, locale));
    }
}
