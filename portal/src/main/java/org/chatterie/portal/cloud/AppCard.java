package org.chatterie.portal.cloud;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;
import org.chatterie.portal.catalog.AppManifest;

/** An app of the catalog, with its description in the member's language and an install button. */
class AppCard extends Div {

    AppCard(AppManifest app, boolean installed, Consumer<String> onInstall) {
        setId("app-" + app.id());
        getStyle().set("padding", "var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)")
                .set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-l)");
        var name = new Span(app.name());
        name.getStyle().set("font-weight", "600");
        String language = getLocale() == null ? "fr" : getLocale().getLanguage();
        var meta = new Span(" · " + app.version() + " · " + app.licence() + " · " + app.publisher());
        meta.getStyle().set("color", "var(--lumo-secondary-text-color)");
        add(new Div(name, meta), new Paragraph(app.description(language)));
        var install = new Button(getTranslation(installed ? "cloud.installed" : "cloud.install"),
                click -> onInstall.accept(app.id()));
        install.setId("install-" + app.id());
        install.setEnabled(!installed);
        install.setDisableOnClick(true);
        install.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        add(install);
    }
}
