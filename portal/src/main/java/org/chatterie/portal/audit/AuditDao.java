package org.chatterie.portal.audit;

import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(AuditEntry.class)
interface AuditDao {

    @SqlUpdate("insert into audit_log (at, actor, action, target, detail, remote_address)"
            + " values (:at, :actor, :action, :target, :detail, :remoteAddress)")
    void insert(@Bind("at") Instant at, @Bind("actor") String actor, @Bind("action") String action,
                @Bind("target") String target, @Bind("detail") String detail,
                @Bind("remoteAddress") String remoteAddress);

    @SqlQuery("select * from audit_log where (:search = '' or actor ilike '%' || :search || '%'"
            + " or action ilike '%' || :search || '%' or target ilike '%' || :search || '%')"
            + " order by at desc, id desc limit :limit offset :offset")
    List<AuditEntry> find(@Bind("search") String search, @Bind("offset") int offset, @Bind("limit") int limit);

    @SqlQuery("select * from audit_log where action = :action order by id desc")
    List<AuditEntry> findByAction(@Bind("action") String action);
}
