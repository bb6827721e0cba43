package org.chatterie.agent.docker;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bytes used by each volume, as Docker measures them for {@code docker system df -v}
 * ({@code GET /system/df}; docker-java has no command for it). The engine walks every volume on
 * each call, which takes minutes on a node full of members' files, so measuring happens on a
 * background thread at most once per interval and a pass only reads the last figures. Going
 * through the engine rather than walking {@code /var/lib/docker/volumes} ourselves works whatever
 * the agent's permissions and wherever the engine's data root is.
 */
final class VolumeSizes implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(VolumeSizes.class);

    private final DockerEngine engine;
    private final Duration interval;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "chatterie-volume-sizes");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean measuring = new AtomicBoolean();
    private volatile Map<String, Long> bytesByVolume = Map.of();
    private volatile Instant lastAttempt;

    VolumeSizes(DockerEngine engine, Duration interval, Clock clock) {
        this.engine = engine;
        this.interval = interval;
        this.clock = clock;
    }

    /** The last measured sizes by Docker volume name; starts a new measurement in the background when stale. */
    Map<String, Long> latest() {
        Instant last = lastAttempt;
        if ((last == null || !clock.instant().isBefore(last.plus(interval))) && measuring.compareAndSet(false, true)) {
            lastAttempt = clock.instant();
            worker.execute(() -> {
                try {
                    measureNow();
                } finally {
                    measuring.set(false);
                }
            });
        }
        return bytesByVolume;
    }

    /** Measures now, on the caller's thread (first figures in tests, or on demand). */
    void measureNow() {
        try {
            JsonNode df = engine.getJsonSlowly("/system/df");
            Map<String, Long> sizes = new HashMap<>();
            for (JsonNode volume : df.path("Volumes")) {
                long size = volume.path("UsageData").path("Size").asLong(-1);
                if (size >= 0) {
                    sizes.put(volume.path("Name").asText(), size);
                }
            }
            bytesByVolume = Map.copyOf(sizes);
        } catch (RuntimeException e) {
            // Sizes are informative: keep the last figures and say why, once per attempt.
            LOG.warn("Volume sizes were not measured: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
