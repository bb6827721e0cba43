package org.chatterie.portal.members;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(AccountRequest.class)
interface AccountRequestDao {

    @UseClasspathSqlLocator
    @SqlUpdate
    void insert(@Bind("name") String name, @Bind("email") String email, @Bind("planId") long planId,
                @Bind("reason") String reason, @Bind("locale") String locale, @Bind("now") Instant now,
                @Bind("from") String from);

    @UseClasspathSqlLocator
    @SqlQuery
    List<AccountRequest> findByState(@Bind("state") RequestState state);

    @UseClasspathSqlLocator
    @SqlQuery
    Optional<AccountRequest> findByIdForUpdate(@Bind("id") long id);

    @SqlQuery("select exists (select 1 from account_requests where lower(email) = lower(:email) and state = 'PENDING')")
    boolean pendingExists(@Bind("email") String email);

    @SqlQuery("select count(*) from account_requests where requested_from = :from and requested_at > :since")
    int countFromSince(@Bind("from") String from, @Bind("since") Instant since);

    @SqlQuery("select count(*) from account_requests where lower(email) = lower(:email) and requested_at > :since")
    int countForEmailSince(@Bind("email") String email, @Bind("since") Instant since);

    @SqlQuery("select count(*) from account_requests where state = 'PENDING'")
    long countPending();

    @SqlUpdate("update account_requests set state = 'APPROVED', decided_at = :now, decided_by = :by,"
            + " account_id = :accountId where id = :id and state = 'PENDING'")
    int markApproved(@Bind("id") long id, @Bind("now") Instant now, @Bind("by") String by,
                     @Bind("accountId") long accountId);

    @SqlUpdate("update account_requests set state = 'REFUSED', decided_at = :now, decided_by = :by,"
            + " refusal_reason = :reason where id = :id and state = 'PENDING'")
    int markRefused(@Bind("id") long id, @Bind("now") Instant now, @Bind("by") String by,
                    @Bind("reason") String reason);
}
