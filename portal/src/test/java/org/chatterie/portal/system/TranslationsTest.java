package org.chatterie.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** French and English say the same things: no key is missing on either side. */
class TranslationsTest {

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws IOException {
        var english = load("translations.properties").keySet();
        var french = load("translations_fr.properties").keySet();
        assertThat(french).containsExactlyInAnyOrderElementsOf(english);
    }

    @Test
    void frenchMessagesWithArgumentsUseTheTypographicApostrophe() throws IOException {
        // MessageFormat eats a plain ' in messages with {0}: "l'offre {0}" would print "loffre {0}".
        load("translations_fr.properties").forEach((key, value) -> {
            String text = value.toString();
            if (text.contains("{0")) {
                assertThat(text).as(key.toString()).doesNotContain("'");
            }
        });
    }
}
