package org.chatterie.portal.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import java.util.List;
import java.util.UUID;
import org.chatterie.portal.MailCatcher;
import org.chatterie.portal.PortalTest;
import org.chatterie.portal.audit.Actor;
import org.chatterie.portal.audit.AuditService;
import org.chatterie.portal.plans.Plan;
import org.chatterie.portal.plans.PlanService;
import org.chatterie.portal.system.InvalidInputException;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@PortalTest
class MemberServiceIT {

    private static final Actor ADMIN = new Actor("admin@chatterie.test", "127.0.0.1");

    @Autowired MemberService members;
    @Autowired org.chatterie.portal.members.PasswordService passwords;
    @Autowired PlanService plans;
    @Autowired AuditService audit;
    @Autowired GreenMail greenMail;
    @Autowired Jdbi jdbi;
    @Autowired UserDetailsService userDetails;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired org.springframework.security.core.session.SessionRegistry sessionRegistry;

    private static String uniqueEmail() {
        return "m-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private static Actor visitor() {
        return new Actor("anonymous", "client-" + UUID.randomUUID());
    }

    private long freePlan() {
        return plans.findOffered().stream().filter(p -> p.code().equals("free")).findFirst().orElseThrow().id();
    }

    private AccountRequest pendingFor(String email) {
        return members.pendingRequests().stream().filter(r -> r.email().equals(email)).findFirst().orElseThrow();
    }

