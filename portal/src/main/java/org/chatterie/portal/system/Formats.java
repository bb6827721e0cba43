package org.chatterie.portal.system;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and sizes as a person reads them, in their language. */
public final class Formats {

    private Formats() {}

    public static String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale == null ? Locale.FRENCH : locale)
                .withZone(ZoneId.systemDefault())
                .format(instant);
    }

    /** Decimal units, as disk vendors and plans use them: 5 GB = 5 000 000 000 bytes (5 Go in French). */
    public static String bytes(long bytes, Locale locale) {
        boolean french = locale != null && locale.getLanguage().equals("fr");
        String[] units = french
                ? new String[] {"o", "ko", "Mo", "Go", "To", "Po"}
                : new String[] {"B", "kB", "MB", "GB", "TB", "PB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        String pattern = unit == 0 || value >= 100 || value == Math.floor(value) ? "%.0f %s" : "%.1f %s";
        return String.format(locale == null ? Locale.FRENCH : locale, pattern, value, units[unit]);
    }
}
