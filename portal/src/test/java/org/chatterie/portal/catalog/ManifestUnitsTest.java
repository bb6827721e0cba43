package org.chatterie.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ManifestUnitsTest {

    @Test
    void binaryAndDecimalSizes() {
        assertThat(ManifestUnits.bytes("256Mi")).hasValue(256L * 1024 * 1024);
        assertThat(ManifestUnits.bytes("1Gi")).hasValue(1L << 30);
        assertThat(ManifestUnits.bytes("2Ti")).hasValue(2L << 40);
        assertThat(ManifestUnits.bytes("64Ki")).hasValue(65_536);
        assertThat(ManifestUnits.bytes("512M")).hasValue(512_000_000L);
        assertThat(ManifestUnits.bytes("5G")).hasValue(5_000_000_000L);
        assertThat(ManifestUnits.bytes("100k")).hasValue(100_000);
        assertThat(ManifestUnits.bytes("100K")).hasValue(100_000);
        assertThat(ManifestUnits.bytes("9999999Ti")).hasValue(Long.MAX_VALUE);
    }

    @Test
    void notSizes() {
        for (String wrong : new String[] {"", "256", "256MB", "256m", "0Mi", "1.5Gi", "-1Gi", "Gi", " 1Gi"}) {
            assertThat(ManifestUnits.bytes(wrong)).as(wrong).isEmpty();
        }
    }

    @Test
    void durations() {
        assertThat(ManifestUnits.seconds("10s")).hasValue(10);
        assertThat(ManifestUnits.seconds("0s")).hasValue(0);
        assertThat(ManifestUnits.seconds("2m")).hasValue(120);
        assertThat(ManifestUnits.seconds("1m30s")).hasValue(90);
    }

    @Test
    void notDurations() {
        for (String wrong : new String[] {"", "10", "1h", "30s1m", "1.5s", "10 s", "ms"}) {
            assertThat(ManifestUnits.seconds(wrong)).as(wrong).isEmpty();
        }
    }
}
