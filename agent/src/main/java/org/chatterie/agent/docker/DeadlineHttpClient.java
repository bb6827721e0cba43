package org.chatterie.agent.docker;

import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds every call to the engine by a deadline. The zerodep transport's own response timeout
 * is a socket read timeout, which Unix sockets ignore (they are NIO channels underneath): a
 * {@code POST /containers/x/stop?t=600} would block the pass for ten minutes. So each call runs
 * on a worker thread and the caller waits at most the deadline; past it the worker is
 * interrupted, which closes its channel and frees the connection. Only the wait for the
 * response's headers is bounded here: the reconciler's calls are small JSON answers that follow
 * their headers at once, never streams.
 */
final class DeadlineHttpClient implements DockerHttpClient {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final DockerHttpClient delegate;
    private final Duration deadline;
    private final ExecutorService calls = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "docker-call-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    DeadlineHttpClient(DockerHttpClient delegate, Duration deadline) {
        this.delegate = delegate;
        this.deadline = deadline;
    }

    @Override
    public Response execute(Request request) {
        Future<Response> call = calls.submit(() -> delegate.execute(request));
        try {
            return call.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException late) {
            if (!call.cancel(true)) {
                return outcome(call); // It answered just now: use the answer.
            }
            throw new UncheckedIOException(new SocketTimeoutException("the Docker Engine did not answer "
                    + request.method() + " " + request.path() + " within " + deadline.toSeconds() + " seconds"));
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Docker Engine", e);
        } catch (ExecutionException failed) {
            throw rethrow(failed);
        }
    }

    private static Response outcome(Future<Response> call) {
        try {
            return call.get();
        } catch (ExecutionException failed) {
            throw rethrow(failed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Docker Engine", e);
        }
    }

    private static RuntimeException rethrow(ExecutionException failed) {
        Throwable cause = failed.getCause();
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        if (cause instanceof IOException io) {
            return new UncheckedIOException(io);
        }
        return new IllegalStateException(cause);
    }

    @Override
    public void close() throws IOException {
        calls.shutdownNow();
        delegate.close();
    }
}
