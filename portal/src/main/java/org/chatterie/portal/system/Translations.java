package org.chatterie.portal.system;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * French and English, French first: a browser asking for neither gets French, the host's
 * first audience — the same choice the mails make, whatever order the bundles load in.
 */
@Component
class Translations extends DefaultI18NProvider {

    Translations() {
        super(List.of(Locale.FRENCH, Locale.ENGLISH));
    }
}
