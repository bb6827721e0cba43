package org.chatterie.portal.system;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The shell around every logged-in view. The navigation lists the views annotated with
 * {@code @Menu} that the current user may open, so this class knows no feature: a feature adds
 * itself to the menu, and a member never sees an admin entry.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(AuthenticationContext authentication, ChatterieProperties properties) {
        var title = new Span(properties.hostName());
        title.addClassNames("lumo-font-size-l", "font-semibold");
        title.getStyle().set("font-weight", "600").set("font-size", "var(--lumo-font-size-l)");

        var user = new Span(authentication.getPrincipalName().orElse(""));
        user.setId("current-user");
        var logout = new Button(getTranslation("nav.logout"), click -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        var header = new HorizontalLayout(new DrawerToggle(), title, user, logout);
        header.setWidthFull();
        header.setPadding(true);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        addToNavbar(header);

        var nav = new SideNav();
        nav.setId("main-nav");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            var item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().contains(":")) {
                String[] icon = entry.icon().split(":", 2);
                item.setPrefixComponent(new Icon(icon[0], icon[1]));
            }
            nav.addItem(item);
        }
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }
}
