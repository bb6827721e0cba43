package org.chatterie.agent.docker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.transport.DockerHttpClient;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * A connection to one Docker Engine at a negotiated API version: the docker-java client for
 * ordinary calls, plus raw JSON reads for the few endpoints docker-java does not cover
 * ({@code /system/df}). Thread-safe; close it once, when the agent stops.
 */
public final class DockerEngine implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DockerClient client;
    private final DockerHttpClient http;
    private final Supplier<DockerHttpClient> slowHttpFactory;
    private final String apiVersion;
    private final String engineVersion;
    private final Duration responseTimeout;
    private DockerHttpClient slowHttp;

    DockerEngine(DockerClient client, DockerHttpClient http, Supplier<DockerHttpClient> slowHttpFactory,
                 String apiVersion, String engineVersion, Duration responseTimeout) {
        this.client = client;
        this.responseTimeout = responseTimeout;
        this.http = http;
        this.slowHttpFactory = slowHttpFactory;
        this.apiVersion = apiVersion;
        this.engineVersion = engineVersion;
    }

    /** The docker-java client; its synchronous {@code exec()} calls are bounded by the response timeout. */
    public DockerClient client() {
        return client;
    }

    /** The API version both sides speak, e.g. {@code 1.41} for Docker 20.10. */
    public String apiVersion() {
        return apiVersion;
    }

    /** The engine's own version, e.g. {@code 20.10.24+dfsg1}, for the node's facts. */
    public String engineVersion() {
        return engineVersion;
    }

    /** How long any ordinary call may wait for the engine's answer. */
    public Duration responseTimeout() {
        return responseTimeout;
    }

    /** {@code GET /v<api><path>} as JSON, with the ordinary response timeout. */
    JsonNode getJson(String path) {
        return getJson(http, path);
    }

    /** Same, for reads that walk the disk and may take minutes; uses a second client with a long timeout. */
    JsonNode getJsonSlowly(String path) {
        return getJson(slowHttp(), path);
    }

    private synchronized DockerHttpClient slowHttp() {
        if (slowHttp == null) {
            slowHttp = slowHttpFactory.get();
        }
        return slowHttp;
    }

    private JsonNode getJson(DockerHttpClient client, String path) {
        var request = DockerHttpClient.Request.builder()
                .method(DockerHttpClient.Request.Method.GET)
                .path("/v" + apiVersion + path)
                .build();
        try (var response = client.execute(request); InputStream body = response.getBody()) {
            if (response.getStatusCode() != 200) {
                throw new DockerUnavailableException("The Docker Engine answered " + response.getStatusCode()
                        + " to GET " + path + ".", null);
            }
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new DockerUnavailableException(DockerErrors.sentence("read " + path + " from the Docker Engine", e), e);
        }
    }

    @Override
    public void close() {
        closeQuietly(client);
        synchronized (this) {
            closeQuietly(slowHttp);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // Closing sockets at shutdown: nothing useful to do with a failure.
        }
    }
}
