package org.chatterie.portal.dashboard;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.chatterie.portal.members.AccountState;
import org.chatterie.portal.members.MemberService;
import org.chatterie.portal.instances.Desired;
import org.chatterie.portal.instances.InstanceService;
import org.chatterie.portal.nodes.NodeService;

/** The admin's first screen: what needs attention now. Disk and backups join later. */
@Route("admin")
@Menu(title = "nav.dashboard", order = 0, icon = "vaadin:dashboard")
@RolesAllowed("ADMIN")
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    public DashboardView(MemberService members, NodeService nodes, InstanceService instances) {
        var tiles = new FlexLayout(
                tile("tile-nodes", getTranslation("dashboard.nodes-online"), nodes.onlineNodes().size(), "admin/nodes"),
                tile("tile-instances", getTranslation("dashboard.instances-running"), instances.count(Desired.RUNNING),
                        "admin/instances"),
                tile("tile-pending", getTranslation("dashboard.pending"), members.countPendingRequests(), "admin/requests"),
                tile("tile-active", getTranslation("dashboard.active"), members.countMembers(AccountState.ACTIVE), "admin/members"),
                tile("tile-suspended", getTranslation("dashboard.suspended"),
                        members.countMembers(AccountState.SUSPENDED), "admin/members"));
        tiles.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        tiles.getStyle().set("gap", "var(--lumo-space-m)");
        add(new H2(getTranslation("dashboard.title")), tiles);
    }

    private static Anchor tile(String id, String label, long value, String target) {
        var number = new Span(Long.toString(value));
        number.getStyle().set("font-size", "var(--lumo-font-size-xxxl)").set("font-weight", "600");
        var box = new Div(number, new Div(label));
        box.getStyle().set("padding", "var(--lumo-space-l)").set("border-radius", "var(--lumo-border-radius-l)")
                .set("background", "var(--lumo-contrast-5pct)").set("min-width", "12rem");
        var link = new Anchor(target, box);
        link.setId(id);
        link.getStyle().set("color", "inherit").set("text-decoration", "none");
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
