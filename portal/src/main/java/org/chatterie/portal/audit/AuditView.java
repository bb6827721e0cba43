package org.chatterie.portal.audit;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The audit log, newest first, searchable by actor, action or target. */
@Route("admin/audit")
@Menu(title = "nav.audit", order = 90, icon = "vaadin:records")
@RolesAllowed("ADMIN")
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    public AuditView(AuditService audit) {
        setSizeFull();
        var search = new TextField();
        search.setId("audit-search");
        search.setPlaceholder(getTranslation("audit.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);

        var grid = new Grid<AuditEntry>();
        grid.setId("audit-log");
        grid.addColumn(e -> TIME.format(e.at())).setHeader(getTranslation("audit.at")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(AuditEntry::target).setHeader(getTranslation("audit.target")).setAutoWidth(true);
        grid.addColumn(AuditEntry::detail).setHeader(getTranslation("audit.detail")).setFlexGrow(2);
        grid.addColumn(AuditEntry::remoteAddress).setHeader(getTranslation("audit.from")).setAutoWidth(true);
        grid.setItems(query -> audit.find(search.getValue(), query.getOffset(), query.getLimit()).stream());
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        add(new H2(getTranslation("audit.title")), search, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
