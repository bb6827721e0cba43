package org.chatterie.portal.members;

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
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.chatterie.portal.system.Formats;

/** The member's home: who they are, their plan, storage used against quota, their apps. */
@Route("my-cloud")
@Menu(title = "nav.my-cloud", order = 1, icon = "vaadin:cloud")
@PermitAll
public class MyCloudView extends VerticalLayout implements HasDynamicTitle {

    public MyCloudView(MemberService members, AuthenticationContext authentication) {
        String email = authentication.getPrincipalName().orElseThrow();
        var cloud = members.myCloud(email).orElseThrow();
        add(new H2(getTranslation("cloud.title", cloud.displayName())));

        var profile = new Div(
                new Paragraph(getTranslation("cloud.email", cloud.email())),
                new Paragraph(getTranslation("cloud.role", getTranslation("member.role." + cloud.role().name()))));
        profile.setId("cloud-profile");
        add(new H3(getTranslation("cloud.profile")), profile);

        add(new H3(getTranslation("cloud.storage")));
        if (cloud.planName() == null) {
            add(new Paragraph(getTranslation("cloud.no-plan")));
        } else {
            var plan = new Paragraph(getTranslation("cloud.plan", cloud.planName()));
            plan.setId("cloud-plan");
            var quota = new Span(getTranslation("cloud.quota",
                    Formats.bytes(cloud.usedBytes(), getLocale()), Formats.bytes(cloud.quotaBytes(), getLocale())));
            quota.setId("cloud-quota");
            var bar = new ProgressBar(0, Math.max(1, cloud.quotaBytes()), cloud.usedBytes());
            bar.setWidth("20rem");
            add(plan, quota, bar);
        }

        add(new H3(getTranslation("cloud.apps")));
        var apps = new Paragraph(getTranslation("cloud.no-apps"));
        apps.setId("cloud-apps");
        add(apps);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-cloud");
    }
}
