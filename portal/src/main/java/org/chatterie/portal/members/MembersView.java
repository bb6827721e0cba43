package org.chatterie.portal.members;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.chatterie.portal.audit.Actor;
import org.chatterie.portal.plans.PlanService;
import org.chatterie.portal.system.FieldErrors;
import org.chatterie.portal.system.Formats;
import org.chatterie.portal.system.InvalidInputException;

/** All accounts, searchable, with their plan and state; suspend, reactivate, change plan. */
@Route("admin/members")
@Menu(title = "nav.members", order = 20, icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class MembersView extends VerticalLayout implements HasDynamicTitle {

    private final MemberService members;
    private final PasswordService passwords;
    private final PlanService plans;
    private final Grid<MemberRow> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<AccountState> stateFilter = new Select<>();

    public MembersView(MemberService members, PasswordService passwords, PlanService plans) {
        this.members = members;
        this.passwords = passwords;
        this.plans = plans;
        setSizeFull();

        search.setId("member-search");
        search.setPlaceholder(getTranslation("members.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        stateFilter.setId("member-state-filter");
        stateFilter.setItems(AccountState.values());
        stateFilter.setEmptySelectionAllowed(true);
        stateFilter.setEmptySelectionCaption(getTranslation("members.all-states"));
        stateFilter.setItemLabelGenerator(s -> s == null ? getTranslation("members.all-states")
                : getTranslation("member.state." + s.name()));
        stateFilter.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.setId("members");
        grid.addColumn(MemberRow::displayName).setHeader(getTranslation("members.name")).setAutoWidth(true);
        grid.addColumn(MemberRow::email).setHeader(getTranslation("members.email")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation("member.role." + m.role().name())).setHeader(getTranslation("members.role"));
        grid.addColumn(m -> m.planName() == null ? "—" : m.planName()).setHeader(getTranslation("members.plan"));
        grid.addColumn(m -> getTranslation("member.state." + m.state().name())
                        + (m.activated() ? "" : " · " + getTranslation("members.not-activated")))
                .setHeader(getTranslation("members.state")).setAutoWidth(true);
        grid.addColumn(m -> Formats.dateTime(m.createdAt(), getLocale())).setHeader(getTranslation("members.since"));
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.setItems(query -> members.findMembers(search.getValue(), stateFilter.getValue(),
                query.getOffset(), query.getLimit()).stream());

        add(new H2(getTranslation("members.title")), new HorizontalLayout(search, stateFilter), grid);
    }

    private HorizontalLayout actions(MemberRow member) {
        var actions = new HorizontalLayout();
        if (member.role() == Role.MEMBER) {
            boolean active = member.state() == AccountState.ACTIVE;
            var toggle = new Button(getTranslation(active ? "members.suspend" : "members.reactivate"),
                    click -> run(() -> members.changeState(member.id(),
                            active ? AccountState.SUSPENDED : AccountState.ACTIVE, Actor.current())));
            toggle.setId((active ? "suspend-" : "reactivate-") + member.id());
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, active ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
            var plan = new Select<org.chatterie.portal.plans.Plan>();
            plan.setId("plan-" + member.id());
            plan.setItems(plans.findAll());
            plan.setItemLabelGenerator(p -> p.name() + " (" + Formats.bytes(p.quotaBytes(), getLocale()) + ")");
            plan.setPlaceholder(getTranslation("members.change-plan"));
            plan.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    run(() -> members.changePlan(member.id(), e.getValue().id(), Actor.current()));
                }
            });
            actions.add(toggle, plan);
        }
        if (!member.activated()) {
            var resend = new Button(getTranslation("members.resend-link"), click -> {
                try {
                    var decision = passwords.resendPasswordLink(member.id(), Actor.current());
                    if (decision.mailSent()) {
                        FieldErrors.success(getTranslation("members.link-sent", decision.email()));
                    } else {
                        FieldErrors.error(getTranslation("members.link-failed", decision.email()));
                    }
                } catch (InvalidInputException refusal) {
                    FieldErrors.show(this, refusal, Map.of());
                }
            });
            resend.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(resend);
        }
        return actions;
    }

    private void run(Runnable action) {
        FieldErrors.attempt(this, action, "members.saved");
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("members.title");
    }
}
