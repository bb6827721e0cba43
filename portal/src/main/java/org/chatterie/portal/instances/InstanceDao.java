package org.chatterie.portal.instances;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.locator.UseClasspathSqlLocator;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Instance.class)
@RegisterConstructorMapper(InstanceRow.class)
interface InstanceDao {

    @SqlUpdate("insert into instances (id, account_id, app_id, node_id, address, spec, spec_hash, desired,"
            + " created_at, updated_at) values (:id, :accountId, :appId, :nodeId, :address, cast(:spec as jsonb),"
            + " :specHash, 'RUNNING', :now, :now)")
    void insert(@Bind("id") String id, @Bind("accountId") long accountId, @Bind("appId") String appId,
                @Bind("nodeId") String nodeId, @Bind("address") String address, @Bind("spec") String spec,
                @Bind("specHash") String specHash, @Bind("now") Instant now);

    @SqlQuery("select * from instances where id = :id and purged_at is null for update")
    Optional<Instance> findForUpdate(@Bind("id") String id);

    @SqlQuery("select * from instances where node_id = :nodeId and purged_at is null order by id")
    List<Instance> findOnNode(@Bind("nodeId") String nodeId);

    @SqlQuery("select * from instances where account_id = :accountId and purged_at is null and desired <> 'DELETED'")
    List<Instance> findActiveOf(@Bind("accountId") long accountId);

    @SqlQuery("select exists (select 1 from instances where address = :address and purged_at is null)")
    boolean addressTaken(@Bind("address") String address);

    @SqlUpdate("update instances set desired = :desired, suspended_by = :by, updated_at = :now where id = :id")
    void updateDesired(@Bind("id") String id, @Bind("desired") Desired desired, @Bind("by") String suspendedBy,
                       @Bind("now") Instant now);

    @SqlUpdate("update instances set desired = 'DELETED', deleted_generation = :generation, updated_at = :now"
            + " where id = :id")
    void markDeleted(@Bind("id") String id, @Bind("generation") long generation, @Bind("now") Instant now);

    @UseClasspathSqlLocator
    @SqlUpdate
    int recordObservation(@Bind("id") String id, @Bind("nodeId") String nodeId, @Bind("status") String status,
                          @Bind("health") String health, @Bind("hash") String hash, @Bind("error") String error,
                          @Bind("volumeBytes") Long volumeBytes, @Bind("containerAddress") String containerAddress,
                          @Bind("now") Instant now);

    @SqlUpdate("update instances set purged_at = :now where node_id = :nodeId and desired = 'DELETED'"
            + " and purged_at is null and deleted_generation <= :applied")
    int purgeApplied(@Bind("nodeId") String nodeId, @Bind("applied") long appliedGeneration, @Bind("now") Instant now);

    @SqlUpdate("update instances set purged_at = :now where node_id = :nodeId and desired = 'DELETED'"
            + " and purged_at is null")
    int purgeDeletedOnNode(@Bind("nodeId") String nodeId, @Bind("now") Instant now);

    @SqlUpdate("update instances set observed_error = :error, observed_at = :now where node_id = :nodeId"
            + " and purged_at is null")
    int markNodeLost(@Bind("nodeId") String nodeId, @Bind("error") String error, @Bind("now") Instant now);

    @UseClasspathSqlLocator
    @SqlQuery
    List<InstanceRow> findRows(@Bind("id") String id, @Bind("accountId") Long accountId, @Bind("nodeId") String nodeId,
                               @Bind("desired") Desired desired, @Bind("search") String search,
                               @Bind("offset") int offset, @Bind("limit") int limit);

    @SqlQuery("select coalesce(sum(volume_bytes), 0) from instances where account_id = :accountId and purged_at is null")
    long usedBytes(@Bind("accountId") long accountId);

    @SqlQuery("select distinct account_id from instances where node_id = :nodeId and purged_at is null")
    List<Long> accountsOnNode(@Bind("nodeId") String nodeId);

    @SqlQuery("select coalesce(sum((spec -> 'resources' ->> 'memoryBytes')::bigint), 0) from instances"
            + " where node_id = :nodeId and purged_at is null and desired <> 'DELETED'")
    long committedMemory(@Bind("nodeId") String nodeId);

    @SqlQuery("select count(*) from instances where purged_at is null and desired = :desired")
    long count(@Bind("desired") Desired desired);
}
