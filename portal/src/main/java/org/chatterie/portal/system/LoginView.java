package org.chatterie.portal.system;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/** Login by e-mail and password, plus one button per identity provider the host configured. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Paragraph oidcError = new Paragraph();

    public LoginView(ObjectProvider<ClientRegistrationRepository> oidcProviders, ChatterieProperties properties) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("forgot-password")));
        form.setI18n(i18n());

        oidcError.addClassName("error-text");
        oidcError.getStyle().set("color", "var(--lumo-error-text-color)");
        oidcError.setVisible(false);

        add(new H1(properties.hostName()), form, oidcError);
        if (oidcProviders.getIfAvailable() instanceof Iterable<?> registrations) {
            var providers = new Div();
            for (Object registration : registrations) {
                var client = (ClientRegistration) registration;
                var link = new Anchor("oauth2/authorization/" + client.getRegistrationId(),
                        getTranslation("login.oidc", client.getClientName()));
                link.setRouterIgnore(true);
                providers.add(new Paragraph(link));
            }
            add(providers);
        }
        var request = new Anchor("request-account", getTranslation("login.request-account"));
        request.setId("request-account-link");
        add(new Paragraph(request));
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.email"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        i18n.getErrorMessage().setUsername(getTranslation("login.error.email-required"));
        i18n.getErrorMessage().setPassword(getTranslation("login.error.password-required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        if (parameters.containsKey("oidc-error")) {
            oidcError.setText(getTranslation("login.oidc-error"));
            oidcError.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title");
    }
}
