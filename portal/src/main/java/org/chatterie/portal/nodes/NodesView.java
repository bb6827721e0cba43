package org.chatterie.portal.nodes;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.chatterie.portal.audit.Actor;
import org.chatterie.portal.system.ChatterieProperties;
import org.chatterie.portal.system.AutoRefresh;
import org.chatterie.portal.system.FieldErrors;
import org.chatterie.portal.system.Formats;
import org.chatterie.portal.system.InvalidInputException;

/** The host's machines: online or not, capacity, versions; enroll a new one, revoke one. */
@Route("admin/nodes")
@Menu(title = "nav.nodes", order = 40, icon = "vaadin:server")
@RolesAllowed("ADMIN")
public class NodesView extends VerticalLayout implements HasDynamicTitle {

    private final NodeService nodes;
    private final ChatterieProperties properties;
    private final Grid<Node> grid = new Grid<>();

    public NodesView(NodeService nodes, ChatterieProperties properties) {
        this.nodes = nodes;
        this.properties = properties;
        setSizeFull();
        grid.setId("nodes");
        grid.addColumn(Node::name).setHeader(getTranslation("nodes.name")).setAutoWidth(true);
        grid.addColumn(this::state).setHeader(getTranslation("nodes.state")).setAutoWidth(true);
        grid.addColumn(n -> Formats.dateTime(n.lastSeenAt(), getLocale())).setHeader(getTranslation("nodes.last-seen"))
                .setAutoWidth(true);
        grid.addColumn(n -> n.cpus() == null ? "—" : getTranslation("nodes.capacity", n.cpus(),
                        Formats.bytes(n.memoryBytes(), getLocale()), Formats.bytes(n.diskFreeBytes(), getLocale()),
                        Formats.bytes(n.diskTotalBytes(), getLocale())))
                .setHeader(getTranslation("nodes.capacity-header")).setAutoWidth(true);
        grid.addColumn(n -> (n.agentVersion() == null ? "" : n.agentVersion())
                        + (n.dockerVersion() == null ? "" : " · Docker " + n.dockerVersion()))
                .setHeader(getTranslation("nodes.versions")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);

        var enroll = new Button(getTranslation("nodes.enroll"), click -> openEnrollment());
        enroll.setId("enroll-node");
        enroll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("nodes.title")), enroll, grid);
        refresh();
        AutoRefresh.every(this, 5000, this::refresh);
    }

    private String state(Node node) {
        if (node.state() == NodeState.REVOKED) {
            return getTranslation("nodes.revoked");
        }
        return getTranslation(nodes.isOnline(node) ? "nodes.online" : "nodes.offline");
    }

    private Button actions(Node node) {
        var revoke = new Button(getTranslation("nodes.revoke"), click -> FieldErrors.confirmDangerous(this,
                getTranslation("nodes.revoke-title", node.name()), getTranslation("nodes.revoke-text"),
                getTranslation("nodes.revoke"), () -> {
                    nodes.revoke(node.id(), Actor.current());
                    FieldErrors.success(getTranslation("nodes.revoked-done", node.name()));
                    refresh();
                }));
        revoke.setId("revoke-" + node.name());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        revoke.setEnabled(node.state() == NodeState.ACTIVE);
        return revoke;
    }

    private void openEnrollment() {
        var dialog = new EnrollmentDialog();
        dialog.addCreateListener(event -> {
            try {
                var token = nodes.createEnrollmentToken(event.nodeName, Actor.current());
                dialog.showCommand(properties.publicUrl(), token.token(), token.expiresAt(),
                        Formats.dateTime(token.expiresAt(), getLocale()));
            } catch (InvalidInputException refusal) {
                FieldErrors.show(this, refusal, Map.of("name", dialog.name));
            }
        });
        dialog.addDialogCloseActionListener(e -> dialog.close());
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                refresh();
            }
        });
        dialog.open();
    }

    private void refresh() {
        grid.setItems(nodes.findAll());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nodes.title");
    }
}
