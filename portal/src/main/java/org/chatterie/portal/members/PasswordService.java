package org.chatterie.portal.members;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.chatterie.portal.audit.Actor;
import org.chatterie.portal.audit.AuditService;
import org.chatterie.portal.plans.Plan;
import org.chatterie.portal.plans.PlanService;
import org.chatterie.portal.system.ChatterieProperties;
import org.chatterie.portal.system.InvalidInputException;
import org.jdbi.v3.core.Jdbi;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Passwords of local accounts: one-time links (sent on approval, again by an admin, or asked
 * for with "forgot my password") and setting the password through one. Split from
 * {@link MemberService} so each stays small; both belong to the members feature.
 */
@Service
public class PasswordService {

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditService audit;
    private final PlanService plans;
    private final MemberMailer mailer;
    private final PasswordEncoder passwordEncoder;
    private final ChatterieProperties properties;

    public PasswordService(Jdbi jdbi, Clock clock, AuditService audit, PlanService plans, MemberMailer mailer,
                           PasswordEncoder passwordEncoder, ChatterieProperties properties) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.plans = plans;
        this.mailer = mailer;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
    }

    /** Sends a fresh set-password link (the older ones stop working). */
    public MemberService.Decision resendPasswordLink(long accountId, Actor admin) {
        Instant now = clock.instant();
        record Link(Account account, String planName, String token) {}
        Link link = jdbi.inTransaction(handle -> {
            Account account = handle.attach(AccountDao.class).findById(accountId)
                    .orElseThrow(() -> InvalidInputException.of("member", "members.error.unknown"));
            String token = PasswordLinks.create(handle, accountId, now, properties.requests().passwordLinkValidity());
            audit.record(handle, admin, "member.password-link", account.email(), "");
            String planName = account.planId() == null ? "" : plans.findById(account.planId()).map(Plan::name).orElse("");
            return new Link(account, planName, token);
        });
        boolean sent = mailer.sendWelcome(link.account().email(), link.account().displayName(), link.planName(),
                link.token(), link.account().locale());
        return new MemberService.Decision(link.account().email(), sent);
    }

    /**
     * "Forgot my password": mails a one-time link to an active account. The answer is the same
     * whether or not the address has an account, so the form tells nobody who is a member; at
     * most three links an hour per account, so it cannot be used to flood someone's mailbox.
     */
    public void requestPasswordReset(String email, Actor requester) {
        String address = email == null ? "" : email.strip();
        if (address.isEmpty() || address.length() > AccountRequestValidator.MAX_EMAIL) {
            throw InvalidInputException.of("email", "request.error.email-invalid");
        }
        Instant now = clock.instant();
        record Link(Account account, String token) {}
        Link link = jdbi.inTransaction(handle -> {
            Account account = handle.attach(AccountDao.class).findByEmail(address)
                    .filter(a -> a.state() == AccountState.ACTIVE).orElse(null);
            if (account == null
                    || handle.attach(PasswordLinkDao.class).countCreatedSince(account.id(), now.minus(Duration.ofHours(1))) >= 3) {
                return null;
            }
            String token = PasswordLinks.create(handle, account.id(), now, properties.requests().passwordLinkValidity());
            audit.record(handle, new Actor(account.email(), requester.address()), "member.password-link-requested",
                    account.email(), "");
            return new Link(account, token);
        });
        if (link != null) {
            mailer.sendPasswordReset(link.account().email(), link.account().displayName(), link.token(),
                    link.account().locale());
        }
    }

    public boolean isPasswordLinkUsable(String token) {
        return jdbi.withHandle(handle -> PasswordLinks.isUsable(handle, token, clock.instant()));
    }

    /** Sets the password of the account a one-time link belongs to; the link is then used up. */
    public String setPassword(String token, String password, String confirmation, Actor actor) {
        PasswordPolicy.check(password, confirmation);
        String hash = passwordEncoder.encode(password);
        Instant now = clock.instant();
        return jdbi.inTransaction(handle -> {
            long accountId = PasswordLinks.consume(handle, token, now)
                    .orElseThrow(() -> InvalidInputException.of("token", "password.error.link-invalid"));
            AccountDao accounts = handle.attach(AccountDao.class);
            Account account = accounts.findById(accountId).orElseThrow();
            accounts.updatePassword(accountId, hash, now);
            audit.record(handle, new Actor(account.email(), actor.address()),
                    account.activated() ? "member.password-reset" : "member.activate", account.email(), "");
            return account.email();
        });
    }
}
