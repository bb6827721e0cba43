package org.chatterie.agent.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.core.RemoteApiVersion;
import com.github.dockerjava.transport.DockerHttpClient;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * Connects to a Docker Engine with the zerodep transport (starts in ~120 ms, no Netty/Jersey),
 * every call bounded by {@link DeadlineHttpClient}, and negotiates the API version: docker-java
 * 3.7 speaks 1.44 by default, which Docker 20.10 (API 1.41, Debian 12's docker.io) refuses
 * outright; so we ask the engine first ({@code GET /version} answers without a version prefix)
 * and use the lower of the two.
 */
public final class DockerClients {

    /** The newest API docker-java 3.7.1 knows; an engine newer than this is spoken to at this version. */
    static final RemoteApiVersion NEWEST_SUPPORTED = RemoteApiVersion.VERSION_1_44;

    private static final ObjectMapper JSON = new ObjectMapper();

    private DockerClients() {}

    /** Connects, or throws {@link DockerUnavailableException} with a sentence saying why not. */
    public static DockerEngine connect(DockerSettings settings) {
        return connect(settings, UnaryOperator.identity());
    }

    /** As {@link #connect(DockerSettings)}, with the HTTP client decorated (tests count write calls). */
    static DockerEngine connect(DockerSettings settings, UnaryOperator<DockerHttpClient> decorator) {
        DockerHttpClient http = decorator.apply(httpClient(settings, settings.responseTimeout()));
        try {
            JsonNode version = getVersion(http, settings);
            String api = negotiate(version.path("ApiVersion").asText(""), version.path("MinAPIVersion").asText(""));
            var config = DefaultDockerClientConfig.createDefaultConfigBuilder()
                    .withDockerHost(settings.host().toString())
                    .withDockerTlsVerify(false)
                    .withApiVersion(api)
                    .build();
            var client = DockerClientImpl.getInstance(config, http);
            return new DockerEngine(client, http, () -> httpClient(settings, settings.slowResponseTimeout()),
                    api, version.path("Version").asText("unknown"), settings.responseTimeout());
        } catch (RuntimeException e) {
            closeQuietly(http);
            throw e;
        }
    }

    /**
     * The API version to speak: the lower of the engine's and docker-java's newest. Refuses an
     * engine too old for docker-java's minimum rather than failing later on the first call.
     */
    static String negotiate(String engineApi, String engineMinApi) {
        if (!engineApi.matches("\\d+\\.\\d+")) {
            throw new DockerUnavailableException("The Docker Engine did not say which API version it speaks (\""
                    + engineApi + "\"); is this really Docker?", null);
        }
        RemoteApiVersion engine = RemoteApiVersion.parseConfig(engineApi);
        if (!engine.isGreaterOrEqual(RemoteApiVersion.VERSION_1_24)) {
            throw new DockerUnavailableException("The Docker Engine speaks API version \"" + engineApi
                    + "\", older than 1.24, the oldest this agent can use; please upgrade Docker.", null);
        }
        RemoteApiVersion chosen = engine.isGreater(NEWEST_SUPPORTED) ? NEWEST_SUPPORTED : engine;
        if (engineMinApi.matches("\\d+\\.\\d+") && RemoteApiVersion.parseConfig(engineMinApi).isGreater(chosen)) {
            throw new DockerUnavailableException("The Docker Engine no longer accepts API version "
                    + chosen.getVersion() + " (its minimum is " + engineMinApi + "); this agent needs an update.", null);
        }
        return chosen.getVersion();
    }

    private static JsonNode getVersion(DockerHttpClient http, DockerSettings settings) {
        var request = DockerHttpClient.Request.builder()
                .method(DockerHttpClient.Request.Method.GET)
                .path("/version")
                .build();
        try (var response = http.execute(request); InputStream body = response.getBody()) {
            if (response.getStatusCode() != 200) {
                throw new DockerUnavailableException("The Docker Engine at " + settings.host()
                        + " answered " + response.getStatusCode() + " when asked for its version.", null);
            }
            return JSON.readTree(body);
        } catch (IOException | RuntimeException e) {
            if (e instanceof DockerUnavailableException known) {
                throw known;
            }
            throw new DockerUnavailableException(DockerErrors.sentence(
                    "reach the Docker Engine at " + settings.host(), e), e);
        }
    }

    private static DockerHttpClient httpClient(DockerSettings settings, Duration responseTimeout) {
        var zerodep = new ZerodepDockerHttpClient.Builder()
                .dockerHost(settings.host())
                .connectionTimeout(settings.connectTimeout())
                // Works over TCP only; DeadlineHttpClient bounds calls on Unix sockets too.
                .responseTimeout(responseTimeout)
                .maxConnections(16)
                .build();
        return new DeadlineHttpClient(zerodep, responseTimeout);
    }

    private static void closeQuietly(DockerHttpClient http) {
        try {
            http.close();
        } catch (IOException ignored) {
            // Already failing; the original error is the one worth reporting.
        }
    }
}
