package org.chatterie.portal.nodes;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;

/** Asks for the new node's name, then shows the one-time enrollment command once. */
class EnrollmentDialog extends Dialog {

    static class CreateEvent extends ComponentEvent<EnrollmentDialog> {
        final String nodeName;

        CreateEvent(EnrollmentDialog source, String nodeName) {
            super(source, false);
            this.nodeName = nodeName;
        }
    }

    final TextField name = new TextField();
    private final Button create = new Button();

    EnrollmentDialog() {
        setHeaderTitle(getTranslation("nodes.enroll-title"));
        name.setId("node-name");
        name.setLabel(getTranslation("nodes.name"));
        name.setHelperText(getTranslation("nodes.name-help"));
        name.setWidthFull();
        add(name);
        create.setText(getTranslation("nodes.create-token"));
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> fireEvent(new CreateEvent(this, name.getValue())));
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), create);
        setWidth("40rem");
    }

    /** Replaces the form by the command; the token is not shown again after closing. */
    void showCommand(String portalUrl, String token, Instant expiresAt, String expiresText) {
        removeAll();
        getFooter().removeAll();
        var command = new Pre("chatterie-agent enroll --portal " + portalUrl + " --token " + token);
        command.setId("enroll-command");
        command.getStyle().set("white-space", "pre-wrap").set("word-break", "break-all");
        add(new Paragraph(getTranslation("nodes.enroll-intro")), command,
                new Paragraph(getTranslation("nodes.enroll-expires", expiresText)));
        var done = new Button(getTranslation("nodes.done"), click -> close());
        done.setId("close-enroll");
        getFooter().add(done);
    }

    Registration addCreateListener(ComponentEventListener<CreateEvent> listener) {
        return addListener(CreateEvent.class, listener);
    }
}
