package org.chatterie.portal.members;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import org.chatterie.portal.audit.Actor;
import org.chatterie.portal.system.FieldErrors;
import org.chatterie.portal.system.InvalidInputException;

/** One-time screen that creates the first administrator, guarded by the setup code file. */
@Route(value = "setup", autoLayout = false)
@AnonymousAllowed
public class SetupView extends VerticalLayout implements HasDynamicTitle {

    public SetupView(FirstAdminSetup setup) {
        setMaxWidth("40rem");
        getStyle().set("margin", "0 auto");
        add(new H1(getTranslation("setup.title")));
        if (!setup.isSetupOpen()) {
            add(new Paragraph(getTranslation("setup.closed")), new Anchor("login", getTranslation("login.submit")));
            return;
        }
        add(new Paragraph(getTranslation("setup.intro")));
        var code = new TextField(getTranslation("setup.code"));
        code.setId("setup-code");
        var name = new TextField(getTranslation("request.name"));
        name.setId("name");
        var email = new EmailField(getTranslation("request.email"));
        email.setId("email");
        var password = new PasswordField(getTranslation("password.new"));
        password.setId("password");
        password.setHelperText(getTranslation("password.rules", PasswordPolicy.MIN_LENGTH));
        var confirmation = new PasswordField(getTranslation("password.confirm"));
        confirmation.setId("confirmation");
        var create = new Button(getTranslation("setup.create"));
        create.setId("create-admin");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> {
            try {
                setup.complete(code.getValue(), name.getValue(), email.getValue(), password.getValue(),
                        confirmation.getValue(), Actor.current());
                removeAll();
                add(new H1(getTranslation("setup.title")), new Paragraph(getTranslation("setup.done")),
                        new Anchor("login", getTranslation("login.submit")));
            } catch (InvalidInputException refusal) {
                FieldErrors.show(this, refusal, Map.of("code", code, "name", name, "email", email,
                        "password", password, "confirmation", confirmation));
            }
        });
        add(new FormLayout(code, name, email, password, confirmation), create);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title");
    }
}
