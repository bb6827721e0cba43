package org.chatterie.portal.system;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;

/**
 * Refreshes a view on a timer while it is shown (Vaadin polling), for lists whose content
 * changes on its own, such as nodes reporting or instances starting.
 */
public final class AutoRefresh {

    private AutoRefresh() {}

    public static void every(Component view, int intervalMillis, Runnable refresh) {
        Registration[] poll = new Registration[1];
        view.addAttachListener(event -> {
            event.getUI().setPollInterval(intervalMillis);
            poll[0] = event.getUI().addPollListener(e -> refresh.run());
        });
        view.addDetachListener(event -> {
            if (poll[0] != null) {
                poll[0].remove();
            }
            event.getUI().setPollInterval(-1);
        });
    }
}
