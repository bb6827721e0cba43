package org.chatterie.portal.plans;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Plan.class)
interface PlanDao {

    @SqlQuery("select * from plans order by position, id")
    List<Plan> findAll();

    @SqlQuery("select * from plans where id = :id")
    Optional<Plan> findById(@Bind("id") long id);

    @SqlQuery("select * from plans where lower(name) = lower(:name) and id <> :id")
    Optional<Plan> findOtherByName(@Bind("name") String name, @Bind("id") long id);

    @SqlUpdate("update plans set name = :name, quota_bytes = :quotaBytes, active = :active where id = :id")
    int update(@Bind("id") long id, @Bind("name") String name, @Bind("quotaBytes") long quotaBytes,
               @Bind("active") boolean active);

    @SqlUpdate("insert into plans (code, name, quota_bytes, position, active)"
            + " values (:code, :name, :quotaBytes, (select coalesce(max(position), 0) + 1 from plans), :active)")
    @GetGeneratedKeys("id")
    long insert(@Bind("code") String code, @Bind("name") String name, @Bind("quotaBytes") long quotaBytes,
                @Bind("active") boolean active);
}
