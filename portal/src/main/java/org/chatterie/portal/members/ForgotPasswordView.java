package org.chatterie.portal.members;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.chatterie.portal.audit.Actor;
import org.chatterie.portal.system.FieldErrors;
import org.chatterie.portal.system.InvalidInputException;

/** "Forgot my password": asks for the e-mail, answers the same whether it is known or not. */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    public ForgotPasswordView(PasswordService members) {
        setMaxWidth("32rem");
        getStyle().set("margin", "0 auto");
        var email = new EmailField(getTranslation("login.email"));
        email.setId("email");
        email.setWidthFull();
        var send = new Button(getTranslation("forgot.send"));
        send.setId("send-link");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> {
            try {
                members.requestPasswordReset(email.getValue(), Actor.current());
                removeAll();
                var sent = new Paragraph(getTranslation("forgot.sent", email.getValue().strip()));
                sent.setId("link-sent");
                add(new H1(getTranslation("forgot.title")), sent,
                        new Paragraph(new Anchor("login", getTranslation("request.back-to-login"))));
            } catch (InvalidInputException refusal) {
                FieldErrors.show(this, refusal, Map.of("email", email));
            }
        });
        add(new H1(getTranslation("forgot.title")), new Paragraph(getTranslation("forgot.intro")), email, send,
                new Paragraph(new Anchor("login", getTranslation("request.back-to-login"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.title");
    }
}
