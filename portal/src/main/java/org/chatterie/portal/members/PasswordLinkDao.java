package org.chatterie.portal.members;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

interface PasswordLinkDao {

    @SqlUpdate("insert into password_links (token_hash, account_id, created_at, expires_at)"
            + " values (:hash, :accountId, :now, :expiresAt)")
    void insert(@Bind("hash") String hash, @Bind("accountId") long accountId, @Bind("now") Instant now,
                @Bind("expiresAt") Instant expiresAt);

    /** The account of a link that is neither used nor expired, locking the link row. */
    @SqlQuery("select account_id from password_links where token_hash = :hash and used_at is null"
            + " and expires_at > :now for update")
    Optional<Long> findUsableAccount(@Bind("hash") String hash, @Bind("now") Instant now);

    @SqlUpdate("update password_links set used_at = :now where token_hash = :hash")
    void markUsed(@Bind("hash") String hash, @Bind("now") Instant now);

    @SqlQuery("select count(*) from password_links where account_id = :accountId and created_at > :since")
    int countCreatedSince(@Bind("accountId") long accountId, @Bind("since") Instant since);

    /** A new link makes the older ones of the same account useless. */
    @SqlUpdate("update password_links set used_at = :now where account_id = :accountId and used_at is null")
    void retireAll(@Bind("accountId") long accountId, @Bind("now") Instant now);
}
