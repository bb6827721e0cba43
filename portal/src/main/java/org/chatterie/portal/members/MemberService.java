package org.chatterie.portal.members;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.chatterie.portal.audit.Actor;
import org.chatterie.portal.audit.AuditService;
import org.chatterie.portal.plans.Plan;
import org.chatterie.portal.plans.PlanService;
import org.chatterie.portal.system.ChatterieProperties;
import org.chatterie.portal.system.InvalidInputException;
import org.chatterie.portal.system.Like;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * The members feature: account requests and decisions, accounts and their state, passwords.
 * Each change and its audit entry commit in one transaction; mail goes out after the commit,
 * and a mail that fails is reported, not rolled back (the admin can send the link again).
 */
@Service
public class MemberService {

    /** What came of a decision: it is stored; {@code mailSent} says whether the mail left. */
    public record Decision(String email, boolean mailSent) {}

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditService audit;
    private final PlanService plans;
    private final MemberMailer mailer;
    private final PasswordEncoder passwordEncoder;
    private final ChatterieProperties properties;
    private final SessionTerminator sessions;
    private final ApplicationEventPublisher events;

    public MemberService(Jdbi jdbi, Clock clock, AuditService audit, PlanService plans, MemberMailer mailer,
                         PasswordEncoder passwordEncoder, ChatterieProperties properties, SessionTerminator sessions,
                         ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.events = events;
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.plans = plans;
        this.mailer = mailer;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
    }

    // --- requests -------------------------------------------------------------------------

    /** Stores a request from the public form, or explains (per field) why it cannot. */
    public void submitRequest(AccountRequestInput raw, Actor requester) {
        AccountRequestInput input = AccountRequestValidator.validate(raw);
        Plan plan = plans.findById(input.planId()).filter(Plan::active)
                .orElseThrow(() -> InvalidInputException.of("plan", "request.error.plan-unknown"));
        Instant now = clock.instant();
        var limits = properties.requests();
        try {
            jdbi.useTransaction(handle -> {
                AccountRequestDao requests = handle.attach(AccountRequestDao.class);
                if (requests.countFromSince(requester.address(), now.minus(Duration.ofHours(1)))
                        >= limits.maxPerAddressPerHour()
                        || requests.countForEmailSince(input.email(), now.minus(Duration.ofDays(1)))
                        >= limits.maxPerEmailPerDay()) {
                    throw InvalidInputException.of("form", "request.error.too-many");
                }
                if (requests.pendingExists(input.email())) {
                    throw InvalidInputException.of("email", "request.error.already-pending");
                }
                if (handle.attach(AccountDao.class).findByEmail(input.email()).isPresent()) {
                    throw InvalidInputException.of("email", "request.error.account-exists");
                }
                requests.insert(input.name(), input.email(), plan.id(), input.reason(), input.locale(), now,
                        requester.address());
                audit.record(handle, requester, "request.submit", input.email(), plan.name());
            });
        } catch (UnableToExecuteStatementException e) {
            // Two identical requests racing: the unique index on pending e-mails kept one.
            if (e.getCause() instanceof java.sql.SQLException sql && sql.getMessage() != null
                    && sql.getMessage().contains("account_requests_one_pending")) {
                throw InvalidInputException.of("email", "request.error.already-pending");
            }
            throw e;
        }
    }

    public List<AccountRequest> pendingRequests() {
        return jdbi.withExtension(AccountRequestDao.class, dao -> dao.findByState(RequestState.PENDING));
    }

    public long countPendingRequests() {
        return jdbi.withExtension(AccountRequestDao.class, AccountRequestDao::countPending);
    }

    /** Creates the member's account and mails a link to set a password. */
    public Decision approve(long requestId, Actor admin) {
        Instant now = clock.instant();
        record Approved(AccountRequest request, String token) {}
        Approved approved = jdbi.inTransaction(handle -> {
            AccountRequest request = pendingRequest(handle.attach(AccountRequestDao.class), requestId);
            AccountDao accounts = handle.attach(AccountDao.class);
            if (accounts.findByEmail(request.email()).isPresent()) {
                throw InvalidInputException.of("request", "requests.error.account-exists");
            }
            long accountId = accounts.insert(request.email(), request.name(), null, Role.MEMBER,
                    request.planId(), request.locale(), now);
            handle.attach(AccountRequestDao.class).markApproved(requestId, now, admin.name(), accountId);
            String token = PasswordLinks.create(handle, accountId, now, properties.requests().passwordLinkValidity());
            audit.record(handle, admin, "request.approve", request.email(), request.planName());
            return new Approved(request, token);
        });
        AccountRequest request = approved.request();
        boolean sent = mailer.sendWelcome(request.email(), request.name(), request.planName(), approved.token(),
                request.locale());
        return new Decision(request.email(), sent);
    }

    /** Refuses a request; the reason is mailed to the person as written. */
    public Decision refuse(long requestId, String reason, Actor admin) {
        String cleanReason = reason == null ? "" : reason.strip();
        if (cleanReason.isEmpty()) {
            throw InvalidInputException.of("reason", "requests.error.reason-required");
        }
        if (cleanReason.length() > 1000) {
            throw InvalidInputException.of("reason", "requests.error.reason-too-long", 1000);
        }
        Instant now = clock.instant();
        AccountRequest request = jdbi.inTransaction(handle -> {
            AccountRequestDao requests = handle.attach(AccountRequestDao.class);
            AccountRequest pending = pendingRequest(requests, requestId);
            requests.markRefused(requestId, now, admin.name(), cleanReason);
            audit.record(handle, admin, "request.refuse", pending.email(), cleanReason);
            return pending;
        });
        boolean sent = mailer.sendRefusal(request.email(), request.name(), cleanReason, request.locale());
        return new Decision(request.email(), sent);
    }

