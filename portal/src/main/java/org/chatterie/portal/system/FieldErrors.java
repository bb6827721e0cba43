package org.chatterie.portal.system;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;

/** Shows a service's refusal next to the fields it names; the rest goes to a notification. */
public final class FieldErrors {

    private FieldErrors() {}

    public static void show(Component view, InvalidInputException refusal, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
        var others = new StringBuilder();
        for (var error : refusal.errors()) {
            String message = view.getTranslation(error.messageKey(), error.args());
            HasValidation field = fields.get(error.field());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                others.append(others.isEmpty() ? "" : " ").append(message);
            }
        }
        if (!others.isEmpty()) {
            error(others.toString());
        }
    }

    public static void error(String message) {
        Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void success(String message) {
        Notification notification = Notification.show(message, 5000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
