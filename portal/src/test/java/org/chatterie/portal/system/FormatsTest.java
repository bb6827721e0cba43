package org.chatterie.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void showsDecimalUnits() {
        assertThat(Formats.bytes(0, Locale.ENGLISH)).isEqualTo("0 B");
        assertThat(Formats.bytes(5_000_000_000L, Locale.ENGLISH)).isEqualTo("5 GB");
        assertThat(Formats.bytes(1_500_000, Locale.ENGLISH)).isEqualTo("1.5 MB");
        assertThat(Formats.bytes(1_500_000, Locale.FRENCH)).isEqualTo("1,5 Mo");
        assertThat(Formats.bytes(5_000_000_000L, Locale.FRENCH)).isEqualTo("5 Go");
        assertThat(Formats.bytes(1_000_000_000_000L, Locale.ENGLISH)).isEqualTo("1 TB");
    }
}
