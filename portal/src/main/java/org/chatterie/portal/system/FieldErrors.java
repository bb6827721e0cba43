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

    /**
     * Runs an action a person asked for: on success a short confirmation, on refusal the
     * reasons in words. @return whether it succeeded
     */
    public static boolean attempt(Component view, Runnable action, String successKey) {
        try {
            action.run();
            success(view.getTranslation(successKey));
            return true;
        } catch (InvalidInputException refusal) {
            show(view, refusal, Map.of());
            return false;
        }
    }

    /** Asks before an action that cannot be undone; the confirm button is red. */
    public static void confirmDangerous(Component view, String title, String text, String confirmText, Runnable action) {
        var dialog = new com.vaadin.flow.component.confirmdialog.ConfirmDialog(title, text, confirmText, e -> action.run());
        dialog.setCancelable(true);
        dialog.setCancelText(view.getTranslation("action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("confirm-dialog");
        dialog.open();
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
