package org.chatterie.portal.members;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.chatterie.portal.audit.Actor;
import org.chatterie.portal.system.FieldErrors;
import org.chatterie.portal.system.InvalidInputException;

/** Where the link in the welcome mail leads: the member chooses a password, once. */
@Route(value = "set-password", autoLayout = false)
@AnonymousAllowed
public class SetPasswordView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final PasswordService members;

    public SetPasswordView(PasswordService members) {
        this.members = members;
        setMaxWidth("32rem");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void setParameter(BeforeEvent event, String token) {
        removeAll();
        add(new H1(getTranslation("password.title")));
        if (!members.isPasswordLinkUsable(token)) {
            var expired = new Paragraph(getTranslation("password.error.link-invalid"));
            expired.setId("link-invalid");
            add(expired, new Paragraph(new Anchor("login", getTranslation("request.back-to-login"))));
            return;
        }
        var password = new PasswordField(getTranslation("password.new"));
        password.setId("password");
        password.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        password.setWidthFull();
        var confirmation = new PasswordField(getTranslation("password.confirm"));
        confirmation.setId("confirmation");
        confirmation.setWidthFull();
        var save = new Button(getTranslation("password.save"));
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                members.setPassword(token, password.getValue(), confirmation.getValue(), Actor.current());
                removeAll();
                var done = new Paragraph(getTranslation("password.done"));
                done.setId("password-set");
                var login = new Anchor("login", getTranslation("login.submit"));
                login.setId("go-to-login");
                add(new H1(getTranslation("password.title")), done, new Paragraph(login));
            } catch (InvalidInputException refusal) {
                FieldErrors.show(this, refusal, Map.of("password", password, "confirmation", confirmation));
            }
        });
        add(password, confirmation, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title");
    }
}
