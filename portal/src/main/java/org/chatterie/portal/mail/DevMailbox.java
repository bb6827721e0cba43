package org.chatterie.portal.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/** Reads what the in-process SMTP server received, newest first. */
public class DevMailbox {

    /** A received mail, flattened for display. */
    public record ReceivedMail(String to, String subject, String body, java.time.Instant sentAt) {}

    private final GreenMail greenMail;

    DevMailbox(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    public List<ReceivedMail> messages() {
        var messages = new ArrayList<>(Arrays.asList(greenMail.getReceivedMessages()));
        Collections.reverse(messages);
        return messages.stream().map(DevMailbox::flatten).toList();
    }

    private static ReceivedMail flatten(Message message) {
        try {
            String to = Arrays.stream(message.getAllRecipients())
                    .map(a -> a instanceof InternetAddress ia ? ia.getAddress() : a.toString())
                    .collect(Collectors.joining(", "));
            return new ReceivedMail(to, message.getSubject(), GreenMailUtil.getBody(message).strip(),
                    message.getSentDate() == null ? null : message.getSentDate().toInstant());
        } catch (MessagingException e) {
            return new ReceivedMail("?", "(unreadable: " + e.getMessage() + ")", "", null);
        }
    }
}
