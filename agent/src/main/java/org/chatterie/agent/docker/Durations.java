package org.chatterie.agent.docker;

import java.time.Duration;

/** Durations in words for messages people read ("12 minutes", "40 seconds"). */
final class Durations {

    private Durations() {}

    static String words(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 120) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = seconds / 60;
        if (minutes < 120) {
            return minutes + " minutes";
        }
        return (minutes / 60) + " hours";
    }
}
