package org.chatterie.portal.instances;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import org.chatterie.portal.catalog.AppManifest;

/** An admin installs an app into a member's cloud: which member (by e-mail), which app. */
class InstallDialog extends Dialog {

    static class InstallEvent extends ComponentEvent<InstallDialog> {
        final String memberEmail;
        final String appId;

        InstallEvent(InstallDialog source, String memberEmail, String appId) {
            super(source, false);
            this.memberEmail = memberEmail;
            this.appId = appId;
        }
    }

    final EmailField member = new EmailField();
    final Select<AppManifest> app = new Select<>();

    InstallDialog(List<AppManifest> apps) {
        setHeaderTitle(getTranslation("instances.install-title"));
        member.setId("install-member");
        member.setLabel(getTranslation("instances.owner"));
        app.setId("install-app");
        app.setLabel(getTranslation("instances.app"));
        app.setItems(apps);
        app.setItemLabelGenerator(AppManifest::name);
        add(new FormLayout(member, app));
        var install = new Button(getTranslation("cloud.install"), click -> fireEvent(new InstallEvent(this,
                member.getValue(), app.getValue() == null ? "" : app.getValue().id())));
        install.setId("confirm-install");
        install.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), install);
    }

    Registration addInstallListener(ComponentEventListener<InstallEvent> listener) {
        return addListener(InstallEvent.class, listener);
    }

    Map<String, HasValidation> fields() {
        return Map.of("member", member, "app", app);
    }
}
