package org.chatterie.portal.mail;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;

/** What the in-process SMTP server caught, for trial installs without an SMTP account. */
@Route("admin/dev-mailbox")
@Menu(title = "nav.dev-mailbox", order = 95, icon = "vaadin:inbox")
@RolesAllowed("ADMIN")
public class DevMailboxView extends VerticalLayout implements HasDynamicTitle {

    private final VerticalLayout messages = new VerticalLayout();

    public DevMailboxView(ObjectProvider<DevMailbox> mailbox) {
        add(new H2(getTranslation("mailbox.title")));
        DevMailbox box = mailbox.getIfAvailable();
        if (box == null) {
            add(new Paragraph(getTranslation("mailbox.disabled")));
            return;
        }
        add(new Paragraph(getTranslation("mailbox.intro")),
                new Button(getTranslation("mailbox.refresh"), click -> show(box)), messages);
        show(box);
    }

    private void show(DevMailbox box) {
        messages.removeAll();
        var received = box.messages();
        if (received.isEmpty()) {
            messages.add(new Paragraph(getTranslation("mailbox.empty")));
        }
        for (var mail : received) {
            var details = new Details(mail.to() + " — " + mail.subject(), new Pre(mail.body()));
            details.setWidthFull();
            messages.add(details);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mailbox.title");
    }
}
