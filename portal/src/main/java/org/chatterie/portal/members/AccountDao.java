package org.chatterie.portal.members;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Account.class)
@RegisterConstructorMapper(MemberRow.class)
interface AccountDao {

    @SqlQuery("select * from accounts where lower(email) = lower(:email)")
    Optional<Account> findByEmail(@Bind("email") String email);

    @SqlQuery("select * from accounts where id = :id")
    Optional<Account> findById(@Bind("id") long id);

    @SqlQuery("select exists (select 1 from accounts where role = 'ADMIN')")
    boolean adminExists();

    @UseClasspathSqlLocator
    @SqlUpdate
    @GetGeneratedKeys("id")
    long insert(@Bind("email") String email, @Bind("displayName") String displayName,
                @Bind("passwordHash") String passwordHash, @Bind("role") Role role,
                @Bind("planId") Long planId, @Bind("locale") String locale, @Bind("now") Instant now);

    @SqlUpdate("update accounts set state = :state, updated_at = :now where id = :id")
    int updateState(@Bind("id") long id, @Bind("state") AccountState state, @Bind("now") Instant now);

    @SqlUpdate("update accounts set plan_id = :planId, updated_at = :now where id = :id")
    int updatePlan(@Bind("id") long id, @Bind("planId") long planId, @Bind("now") Instant now);

    @SqlUpdate("update accounts set password_hash = :hash, updated_at = :now where id = :id")
    int updatePassword(@Bind("id") long id, @Bind("hash") String hash, @Bind("now") Instant now);

    @UseClasspathSqlLocator
    @SqlQuery
    List<MemberRow> findMembers(@Bind("search") String search, @Bind("state") String state,
                                @Bind("offset") int offset, @Bind("limit") int limit);

    @SqlQuery("select over_quota_since from accounts where id = :id")
    Optional<Instant> overQuotaSince(@Bind("id") long id);

    @SqlUpdate("update accounts set over_quota_since = :since where id = :id")
    void markOverQuota(@Bind("id") long id, @Bind("since") Instant since);

    @SqlQuery("select count(*) from accounts where role = 'MEMBER' and state = :state")
    long countMembers(@Bind("state") AccountState state);
}
