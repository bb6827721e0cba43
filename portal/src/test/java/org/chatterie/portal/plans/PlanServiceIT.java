package org.chatterie.portal.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.chatterie.portal.PortalTest;
import org.chatterie.portal.audit.Actor;
import org.chatterie.portal.audit.AuditService;
import org.chatterie.portal.system.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PortalTest
class PlanServiceIT {

    private static final Actor ADMIN = new Actor("admin@chatterie.test", "127.0.0.1");

    @Autowired PlanService plans;
    @Autowired AuditService audit;

    @Test
    void anAdminCreatesAndEditsAPlan() {
        String name = "Collectif " + UUID.randomUUID().toString().substring(0, 6);
        Plan created = plans.save(0, name, 20, true, ADMIN);
        assertThat(created.quotaBytes()).isEqualTo(20 * Plan.GB);

        Plan edited = plans.save(created.id(), name + " bis", 25, false, ADMIN);
        assertThat(edited.name()).isEqualTo(name + " bis");
        assertThat(edited.quotaGb()).isEqualTo(25);
        assertThat(plans.findOffered()).extracting(Plan::id).doesNotContain(created.id());
        assertThat(audit.findByAction("plan.update")).anySatisfy(e -> assertThat(e.detail()).contains("-> " + name + " bis 25 GB inactive"));
    }

    @Test
    void badPlansAreRefusedAndNothingChanges() {
        Plan free = plans.findAll().get(0);
        assertThatThrownBy(() -> plans.save(free.id(), " ", 0, true, ADMIN))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors()).hasSize(2));
        assertThatThrownBy(() -> plans.save(free.id(), "Association", 5, true, ADMIN))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).messageKey()).isEqualTo("plans.error.name-taken"));
        assertThatThrownBy(() -> plans.save(free.id(), "Free", 1_000_000, true, ADMIN))
                .isInstanceOf(InvalidInputException.class);
        assertThat(plans.findById(free.id())).contains(free);
    }
}
