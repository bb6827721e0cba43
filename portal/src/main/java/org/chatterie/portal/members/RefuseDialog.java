package org.chatterie.portal.members;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;

/** Asks the admin why a request is refused; the reason is mailed to the person as written. */
class RefuseDialog extends Dialog {

    static class RefuseEvent extends ComponentEvent<RefuseDialog> {
        private final long requestId;
        private final String reason;

        RefuseEvent(RefuseDialog source, long requestId, String reason) {
            super(source, false);
            this.requestId = requestId;
            this.reason = reason;
        }

        long requestId() {
            return requestId;
        }

        String reason() {
            return reason;
        }
    }

    final TextArea reason = new TextArea();

    RefuseDialog(AccountRequest request) {
        setHeaderTitle(getTranslation("requests.refuse-title", request.name()));
        reason.setId("refusal-reason");
        reason.setLabel(getTranslation("requests.refusal-reason"));
        reason.setHelperText(getTranslation("requests.refusal-reason-help"));
        reason.setWidthFull();
        reason.setMaxLength(1000);
        add(new Paragraph(request.email()), reason);

        var confirm = new Button(getTranslation("requests.refuse"),
                click -> fireEvent(new RefuseEvent(this, request.id(), reason.getValue())));
        confirm.setId("confirm-refuse");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
        setWidth("32rem");
    }

    Registration addRefuseListener(ComponentEventListener<RefuseEvent> listener) {
        return addListener(RefuseEvent.class, listener);
    }
}
