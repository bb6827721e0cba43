package org.chatterie.portal.members;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import java.util.UUID;
import org.chatterie.portal.Browser;
import org.chatterie.portal.MailCatcher;
import org.chatterie.portal.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The journey of a new member, in a real browser, as a person would walk it: request an
 * account, the admin approves, the mail arrives, the member sets a password, logs in and
 * sees "my cloud". And the refusal path. Screenshots land in target/screenshots.
 */
@PortalTest
class AccountJourneyIT {

    private static final String ADMIN = "admin@chatterie.test";
    private static final String ADMIN_PASSWORD = "correct horse battery staple";

    @LocalServerPort int port;
    @Autowired GreenMail greenMail;
    @Autowired MemberService members;

    private String baseUrl() {
        return "http://localhost:" + port;
    }

    private long pendingRequestId(String email) {
        return members.pendingRequests().stream().filter(r -> r.email().equals(email)).findFirst().orElseThrow().id();
    }

    @Test
    void aNewMemberIsApprovedSetsAPasswordAndSeesTheirCloud() throws Exception {
        String email = "marie-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        try (var visitor = new Browser(baseUrl(), "fr")) {
            visitor.open("/login").click("request-account-link");
            visitor.waitForText("Demander un cloud personnel");
            visitor.type("name", "Marie Michu").type("email", email)
                    .choose("plan", "Association")
                    .type("reason", "Pour la chorale du quartier")
                    .check("terms");
            visitor.screenshot("01-request-form");
            visitor.click("submit");
            assertThat(visitor.text("request-received")).contains("Merci").contains(email);
        }

        try (var admin = new Browser(baseUrl(), "en")) {
            admin.logIn(ADMIN, ADMIN_PASSWORD);
            assertThat(admin.currentPath()).isEqualTo("/admin");
            admin.open("/admin/requests");
            admin.waitForText(email);
            admin.screenshot("02-pending-requests");
            admin.click("approve-" + pendingRequestId(email));
            admin.waitForText("Approved");
            admin.open("/admin/audit");
            admin.waitForText("request.approve");
        }

        var mail = MailCatcher.await(greenMail, email, 1);
        assertThat(mail.getSubject()).isEqualTo("Votre compte chez Chatterie est prêt");
        String token = MailCatcher.setPasswordToken(mail);

        try (var member = new Browser(baseUrl(), "fr")) {
            member.open("/set-password/" + token);
            member.type("password", "court").type("confirmation", "court").click("save-password");
            assertThat(member.fieldError("password")).contains("Au moins 12 caractères");
            member.type("password", "ma chorale chante juste").type("confirmation", "ma chorale chante juste")
                    .click("save-password");
            member.element("password-set");

            member.logIn(email, "ma chorale chante juste");
            assertThat(member.currentPath()).isEqualTo("/my-cloud");
            assertThat(member.text("cloud-plan")).contains("Association");
            assertThat(member.text("cloud-quota")).isEqualTo("0 o utilisés sur 50 Go");
            member.screenshot("03-my-cloud");
            assertThat(member.text("main-nav")).contains("Mon cloud").doesNotContain("Membres");

            member.open("/admin/requests");
            assertThat(member.pageText()).doesNotContain(email).doesNotContain("Demandes de compte");

            member.open("/set-password/" + token);
            assertThat(member.text("link-invalid")).contains("expiré");

            // Forgotten already: the login page leads to a new link by mail.
            member.open("/my-cloud").logOut();
            member.clickCss("vaadin-login-form vaadin-button[slot='forgot-password']");
            member.waitForText("Mot de passe oublié");
            member.type("email", email).click("send-link");
            assertThat(member.text("link-sent")).contains(email);
        }
        assertThat(MailCatcher.await(greenMail, email, 2).getSubject()).isEqualTo("Un nouveau mot de passe chez Chatterie");
    }

    @Test
    void aRefusedRequesterGetsTheReasonByMail() throws Exception {
        String email = "bob-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        try (var visitor = new Browser(baseUrl(), "en")) {
            visitor.open("/request-account");
            visitor.click("submit");
            assertThat(visitor.fieldError("name")).isEqualTo("Please enter your name.");
            assertThat(visitor.fieldError("terms")).contains("accept the terms");
            visitor.type("name", "Bob").type("email", "not-an-address").choose("plan", "Free")
                    .type("reason", "Testing").check("terms").click("submit");
            assertThat(visitor.fieldError("email")).contains("not a valid e-mail address");
            visitor.type("email", email).click("submit");
            visitor.element("request-received");
        }

        try (var admin = new Browser(baseUrl(), "fr")) {
            admin.logIn(ADMIN, ADMIN_PASSWORD);
            admin.open("/admin/requests");
            admin.waitForText(email);
            admin.click("refuse-" + pendingRequestId(email));
            admin.click("confirm-refuse");
            assertThat(admin.fieldError("refusal-reason")).contains("motif");
            admin.type("refusal-reason", "Nous n'accueillons que les associations lyonnaises.")
                    .click("confirm-refuse");
            admin.waitForText("Refusée");
        }

        var mail = MailCatcher.await(greenMail, email, 1);
        assertThat(mail.getSubject()).isEqualTo("Your account request at Chatterie");
        assertThat(MailCatcher.body(mail)).contains("Nous n'accueillons que les associations lyonnaises.");
        assertThat(members.findByEmail(email)).isEmpty();
    }
}
