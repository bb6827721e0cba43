package org.chatterie.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the mail the portal really sent through SMTP to the in-process server. */
public final class MailCatcher {

    private static final Pattern SET_PASSWORD = Pattern.compile("/set-password/([A-Za-z0-9_-]+)");

    private MailCatcher() {}

    public static List<MimeMessage> to(GreenMail greenMail, String address) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> isFor(m, address)).toList();
    }

    /** Waits (briefly) for the n-th mail to an address. */
    public static MimeMessage await(GreenMail greenMail, String address, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            var mails = to(greenMail, address);
            if (mails.size() >= count) {
                return mails.get(count - 1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No mail #" + count + " to " + address);
    }

    public static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
    }

    public static String setPasswordToken(MimeMessage message) {
        Matcher matcher = SET_PASSWORD.matcher(body(message));
        assertThat(matcher.find()).as("set-password link in mail").isTrue();
        return matcher.group(1);
    }

    private static boolean isFor(Message message, String address) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            return false;
        }
    }
}