    private static AccountRequest pendingRequest(AccountRequestDao requests, long requestId) {
        return requests.findByIdForUpdate(requestId)
                .filter(r -> r.state() == RequestState.PENDING)
                .orElseThrow(() -> InvalidInputException.of("request", "requests.error.not-pending"));
    }

    // --- accounts ------------------------------------------------------------------------

    public List<MemberRow> findMembers(String search, AccountState state, int offset, int limit) {
        String term = Like.escape(search);
        String stateName = state == null ? "" : state.name();
        return jdbi.withExtension(AccountDao.class, dao -> dao.findMembers(term, stateName, offset, limit));
    }

    public long countMembers(AccountState state) {
        return jdbi.withExtension(AccountDao.class, dao -> dao.countMembers(state));
    }

    /** What a person sees on "my cloud". Storage used is 0 until instances exist. */
    public record MyCloud(String displayName, String email, Role role, String planName, long quotaBytes,
                          long usedBytes) {}

    public Optional<MyCloud> myCloud(String email) {
        return findByEmail(email).map(account -> {
            Optional<Plan> plan = account.planId() == null ? Optional.empty() : plans.findById(account.planId());
            return new MyCloud(account.displayName(), account.email(), account.role(),
                    plan.map(Plan::name).orElse(null), plan.map(Plan::quotaBytes).orElse(0L), 0L);
        });
    }

    public Optional<Account> findById(long accountId) {
        return jdbi.withExtension(AccountDao.class, dao -> dao.findById(accountId));
    }

    /** The plan's quota in bytes; 0 for an account without a plan. */
    public long quotaOf(Account account) {
        return account.planId() == null ? 0 : plans.findById(account.planId()).map(Plan::quotaBytes).orElse(0L);
    }

    public Optional<Instant> overQuotaSince(long accountId) {
        return jdbi.withExtension(AccountDao.class, dao -> dao.overQuotaSince(accountId));
    }

    public void markOverQuota(long accountId, Instant since) {
        jdbi.useExtension(AccountDao.class, dao -> dao.markOverQuota(accountId, since));
    }

    public Optional<Account> findByEmail(String email) {
        return jdbi.withExtension(AccountDao.class, dao -> dao.findByEmail(email));
    }

    public void changeState(long accountId, AccountState newState, Actor admin) {
        String email = jdbi.inTransaction(handle -> {
            AccountDao accounts = handle.attach(AccountDao.class);
            Account account = accounts.findById(accountId)
                    .orElseThrow(() -> InvalidInputException.of("member", "members.error.unknown"));
            if (account.email().equalsIgnoreCase(admin.name())) {
                throw InvalidInputException.of("member", "members.error.not-yourself");
            }
            if (account.state() == newState) {
                return account.email();
            }
            accounts.updateState(accountId, newState, clock.instant());
            String action = newState == AccountState.SUSPENDED ? "member.suspend" : "member.reactivate";
            audit.record(handle, admin, action, account.email(), account.state() + " -> " + newState);
            return account.email();
        });
        if (newState == AccountState.SUSPENDED) {
            sessions.endSessionsOf(email);
            events.publishEvent(new MemberSuspended(accountId, email));
        }
    }

    public void changePlan(long accountId, long planId, Actor admin) {
        Plan plan = plans.findById(planId)
                .orElseThrow(() -> InvalidInputException.of("plan", "request.error.plan-unknown"));
        jdbi.useTransaction(handle -> {
            AccountDao accounts = handle.attach(AccountDao.class);
            Account account = accounts.findById(accountId)
                    .orElseThrow(() -> InvalidInputException.of("member", "members.error.unknown"));
            if (account.planId() != null && account.planId() == planId) {
                return;
            }
            accounts.updatePlan(accountId, planId, clock.instant());
            audit.record(handle, admin, "member.plan", account.email(), plan.name());
        });
    }

    // --- first administrator -------------------------------------------------------------

    public boolean adminExists() {
        return jdbi.withExtension(AccountDao.class, AccountDao::adminExists);
    }

    /** Creates the first admin; refused once any admin exists, so it cannot be replayed. */
    public void createFirstAdmin(String name, String email, String password, String confirmation, Actor actor) {
        var checked = AccountRequestValidator.validate(
                new AccountRequestInput(name, email, 0L, "first admin", true, "fr"));
        PasswordPolicy.check(password, confirmation);
        String hash = passwordEncoder.encode(password);
        jdbi.useTransaction(handle -> {
            AccountDao accounts = handle.attach(AccountDao.class);
            if (accounts.adminExists()) {
                throw InvalidInputException.of("form", "setup.error.done");
            }
            accounts.insert(checked.email(), checked.name(), hash, Role.ADMIN, null, "fr", clock.instant());
            audit.record(handle, actor, "admin.create-first", checked.email(), "");
        });
    }
}
