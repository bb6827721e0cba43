package org.chatterie.portal.plans;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.chatterie.portal.audit.Actor;
import org.chatterie.portal.system.FieldErrors;
import org.chatterie.portal.system.Formats;
import org.chatterie.portal.system.InvalidInputException;

/** The plans members can ask for; admins rename them, change quotas, stop offering them. */
@Route("admin/plans")
@Menu(title = "nav.plans", order = 30, icon = "vaadin:package")
@RolesAllowed("ADMIN")
public class PlansView extends VerticalLayout implements HasDynamicTitle {

    private final PlanService plans;
    private final Grid<Plan> grid = new Grid<>();

    public PlansView(PlanService plans) {
        this.plans = plans;
        grid.setId("plans");
        grid.addColumn(Plan::name).setHeader(getTranslation("plans.name"));
        grid.addColumn(p -> Formats.bytes(p.quotaBytes(), getLocale())).setHeader(getTranslation("plans.quota"));
        grid.addColumn(p -> getTranslation(p.active() ? "plans.offered-yes" : "plans.offered-no"))
                .setHeader(getTranslation("plans.offered"));
        grid.addComponentColumn(p -> {
            var edit = new Button(getTranslation("action.edit"), click -> open(p));
            edit.setId("edit-plan-" + p.id());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return edit;
        }).setFlexGrow(0).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        var add = new Button(getTranslation("plans.new"), click -> open(null));
        add.setId("new-plan");
        add(new H2(getTranslation("plans.title")), add, grid);
        grid.setItems(plans.findAll());
    }

    private void open(Plan plan) {
        var form = new PlanForm(plan);
        form.addSaveListener(event -> {
            try {
                if (event.quotaGb == null) {
                    throw InvalidInputException.of("quota", "plans.error.quota-range", PlanService.MAX_QUOTA_GB);
                }
                plans.save(event.id, event.name, event.quotaGb, event.active, Actor.current());
                form.close();
                FieldErrors.success(getTranslation("plans.saved"));
                grid.setItems(plans.findAll());
            } catch (InvalidInputException refusal) {
                FieldErrors.show(this, refusal, form.fields());
            }
        });
        form.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plans.title");
    }
}
