package org.chatterie.portal.cloud;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.chatterie.portal.audit.Actor;
import org.chatterie.portal.catalog.CatalogService;
import org.chatterie.portal.instances.InstanceRow;
import org.chatterie.portal.instances.InstanceService;
import org.chatterie.portal.instances.InstancesProperties;
import org.chatterie.portal.members.MemberService;
import org.chatterie.portal.system.FieldErrors;
import org.chatterie.portal.system.Formats;

/**
 * The member's home. While an app is being created, suspended or deleted the page refreshes
 * itself every two seconds (Vaadin polling), so progress shows without a reload.
 */
@Route("my-cloud")
@Menu(title = "nav.my-cloud", order = 1, icon = "vaadin:cloud")
@PermitAll
public class MyCloudView extends VerticalLayout implements HasDynamicTitle {

    private final MemberService members;
    private final InstanceService instances;
    private final CatalogService catalog;
    private final InstancesProperties links;
    private final String email;
    private final VerticalLayout storage = new VerticalLayout();
    private final Div apps = new Div();
    private final Div store = new Div();
    private Registration poll;

    public MyCloudView(MemberService members, InstanceService instances, CatalogService catalog,
                       InstancesProperties links, AuthenticationContext authentication) {
        this.links = links;
        this.members = members;
        this.instances = instances;
        this.catalog = catalog;
        this.email = authentication.getPrincipalName().orElseThrow();
        var cloud = members.myCloud(email).orElseThrow();
        add(new H2(getTranslation("cloud.title", cloud.displayName())));

        var profile = new Div(
                new Paragraph(getTranslation("cloud.email", cloud.email())),
                new Paragraph(getTranslation("cloud.role", getTranslation("member.role." + cloud.role().name()))));
        profile.setId("cloud-profile");
        storage.setPadding(false);
        apps.setId("cloud-apps");
        apps.setWidthFull();
        store.setId("cloud-store");
        store.setWidthFull();
        add(new H3(getTranslation("cloud.profile")), profile, new H3(getTranslation("cloud.storage")), storage,
                new H3(getTranslation("cloud.apps")), apps, new H3(getTranslation("cloud.store")), store);
        refresh();
    }

    private void refresh() {
        var cloud = members.myCloud(email).orElseThrow();
        var mine = instances.instancesOf(email);
        storage.removeAll();
        if (cloud.planName() == null) {
            storage.add(new Paragraph(getTranslation("cloud.no-plan")));
        } else {
            long used = instances.usedBytes(email);
            var plan = new Paragraph(getTranslation("cloud.plan", cloud.planName()));
            plan.setId("cloud-plan");
            var quota = new Span(getTranslation("cloud.quota",
                    Formats.bytes(used, getLocale()), Formats.bytes(cloud.quotaBytes(), getLocale())));
            quota.setId("cloud-quota");
            var bar = new ProgressBar(0, Math.max(1, cloud.quotaBytes()), Math.min(used, cloud.quotaBytes()));
            bar.setWidth("20rem");
            storage.add(plan, quota, bar);
            if (used > cloud.quotaBytes()) {
                var warning = new Paragraph(getTranslation("cloud.over-quota"));
                warning.setId("over-quota");
                warning.getStyle().set("color", "var(--lumo-error-text-color)");
                storage.add(warning);
            }
        }
        apps.removeAll();
        if (mine.isEmpty()) {
            apps.add(new Paragraph(getTranslation("cloud.no-apps")));
        }
        mine.forEach(instance -> apps.add(new InstanceCard(instance,
                catalog.find(instance.appId()).map(a -> a.name()).orElse(instance.appId()),
                links.urlOf(instance.address()), this::act)));
        store.removeAll();
        if (cloud.planName() != null) {
            catalog.apps().forEach(app -> store.add(new AppCard(app,
                    mine.stream().anyMatch(i -> i.appId().equals(app.id())), this::install)));
        }
        boolean busy = mine.stream().anyMatch(i -> i.status().inProgress());
        getUI().ifPresent(ui -> ui.setPollInterval(busy ? 2000 : -1));
    }

    private void install(String appId) {
        run(() -> instances.install(email, appId, Actor.current(), false), "cloud.installing");
    }

    private void act(InstanceCard.Action action) {
        InstanceRow instance = action.instance();
        switch (action.kind()) {
            case SUSPEND -> run(() -> instances.suspend(instance.id(), Actor.current(), false), "cloud.suspending");
            case RESUME -> run(() -> instances.resume(instance.id(), Actor.current(), false), "cloud.resuming");
            case DELETE -> run(() -> instances.delete(instance.id(), Actor.current(), false), "cloud.deleting");
        }
    }

    private void run(Runnable action, String doneKey) {
        FieldErrors.attempt(this, action, doneKey);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        poll = event.getUI().addPollListener(e -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (poll != null) {
            poll.remove();
        }
        event.getUI().setPollInterval(-1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-cloud");
    }
}
