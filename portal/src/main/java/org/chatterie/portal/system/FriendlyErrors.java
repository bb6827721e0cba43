package org.chatterie.portal.system;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.component.UI;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * No stack trace ever reaches a person: a refusal is shown in words, anything unexpected is
 * logged with a short reference that the person can give to the host's admins.
 */
@Component
class FriendlyErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(FriendlyErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        UI ui = UI.getCurrent();
        Throwable cause = event.getThrowable();
        while (cause.getCause() != null && !(cause instanceof InvalidInputException)) {
            cause = cause.getCause();
        }
        if (cause instanceof InvalidInputException refusal && ui != null) {
            var first = refusal.errors().get(0);
            ui.access(() -> FieldErrors.error(ui.getTranslation(first.messageKey(), first.args())));
            return;
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Unexpected error (reference {})", reference, event.getThrowable());
        if (ui != null) {
            ui.access(() -> FieldErrors.error(ui.getTranslation("error.unexpected", reference)));
        }
    }
}
