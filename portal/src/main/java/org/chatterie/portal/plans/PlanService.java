package org.chatterie.portal.plans;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.chatterie.portal.audit.Actor;
import org.chatterie.portal.audit.AuditService;
import org.chatterie.portal.system.InvalidInputException;
import org.jdbi.v3.core.Jdbi;
import org.springframework.stereotype.Service;

/** Lists and edits plans; every change is audited. */
@Service
public class PlanService {

    static final int MAX_NAME = 60;
    static final long MAX_QUOTA_GB = 100_000;

    private final Jdbi jdbi;
    private final AuditService audit;

    public PlanService(Jdbi jdbi, AuditService audit) {
        this.jdbi = jdbi;
        this.audit = audit;
    }

    public List<Plan> findAll() {
        return jdbi.withExtension(PlanDao.class, PlanDao::findAll);
    }

    public List<Plan> findOffered() {
        return findAll().stream().filter(Plan::active).toList();
    }

    public Optional<Plan> findById(long id) {
        return jdbi.withExtension(PlanDao.class, dao -> dao.findById(id));
    }

    /** Creates ({@code id == 0}) or updates a plan. */
    public Plan save(long id, String name, long quotaGb, boolean active, Actor actor) {
        String cleanName = name == null ? "" : name.strip();
        var errors = new InvalidInputException.Builder();
        if (cleanName.isEmpty()) {
            errors.add("name", "plans.error.name-required");
        } else if (cleanName.length() > MAX_NAME) {
            errors.add("name", "plans.error.name-too-long", MAX_NAME);
        }
        if (quotaGb < 1 || quotaGb > MAX_QUOTA_GB) {
            errors.add("quota", "plans.error.quota-range", MAX_QUOTA_GB);
        }
        errors.throwIfAny();
        return jdbi.inTransaction(handle -> {
            PlanDao dao = handle.attach(PlanDao.class);
            if (dao.findOtherByName(cleanName, id).isPresent()) {
                throw InvalidInputException.of("name", "plans.error.name-taken");
            }
            long quotaBytes = quotaGb * Plan.GB;
            long planId = id;
            if (id == 0) {
                String code = cleanName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                        + "-" + UUID.randomUUID().toString().substring(0, 8);
                planId = dao.insert(code, cleanName, quotaBytes, active);
                audit.record(handle, actor, "plan.create", cleanName, quotaGb + " GB");
            } else {
                Plan before = dao.findById(id).orElseThrow(() -> InvalidInputException.of("plan", "plans.error.unknown"));
                dao.update(id, cleanName, quotaBytes, active);
                audit.record(handle, actor, "plan.update", cleanName,
                        before.name() + " " + before.quotaGb() + " GB " + (before.active() ? "active" : "inactive")
                                + " -> " + cleanName + " " + quotaGb + " GB " + (active ? "active" : "inactive"));
            }
            return dao.findById(planId).orElseThrow();
        });
    }
}