    private int requestRows(String email) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from account_requests where lower(email) = lower(:e)")
                .bind("e", email).mapTo(Integer.class).one());
    }

    private AuthenticationManager login() {
        var provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(passwordEncoder);
        return new ProviderManager(provider);
    }

    @Test
    void theSeededPlansAreCozysThree() {
        assertThat(plans.findAll()).extracting(Plan::name, Plan::quotaGb)
                .startsWith(org.assertj.core.groups.Tuple.tuple("Free", 5L),
                        org.assertj.core.groups.Tuple.tuple("Association", 50L),
                        org.assertj.core.groups.Tuple.tuple("Large", 1000L));
    }

    @Test
    void aRequestIsStoredAndAudited() {
        String email = uniqueEmail();
        members.submitRequest(new AccountRequestInput("Marie Michu", email.toUpperCase(), freePlan(),
                "For the choir", true, "fr"), visitor());

        AccountRequest stored = pendingFor(email);
        assertThat(stored.name()).isEqualTo("Marie Michu");
        assertThat(stored.planName()).isEqualTo("Free");
        assertThat(audit.findByAction("request.submit")).anySatisfy(e -> assertThat(e.target()).isEqualTo(email));
    }

    @Test
    void aSecondPendingRequestForTheSameAddressIsRefusedPolitely() {
        String email = uniqueEmail();
        members.submitRequest(new AccountRequestInput("Marie", email, freePlan(), "why", true, "fr"), visitor());
        assertThatThrownBy(() -> members.submitRequest(
                new AccountRequestInput("Marie again", email, freePlan(), "why", true, "fr"), visitor()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).messageKey())
                        .isEqualTo("request.error.already-pending"));
        assertThat(requestRows(email)).isEqualTo(1);
    }

    @Test
    void badInputStoresNothing() {
        String email = uniqueEmail();
        List<AccountRequestInput> bad = List.of(
                new AccountRequestInput("", email, freePlan(), "why", true, "fr"),
                new AccountRequestInput("Marie", email, freePlan(), "", true, "fr"),
                new AccountRequestInput("Marie", email, freePlan(), "why", false, "fr"),
                new AccountRequestInput("M".repeat(5000), email, freePlan(), "why", true, "fr"),
                new AccountRequestInput("Marie", email, freePlan(), "w".repeat(100_000), true, "fr"),
                new AccountRequestInput("Marie", email, 999_999L, "why", true, "fr"),
                new AccountRequestInput("Marie", email, null, "why", true, "fr"),
                new AccountRequestInput("Marie", email.replace("@", " at "), freePlan(), "why", true, "fr"));
        for (AccountRequestInput input : bad) {
            assertThatThrownBy(() -> members.submitRequest(input, visitor()))
                    .as(input.toString().substring(0, Math.min(80, input.toString().length())))
                    .isInstanceOf(InvalidInputException.class);
        }
        assertThat(requestRows(email)).isZero();
        assertThat(requestRows(email.replace("@", " at "))).isZero();
    }

    @Test
    void anInactivePlanCannotBeRequested() {
        Plan hidden = plans.save(0, "Hidden " + UUID.randomUUID().toString().substring(0, 6), 7, true, ADMIN);
        plans.save(hidden.id(), hidden.name(), 7, false, ADMIN);
        String email = uniqueEmail();
        assertThatThrownBy(() -> members.submitRequest(
                new AccountRequestInput("Marie", email, hidden.id(), "why", true, "fr"), visitor()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.hasErrorOn("plan")).isTrue());
        assertThat(requestRows(email)).isZero();
    }

    @Test
    void oneAddressCannotFloodTheForm() {
        Actor flooder = visitor();
        for (int i = 0; i < 3; i++) {
            members.submitRequest(new AccountRequestInput("Bot", uniqueEmail(), freePlan(), "spam", true, "en"), flooder);
        }
        String fourth = uniqueEmail();
        assertThatThrownBy(() -> members.submitRequest(
                new AccountRequestInput("Bot", fourth, freePlan(), "spam", true, "en"), flooder))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).messageKey())
                        .isEqualTo("request.error.too-many"));
        assertThat(requestRows(fourth)).isZero();
    }

    @Test
    void approvalCreatesTheAccountMailsALinkAndTheLinkSetsThePasswordOnce() throws Exception {
        String email = uniqueEmail();
        members.submitRequest(new AccountRequestInput("Jean Dupont", email, freePlan(), "asso", true, "fr"), visitor());

        var decision = members.approve(pendingFor(email).id(), ADMIN);
        assertThat(decision.mailSent()).isTrue();
        var mail = MailCatcher.await(greenMail, email, 1);
        assertThat(mail.getSubject()).contains("est prêt");
        String token = MailCatcher.setPasswordToken(mail);

        assertThat(members.findByEmail(email)).get().satisfies(a -> {
            assertThat(a.activated()).isFalse();
            assertThat(a.role()).isEqualTo(Role.MEMBER);
        });
        assertThat(passwords.isPasswordLinkUsable(token)).isTrue();
        passwords.setPassword(token, "un long mot de passe", "un long mot de passe", visitor());
        assertThat(passwords.isPasswordLinkUsable(token)).isFalse();
        assertThatThrownBy(() -> passwords.setPassword(token, "another long password", "another long password", visitor()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.hasErrorOn("token")).isTrue());

        var auth = login().authenticate(new UsernamePasswordAuthenticationToken(email, "un long mot de passe"));
        assertThat(auth.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_MEMBER");
        assertThat(audit.findByAction("request.approve")).anySatisfy(e -> {
            assertThat(e.target()).isEqualTo(email);
            assertThat(e.actor()).isEqualTo(ADMIN.name());
            assertThat(e.remoteAddress()).isEqualTo("127.0.0.1");
        });
        assertThat(audit.findByAction("member.activate")).anySatisfy(e -> assertThat(e.target()).isEqualTo(email));
    }

    @Test
    void aRequestIsDecidedOnlyOnce() {
        String email = uniqueEmail();
        members.submitRequest(new AccountRequestInput("Once", email, freePlan(), "asso", true, "en"), visitor());
        long id = pendingFor(email).id();
        members.approve(id, ADMIN);
        assertThatThrownBy(() -> members.refuse(id, "changed my mind", ADMIN))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).messageKey())
                        .isEqualTo("requests.error.not-pending"));
        assertThatThrownBy(() -> members.approve(id, ADMIN)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void refusalNeedsAReasonAndMailsIt() throws Exception {
        String email = uniqueEmail();
        members.submitRequest(new AccountRequestInput("Bob", email, freePlan(), "why not", true, "en"), visitor());
        long id = pendingFor(email).id();

        assertThatThrownBy(() -> members.refuse(id, "   ", ADMIN)).isInstanceOf(InvalidInputException.class);
        assertThat(pendingFor(email).state()).isEqualTo(RequestState.PENDING);

        members.refuse(id, "We only host associations from Lyon.", ADMIN);
        var mail = MailCatcher.await(greenMail, email, 1);
        assertThat(mail.getSubject()).contains("Your account request");
        assertThat(MailCatcher.body(mail)).contains("We only host associations from Lyon.");
        assertThat(members.findByEmail(email)).isEmpty();
        assertThat(audit.findByAction("request.refuse")).anySatisfy(e -> assertThat(e.target()).isEqualTo(email));
    }

    @Test
    void aSuspendedMemberCannotLogInAndEveryChangeIsAudited() throws Exception {
        String email = uniqueEmail();
        members.submitRequest(new AccountRequestInput("Sue", email, freePlan(), "asso", true, "en"), visitor());
        members.approve(pendingFor(email).id(), ADMIN);
        String token = MailCatcher.setPasswordToken(MailCatcher.await(greenMail, email, 1));
        passwords.setPassword(token, "sue's long password", "sue's long password", visitor());
        long id = members.findByEmail(email).orElseThrow().id();

        var principal = userDetails.loadUserByUsername(email);
        sessionRegistry.registerNewSession("session-of-" + email, principal);

        members.changeState(id, AccountState.SUSPENDED, ADMIN);
        assertThat(sessionRegistry.getSessionInformation("session-of-" + email).isExpired()).isTrue();
        assertThatThrownBy(() -> login().authenticate(
                new UsernamePasswordAuthenticationToken(email, "sue's long password")))
                .isInstanceOf(LockedException.class);

        members.changeState(id, AccountState.ACTIVE, ADMIN);
        assertThat(login().authenticate(new UsernamePasswordAuthenticationToken(email, "sue's long password"))
                .isAuthenticated()).isTrue();

        long association = plans.findAll().stream().filter(p -> p.code().equals("association")).findFirst()
                .orElseThrow().id();
        members.changePlan(id, association, ADMIN);
        assertThat(members.myCloud(email)).get().satisfies(c -> {
            assertThat(c.planName()).isEqualTo("Association");
            assertThat(c.quotaBytes()).isEqualTo(50 * Plan.GB);
            assertThat(c.usedBytes()).isZero();
        });
        assertThat(audit.find(email, 0, 50)).extracting(e -> e.action())
                .contains("member.suspend", "member.reactivate", "member.plan");
    }

    @Test
    void aForgottenPasswordIsResetByMailAndTheFormTellsNobodyWhoIsAMember() throws Exception {
        String email = uniqueEmail();
        members.submitRequest(new AccountRequestInput("Flo", email, freePlan(), "asso", true, "en"), visitor());
        members.approve(pendingFor(email).id(), ADMIN);
        passwords.setPassword(MailCatcher.setPasswordToken(MailCatcher.await(greenMail, email, 1)),
                "first long password", "first long password", visitor());

        passwords.requestPasswordReset("  " + email.toUpperCase() + " ", visitor());
        var mail = MailCatcher.await(greenMail, email, 2);
        assertThat(mail.getSubject()).isEqualTo("A new password for Chatterie");
        passwords.setPassword(MailCatcher.setPasswordToken(mail), "second long password", "second long password",
                visitor());
        assertThat(login().authenticate(new UsernamePasswordAuthenticationToken(email, "second long password"))
                .isAuthenticated()).isTrue();
        assertThat(audit.findByAction("member.password-reset")).anySatisfy(e -> assertThat(e.target()).isEqualTo(email));

        // Unknown addresses get the same silent answer, and one account gets at most 3 links an hour.
        passwords.requestPasswordReset("nobody-" + email, visitor());
        assertThat(MailCatcher.to(greenMail, "nobody-" + email)).isEmpty();
        for (int i = 0; i < 4; i++) {
            passwords.requestPasswordReset(email, visitor());
        }
        // 3 links an hour per account in all: the welcome link, the first reset, and one more.
        // Mail is sent synchronously, so once the third is there no fourth can still be on its way.
        MailCatcher.await(greenMail, email, 3);
        assertThat(MailCatcher.to(greenMail, email)).hasSize(3);
        assertThatThrownBy(() -> passwords.requestPasswordReset("x".repeat(300), visitor()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anAdminCannotSuspendThemself() {
        long adminId = members.findByEmail(ADMIN.name()).orElseThrow().id();
        assertThatThrownBy(() -> members.changeState(adminId, AccountState.SUSPENDED, ADMIN))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anExistingAccountCannotBeRequestedAgain() {
        assertThatThrownBy(() -> members.submitRequest(
                new AccountRequestInput("Eve", ADMIN.name(), freePlan(), "take over", true, "en"), visitor()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().get(0).messageKey())
                        .isEqualTo("request.error.account-exists"));
    }

    @Test
    void theFirstAdminComesFromConfigurationAndSetupIsClosed(@Autowired FirstAdminSetup setup) {
        assertThat(members.adminExists()).isTrue();
        assertThat(setup.isSetupOpen()).isFalse();
        assertThatThrownBy(() -> setup.complete("anything", "Mallory", "mallory@example.org",
                "a long enough password", "a long enough password", visitor()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(members.findByEmail("mallory@example.org")).isEmpty();
    }
}
