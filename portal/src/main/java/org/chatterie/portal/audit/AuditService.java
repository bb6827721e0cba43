package org.chatterie.portal.audit;

import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.chatterie.portal.system.Like;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Service;

/** Writes audit entries inside the caller's transaction and reads them for the audit view. */
@Service
public class AuditService {

    private final Jdbi jdbi;
    private final Clock clock;

    public AuditService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Records an action within the transaction of {@code handle}. */
    public void record(Handle handle, Actor actor, String action, String target, String detail) {
        handle.attach(AuditDao.class).insert(clock.instant(), actor.name(), action, target,
                detail == null ? "" : detail, actor.address());
    }

    /** Records an action in a transaction of its own (for actions with no other change). */
    public void record(Actor actor, String action, String target, String detail) {
        jdbi.useTransaction(handle -> record(handle, actor, action, target, detail));
    }

    public List<AuditEntry> find(String search, int offset, int limit) {
        String term = Like.escape(search);
        return jdbi.withExtension(AuditDao.class, dao -> dao.find(term, offset, limit));
    }

    public List<AuditEntry> findByAction(String action) {
        return jdbi.withExtension(AuditDao.class, dao -> dao.findByAction(action));
    }
}
