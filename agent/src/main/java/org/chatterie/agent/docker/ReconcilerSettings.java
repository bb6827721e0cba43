package org.chatterie.agent.docker;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.chatterie.protocol.InstanceSpec.Resources;

/**
 * Tunables of the reconciler. {@code orphanGracePeriod} protects members' containers from a
 * portal that briefly forgets them (a bad deploy, a restored database); {@code stopTimeout} is
 * how long an app gets to shut down cleanly before it is killed; {@code fallbackResources}
 * applies when a spec lacks a limit, because an unlimited container can starve the node.
 */
public record ReconcilerSettings(Duration orphanGracePeriod, Duration stopTimeout, String networkName,
                                 Duration volumeSizeInterval, Resources fallbackResources, Clock clock) {

    public static final String DEFAULT_NETWORK = "chatterie";

    public ReconcilerSettings {
        Objects.requireNonNull(orphanGracePeriod, "orphanGracePeriod");
        Objects.requireNonNull(stopTimeout, "stopTimeout");
        Objects.requireNonNull(networkName, "networkName");
        Objects.requireNonNull(volumeSizeInterval, "volumeSizeInterval");
        Objects.requireNonNull(fallbackResources, "fallbackResources");
        Objects.requireNonNull(clock, "clock");
    }

    public static ReconcilerSettings defaults() {
        return new ReconcilerSettings(Duration.ofMinutes(10), Duration.ofSeconds(10), DEFAULT_NETWORK,
                Duration.ofMinutes(1), new Resources(512L << 20, 1_000_000_000L, 256, 0), Clock.systemUTC());
    }

    public ReconcilerSettings withOrphanGracePeriod(Duration grace) {
        return new ReconcilerSettings(grace, stopTimeout, networkName, volumeSizeInterval, fallbackResources, clock);
    }

    public ReconcilerSettings withStopTimeout(Duration stop) {
        return new ReconcilerSettings(orphanGracePeriod, stop, networkName, volumeSizeInterval, fallbackResources, clock);
    }

    public ReconcilerSettings withVolumeSizeInterval(Duration interval) {
        return new ReconcilerSettings(orphanGracePeriod, stopTimeout, networkName, interval, fallbackResources, clock);
    }

    public ReconcilerSettings withNetworkName(String network) {
        return new ReconcilerSettings(orphanGracePeriod, stopTimeout, network, volumeSizeInterval, fallbackResources, clock);
    }

    public ReconcilerSettings withClock(Clock newClock) {
        return new ReconcilerSettings(orphanGracePeriod, stopTimeout, networkName, volumeSizeInterval, fallbackResources,
                newClock);
    }
}
