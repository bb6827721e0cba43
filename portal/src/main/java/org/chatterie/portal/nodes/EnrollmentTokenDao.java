package org.chatterie.portal.nodes;

import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

interface EnrollmentTokenDao {

    @SqlUpdate("insert into enrollment_tokens (token_hash, node_name, created_by, created_at, expires_at)"
            + " values (:hash, :name, :by, :now, :expiresAt)")
    void insert(@Bind("hash") String hash, @Bind("name") String nodeName, @Bind("by") String createdBy,
                @Bind("now") Instant now, @Bind("expiresAt") Instant expiresAt);

    /** The node name of a token that is neither used nor expired, locking the row. */
    @SqlQuery("select node_name from enrollment_tokens where token_hash = :hash and used_at is null"
            + " and expires_at > :now for update")
    Optional<String> findUsable(@Bind("hash") String hash, @Bind("now") Instant now);

    @SqlQuery("select created_by from enrollment_tokens where token_hash = :hash")
    Optional<String> creatorOf(@Bind("hash") String hash);

    @SqlUpdate("update enrollment_tokens set used_at = :now, node_id = :nodeId where token_hash = :hash")
    void markUsed(@Bind("hash") String hash, @Bind("now") Instant now, @Bind("nodeId") String nodeId);
}
