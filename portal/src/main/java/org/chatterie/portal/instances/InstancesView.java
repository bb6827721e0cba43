package org.chatterie.portal.instances;

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
import org.chatterie.portal.catalog.CatalogService;
import org.chatterie.portal.system.InvalidInputException;
import org.chatterie.portal.nodes.Node;
import org.chatterie.portal.nodes.NodeService;
import org.chatterie.portal.system.AutoRefresh;
import org.chatterie.portal.system.FieldErrors;
import org.chatterie.portal.system.Formats;

/** Every instance of every member, filterable by node and by member, app or address. */
@Route("admin/instances")
@Menu(title = "nav.instances", order = 35, icon = "vaadin:cubes")
@RolesAllowed("ADMIN")
public class InstancesView extends VerticalLayout implements HasDynamicTitle {

    private final InstanceService instances;
    private final Grid<InstanceRow> grid = new Grid<>();

    public InstancesView(InstanceService instances, NodeService nodes, CatalogService catalog) {
        this.instances = instances;
        setSizeFull();
        var search = new TextField();
        search.setId("instance-search");
        search.setPlaceholder(getTranslation("instances.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        var node = new Select<Node>();
        node.setId("instance-node-filter");
        node.setItems(nodes.findAll());
        node.setEmptySelectionAllowed(true);
        node.setEmptySelectionCaption(getTranslation("instances.all-nodes"));
        node.setItemLabelGenerator(n -> n == null ? getTranslation("instances.all-nodes") : n.name());

        var desired = new Select<Desired>();
        desired.setId("instance-desired-filter");
        desired.setItems(Desired.values());
        desired.setEmptySelectionAllowed(true);
        desired.setEmptySelectionCaption(getTranslation("instances.all-states"));
        desired.setItemLabelGenerator(d -> d == null ? getTranslation("instances.all-states")
                : getTranslation("instances.desired." + d.name()));

        grid.setId("instances");
        grid.addColumn(InstanceRow::appId).setHeader(getTranslation("instances.app")).setAutoWidth(true);
        grid.addColumn(InstanceRow::ownerEmail).setHeader(getTranslation("instances.owner")).setAutoWidth(true);
        grid.addColumn(InstanceRow::address).setHeader(getTranslation("instances.address")).setAutoWidth(true);
        grid.addColumn(InstanceRow::nodeName).setHeader(getTranslation("instances.node")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("instance.status." + r.status().name())
                        + (r.observedError() == null ? "" : " — " + r.observedError()))
                .setHeader(getTranslation("instances.status")).setAutoWidth(true);
        grid.addColumn(r -> Formats.bytes(r.volumeBytes(), getLocale())).setHeader(getTranslation("instances.disk"));
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.setItems(query -> instances.search(node.getValue() == null ? null : node.getValue().id(),
                desired.getValue(), search.getValue(), query.getOffset(), query.getLimit()).stream());
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        node.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        desired.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        var install = new Button(getTranslation("instances.install"), click -> openInstall(catalog));
        install.setId("install-for-member");
        install.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("instances.title")), new HorizontalLayout(search, node, desired, install), grid);
        AutoRefresh.every(this, 5000, () -> grid.getDataProvider().refreshAll());
    }

    private void openInstall(CatalogService catalog) {
        var dialog = new InstallDialog(catalog.apps());
        dialog.addInstallListener(event -> {
            try {
                instances.install(event.memberEmail == null ? "" : event.memberEmail.strip(), event.appId,
                        Actor.current(), true);
                dialog.close();
                FieldErrors.success(getTranslation("cloud.installing"));
                grid.getDataProvider().refreshAll();
            } catch (InvalidInputException refusal) {
                FieldErrors.show(this, refusal, dialog.fields());
            }
        });
        dialog.open();
    }

    private HorizontalLayout actions(InstanceRow row) {
        var actions = new HorizontalLayout();
        if (row.desired() == Desired.DELETED) {
            return actions;
        }
        boolean running = row.desired() == Desired.RUNNING;
        var toggle = new Button(getTranslation(running ? "cloud.suspend" : "cloud.resume"), click -> run(() -> {
            if (running) {
                instances.suspend(row.id(), Actor.current(), true);
            } else {
                instances.resume(row.id(), Actor.current(), true);
            }
        }));
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var delete = new Button(getTranslation("cloud.delete"), click -> FieldErrors.confirmDangerous(this,
                getTranslation("cloud.delete-title", row.appId()), getTranslation("cloud.delete-text", row.address()),
                getTranslation("cloud.delete"), () -> run(() -> instances.delete(row.id(), Actor.current(), true))));
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        actions.add(toggle, delete);
        return actions;
    }

    private void run(Runnable action) {
        FieldErrors.attempt(this, action, "members.saved");
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("instances.title");
    }
}
