package org.chatterie.portal.nodes;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.chatterie.protocol.NodeReport.NodeFacts;

@RegisterConstructorMapper(Node.class)
interface NodeDao {

    @SqlQuery("select * from nodes order by state, lower(name)")
    List<Node> findAll();

    @SqlQuery("select * from nodes where id = :id")
    Optional<Node> findById(@Bind("id") String id);

    @SqlQuery("select exists (select 1 from nodes where lower(name) = lower(:name) and state = 'ACTIVE')")
    boolean activeNameExists(@Bind("name") String name);

    @SqlUpdate("insert into nodes (id, name, public_key, state, enrolled_at, enrolled_by, hostname, agent_version)"
            + " values (:id, :name, cast(:publicKey as jsonb), 'ACTIVE', :now, :by, :hostname, :agentVersion)")
    void insert(@Bind("id") String id, @Bind("name") String name, @Bind("publicKey") String publicKey,
                @Bind("now") Instant now, @Bind("by") String by, @Bind("hostname") String hostname,
                @Bind("agentVersion") String agentVersion);

    @SqlUpdate("update nodes set state = 'REVOKED', revoked_at = :now where id = :id and state = 'ACTIVE'")
    int revoke(@Bind("id") String id, @Bind("now") Instant now);

    @SqlUpdate("update nodes set last_seen_at = :now, hostname = :f.hostname, cpus = :f.cpus,"
            + " memory_bytes = :f.memoryBytes, disk_total_bytes = :f.diskTotalBytes,"
            + " disk_free_bytes = :f.diskFreeBytes, docker_version = :f.dockerVersion,"
            + " agent_version = :f.agentVersion, applied_generation = greatest(applied_generation, :applied)"
            + " where id = :id")
    void recordReport(@Bind("id") String id, @Bind("now") Instant now, @BindMethods("f") NodeFacts facts,
                      @Bind("applied") long appliedGeneration);

    @SqlUpdate("update nodes set last_seen_at = :now where id = :id")
    void touch(@Bind("id") String id, @Bind("now") Instant now);

    @SqlQuery("update nodes set desired_generation = desired_generation + 1 where id = :id returning desired_generation")
    long bumpGeneration(@Bind("id") String id);

    @SqlQuery("select count(*) from nodes where state = :state")
    long count(@Bind("state") NodeState state);
}
