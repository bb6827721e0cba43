package org.chatterie.agent.docker;

import java.util.function.Supplier;

/**
 * Runs one Docker call and, if it fails, says what we were doing in the failure's sentence:
 * "Could not start container chatterie-x: the Docker Engine said ...". The call itself is
 * bounded by the HTTP client's response timeout.
 */
final class DockerCalls {

    private DockerCalls() {}

    static <T> T attempt(String doing, Supplier<T> call) {
        try {
            return call.get();
        } catch (ReconcileFailure alreadyWorded) {
            throw alreadyWorded;
        } catch (RuntimeException e) {
            throw new ReconcileFailure(DockerErrors.sentence(doing, e));
        }
    }

    static void attempt(String doing, Runnable call) {
        attempt(doing, () -> {
            call.run();
            return null;
        });
    }
}
