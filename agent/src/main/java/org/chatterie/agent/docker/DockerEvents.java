package org.chatterie.agent.docker;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Event;
import com.github.dockerjava.api.model.EventType;
import java.io.Closeable;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.chatterie.protocol.Protocol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wakes the agent when something happens to one of our containers (started, died, became
 * healthy or unhealthy, was removed by hand). Events carry no state: they only trigger a pass,
 * which then looks at Docker as it is. The stream reconnects by itself after an engine restart.
 */
public final class DockerEvents implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DockerEvents.class);
    private static final Duration RECONNECT = Duration.ofSeconds(5);

    private final DockerEngine engine;
    private final Runnable onEvent;
    private final ScheduledExecutorService reconnect = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "docker-events");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Closeable stream;
    private volatile boolean closed;

    public DockerEvents(DockerEngine engine, Runnable onEvent) {
        this.engine = engine;
        this.onEvent = onEvent;
    }

    public void start() {
        if (closed) {
            return;
        }
        try {
            stream = engine.client().eventsCmd()
                    .withEventTypeFilter(EventType.CONTAINER)
                    .withLabelFilter(Protocol.LABEL_MANAGED + "=true")
                    // Not exec_*: every healthcheck run is an exec, which would wake us constantly.
                    .withEventFilter("start", "die", "destroy", "health_status", "oom")
                    .exec(new ResultCallback.Adapter<Event>() {
                        @Override
                        public void onNext(Event event) {
                            onEvent.run();
                        }

                        @Override
                        public void onError(Throwable error) {
                            if (!closed) {
                                log.debug("Docker event stream interrupted: {}", error.getMessage());
                                later();
                            }
                        }

                        @Override
                        public void onComplete() {
                            later();
                        }
                    });
        } catch (RuntimeException e) {
            log.debug("Cannot follow Docker events yet: {}", e.getMessage());
            later();
        }
    }

    private void later() {
        if (!closed) {
            reconnect.schedule(this::start, RECONNECT.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        closed = true;
        reconnect.shutdownNow();
        Closeable current = stream;
        if (current != null) {
            try {
                current.close();
            } catch (java.io.IOException ignored) {
                // closing anyway
            }
        }
    }
}
