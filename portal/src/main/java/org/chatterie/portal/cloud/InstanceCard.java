package org.chatterie.portal.cloud;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import org.chatterie.portal.system.FieldErrors;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Consumer;
import org.chatterie.portal.instances.Desired;
import org.chatterie.portal.instances.InstanceRow;
import org.chatterie.portal.instances.InstanceStatus;
import org.chatterie.portal.system.Formats;

/** One of the member's apps: status in words, address, size, and what can be done with it. */
class InstanceCard extends Div {

    enum Kind { SUSPEND, RESUME, DELETE }

    record Action(InstanceRow instance, Kind kind) {}

    InstanceCard(InstanceRow instance, String appName, String url, Consumer<Action> onAction) {
        setId("instance-" + instance.appId());
        getStyle().set("padding", "var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-l)").set("background", "var(--lumo-contrast-5pct)");
        InstanceStatus status = instance.status();
        var name = new Span(appName);
        name.getStyle().set("font-weight", "600").set("margin-right", "var(--lumo-space-m)");
        var badge = new Span(getTranslation("instance.status." + status.name()));
        badge.setId("status-" + instance.appId());
        badge.getStyle().set("padding", "0 var(--lumo-space-s)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("font-size", "var(--lumo-font-size-s)").set("background", badgeBackground(status))
                .set("margin-right", "var(--lumo-space-m)");
        var address = new Anchor(url, instance.address());
        address.setTarget("_blank");
        address.setId("address-" + instance.appId());
        var size = new Span(Formats.bytes(instance.volumeBytes(), getLocale()));
        var header = new HorizontalLayout(name, badge, address, size);
        header.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        add(header);
        if (status == InstanceStatus.ERROR && instance.observedError() != null) {
            var error = new Div(instance.observedError());
            error.setId("error-" + instance.appId());
            error.getStyle().set("color", "var(--lumo-error-text-color)");
            add(error);
        }
        if (instance.desired() != Desired.DELETED) {
            var actions = new HorizontalLayout();
            if (instance.desired() == Desired.RUNNING) {
                actions.add(button("suspend-" + instance.appId(), getTranslation("cloud.suspend"),
                        () -> onAction.accept(new Action(instance, Kind.SUSPEND))));
            } else if (instance.suspendedByHost()) {
                var note = new Span(getTranslation("cloud.suspended-by-host"));
                note.setId("suspended-by-host-" + instance.appId());
                actions.add(note);
            } else {
                actions.add(button("resume-" + instance.appId(), getTranslation("cloud.resume"),
                        () -> onAction.accept(new Action(instance, Kind.RESUME))));
            }
            var delete = button("delete-" + instance.appId(), getTranslation("cloud.delete"),
                    () -> FieldErrors.confirmDangerous(this, getTranslation("cloud.delete-title", instance.appId()),
                            getTranslation("cloud.delete-text", instance.address()), getTranslation("cloud.delete"),
                            () -> onAction.accept(new Action(instance, Kind.DELETE))));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(delete);
            add(actions);
        }
    }

    private static Button button(String id, String text, Runnable action) {
        var button = new Button(text, click -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }

    private static String badgeBackground(InstanceStatus status) {
        return switch (status) {
            case RUNNING -> "var(--lumo-success-color-10pct)";
            case ERROR, UNHEALTHY -> "var(--lumo-error-color-10pct)";
            case SUSPENDED -> "var(--lumo-contrast-10pct)";
            default -> "var(--lumo-primary-color-10pct)";
        };
    }
}
