package org.chatterie.portal.members;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.chatterie.portal.audit.Actor;
import org.chatterie.portal.plans.PlanService;
import org.chatterie.portal.system.ChatterieProperties;
import org.chatterie.portal.system.FieldErrors;
import org.chatterie.portal.system.InvalidInputException;

/** Public page where anyone asks the host for a personal cloud. */
@Route(value = "request-account", autoLayout = false)
@AnonymousAllowed
public class RequestAccountView extends VerticalLayout implements HasDynamicTitle {

    public RequestAccountView(MemberService members, PlanService plans, ChatterieProperties properties) {
        setMaxWidth("48rem");
        getStyle().set("margin", "0 auto");
        var form = new RequestAccountForm(plans.findOffered(), properties.termsUrl());
        var intro = new Paragraph(getTranslation("request.intro", properties.hostName()));
        add(new H1(getTranslation("request.title")), intro, form,
                new Paragraph(new Anchor("login", getTranslation("request.have-account"))));

        form.addSubmitListener(event -> {
            try {
                members.submitRequest(event.input(), Actor.current());
                var thanks = new Div(new Paragraph(getTranslation("request.thanks", event.input().email().strip())));
                thanks.setId("request-received");
                removeAll();
                add(new H1(getTranslation("request.title")), thanks,
                        new Paragraph(new Anchor("login", getTranslation("request.back-to-login"))));
            } catch (InvalidInputException refusal) {
                FieldErrors.show(this, refusal, form.fields());
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("request.title");
    }
}
