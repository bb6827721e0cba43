package org.chatterie.portal.members;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.chatterie.portal.audit.Actor;
import org.chatterie.portal.system.FieldErrors;
import org.chatterie.portal.system.InvalidInputException;
import org.chatterie.portal.system.Formats;

/** Requests waiting for a decision, oldest first. */
@Route("admin/requests")
@Menu(title = "nav.requests", order = 10, icon = "vaadin:envelope-open")
@RolesAllowed("ADMIN")
public class PendingRequestsView extends VerticalLayout implements HasDynamicTitle {

    private final MemberService members;
    private final Grid<AccountRequest> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();

    public PendingRequestsView(MemberService members) {
        this.members = members;
        setSizeFull();
        grid.setId("pending-requests");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(AccountRequest::name).setHeader(getTranslation("requests.name")).setAutoWidth(true);
        grid.addColumn(AccountRequest::email).setHeader(getTranslation("requests.email")).setAutoWidth(true);
        grid.addColumn(AccountRequest::planName).setHeader(getTranslation("requests.plan")).setAutoWidth(true);
        grid.addColumn(AccountRequest::reason).setHeader(getTranslation("requests.reason")).setWidth("16rem").setFlexGrow(2);
        grid.addColumn(r -> Formats.dateTime(r.requestedAt(), getLocale()))
                .setHeader(getTranslation("requests.requested-at")).setAutoWidth(true);
        grid.addColumn(AccountRequest::requestedFrom).setHeader(getTranslation("requests.from")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        empty.setText(getTranslation("requests.none"));
        empty.setId("no-pending-requests");
        add(new H2(getTranslation("requests.title")), empty, grid);
        refresh();
    }

    private HorizontalLayout actions(AccountRequest request) {
        var approve = new Button(getTranslation("requests.approve"), click -> approve(request));
        approve.setId("approve-" + request.id());
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
        approve.setDisableOnClick(true);
        var refuse = new Button(getTranslation("requests.refuse"), click -> openRefuseDialog(request));
        refuse.setId("refuse-" + request.id());
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(approve, refuse);
    }

    private void approve(AccountRequest request) {
        try {
            var decision = members.approve(request.id(), Actor.current());
            if (decision.mailSent()) {
                FieldErrors.success(getTranslation("requests.approved", decision.email()));
            } else {
                FieldErrors.error(getTranslation("requests.approved-mail-failed", decision.email()));
            }
        } catch (InvalidInputException refusal) {
            FieldErrors.show(this, refusal, Map.of());
        }
        refresh();
    }

    private void openRefuseDialog(AccountRequest request) {
        var dialog = new RefuseDialog(request);
        dialog.addRefuseListener(event -> {
            try {
                var decision = members.refuse(event.requestId(), event.reason(), Actor.current());
                dialog.close();
                if (decision.mailSent()) {
                    FieldErrors.success(getTranslation("requests.refused", decision.email()));
                } else {
                    FieldErrors.error(getTranslation("requests.refused-mail-failed", decision.email()));
                }
                refresh();
            } catch (InvalidInputException refusal) {
                FieldErrors.show(this, refusal, Map.of("reason", dialog.reason));
            }
        });
        dialog.open();
    }

    private void refresh() {
        var pending = members.pendingRequests();
        grid.setItems(pending);
        grid.setVisible(!pending.isEmpty());
        empty.setVisible(pending.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("requests.title");
    }
}
