package org.chatterie.portal.catalog;

import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The units manifests are written in: sizes like Kubernetes quantities (Mi, Gi binary; M, G
 * decimal) and durations like Go's (10s, 2m, 1m30s). Values the schema already refused come
 * back empty rather than throwing, so the loader can report every problem at once.
 */
final class ManifestUnits {

    private static final Pattern QUANTITY = Pattern.compile("([1-9][0-9]{0,6})(Ki|Mi|Gi|Ti|k|K|M|G|T)");
    private static final Pattern DURATION = Pattern.compile("(?:([0-9]{1,4})m)?(?:([0-9]{1,5})s)?");

    private ManifestUnits() {}

    /**
     * {@code 256Mi} → 268435456, {@code 512M} → 512000000; empty when not a quantity. Sizes past
     * {@code Long.MAX_VALUE} (9999999Ti) saturate: they are out of any range anyway.
     */
    static OptionalLong bytes(String quantity) {
        Matcher m = QUANTITY.matcher(quantity);
        if (!m.matches()) {
            return OptionalLong.empty();
        }
        long unit = switch (m.group(2)) {
            case "Ki" -> 1L << 10;
            case "Mi" -> 1L << 20;
            case "Gi" -> 1L << 30;
            case "Ti" -> 1L << 40;
            case "k", "K" -> 1_000L;
            case "M" -> 1_000_000L;
            case "G" -> 1_000_000_000L;
            case "T" -> 1_000_000_000_000L;
            default -> throw new IllegalStateException("unit missing from the switch: " + m.group(2));
        };
        try {
            return OptionalLong.of(Math.multiplyExact(Long.parseLong(m.group(1)), unit));
        } catch (ArithmeticException tooLarge) {
            return OptionalLong.of(Long.MAX_VALUE);
        }
    }

    /** {@code 1m30s} → 90; empty when not a duration. */
    static OptionalInt seconds(String duration) {
        Matcher m = DURATION.matcher(duration);
        if (duration.isEmpty() || !m.matches()) {
            return OptionalInt.empty();
        }
        int minutes = m.group(1) == null ? 0 : Integer.parseInt(m.group(1));
        int seconds = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return OptionalInt.of(minutes * 60 + seconds);
    }
}
