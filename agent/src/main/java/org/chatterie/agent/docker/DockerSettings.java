package org.chatterie.agent.docker;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the Docker Engine. {@code responseTimeout} bounds every ordinary call; it must
 * exceed the reconciler's stop timeout because {@code POST /containers/{id}/stop} only answers once
 * the container has stopped. {@code slowResponseTimeout} is for the rare reads that walk the disk
 * ({@code GET /system/df}), which can take minutes on a node full of members' data.
 */
public record DockerSettings(URI host, Duration connectTimeout, Duration responseTimeout,
                             Duration slowResponseTimeout) {

    public static final URI DEFAULT_HOST = URI.create("unix:///var/run/docker.sock");

    public DockerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(responseTimeout, "responseTimeout");
        Objects.requireNonNull(slowResponseTimeout, "slowResponseTimeout");
    }

    /** The local engine on its Unix socket, with timeouts that suit a small node. */
    public static DockerSettings defaults() {
        return of(DEFAULT_HOST);
    }

    public static DockerSettings of(URI host) {
        return new DockerSettings(host, Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(10));
    }
}
