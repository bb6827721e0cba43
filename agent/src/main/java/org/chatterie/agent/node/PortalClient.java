package org.chatterie.agent.node;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.chatterie.protocol.DesiredState;
import org.chatterie.protocol.EnrollRequest;
import org.chatterie.protocol.EnrollResponse;
import org.chatterie.protocol.NodeReport;

/**
 * The agent's calls to the portal. The agent always dials out (nodes may sit behind NAT).
 * Every call has a timeout; failures become {@link PortalException} with a sentence an
 * operator understands.
 */
public final class PortalClient {

    /** A desired state as served, with its ETag. */
    public record Fetched(DesiredState state, String etag, String body) {}

    public static final class PortalException extends Exception {
        public PortalException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final HttpClient http;
    /** The long poll in flight, if any, so a Docker event can cut it short. */
    private final java.util.concurrent.atomic.AtomicReference<java.util.concurrent.CompletableFuture<?>> waiting =
            new java.util.concurrent.atomic.AtomicReference<>();
    private final ObjectMapper json;
    private final Duration timeout;

    public PortalClient(ObjectMapper json, Duration timeout) {
        this.json = json;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public EnrollResponse enroll(String portalUrl, EnrollRequest request) throws PortalException {
        var response = send(HttpRequest.newBuilder(uri(portalUrl, "/api/v1/enroll"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(request))), portalUrl);
        if (response.statusCode() != 200) {
            throw new PortalException("The portal refused the enrollment (HTTP " + response.statusCode() + "): "
                    + problem(response.body()), null);
        }
        return read(response.body(), EnrollResponse.class);
    }

    /**
     * @param waitSeconds with an etag, how long the portal may hold the request until the state
     *                    changes (long poll); 0 answers at once
     * @return empty when the state is unchanged since {@code etag} (HTTP 304)
     */
    public Optional<Fetched> desiredState(NodeIdentity node, String token, String etag, int waitSeconds)
            throws PortalException {
        String query = etag != null && waitSeconds > 0 ? "?wait=" + waitSeconds : "";
        var builder = HttpRequest.newBuilder(uri(node.portalUrl(),
                        "/api/v1/nodes/" + node.nodeId() + "/desired-state" + query))
                .timeout(timeout.plusSeconds(waitSeconds))
                .header("Authorization", "Bearer " + token).GET();
        if (etag != null) {
            builder.header("If-None-Match", etag);
        }
        HttpResponse<String> response;
        if (query.isEmpty()) {
            response = send(builder, node.portalUrl());
        } else {
            var future = http.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofString());
            waiting.set(future);
            try {
                response = future.get();
            } catch (java.util.concurrent.CancellationException cut) {
                return Optional.empty(); // cut short by cancelWaiting(): nothing new from the portal
            } catch (java.util.concurrent.ExecutionException e) {
                throw new PortalException("The portal at " + node.portalUrl() + " cannot be reached: "
                        + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PortalException("Interrupted while waiting for the portal", e);
            } finally {
                waiting.set(null);
            }
        }
        if (response.statusCode() == 304) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new PortalException("The portal answered HTTP " + response.statusCode() + " for the desired state"
                    + (response.statusCode() == 401 ? " (is this node revoked?)" : ""), null);
        }
        String body = response.body();
        return Optional.of(new Fetched(read(body, DesiredState.class),
                response.headers().firstValue("ETag").orElse(null), body));
    }

    /** Ends a long poll in flight at once (its answer is then "no change"). */
    public void cancelWaiting() {
        var future = waiting.get();
        if (future != null) {
            future.cancel(true);
        }
    }

    public void report(NodeIdentity node, String token, NodeReport report) throws PortalException {
        var response = send(HttpRequest.newBuilder(uri(node.portalUrl(), "/api/v1/nodes/" + node.nodeId() + "/report"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(report))), node.portalUrl());
        if (response.statusCode() != 204 && response.statusCode() != 200) {
            throw new PortalException("The portal refused the report (HTTP " + response.statusCode() + "): "
                    + problem(response.body()), null);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String portalUrl) throws PortalException {
        try {
            HttpRequest built = request.build();
            if (built.timeout().isEmpty()) {
                built = request.timeout(timeout).build();
            }
            return http.send(built, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PortalException("The portal at " + portalUrl + " cannot be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PortalException("Interrupted while calling the portal", e);
        }
    }

    private static URI uri(String portalUrl, String path) throws PortalException {
        try {
            return URI.create(portalUrl.replaceAll("/+$", "") + path);
        } catch (IllegalArgumentException e) {
            throw new PortalException("The portal address " + portalUrl + " is not a valid URL", e);
        }
    }

    private String write(Object value) throws PortalException {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new PortalException("Cannot encode the request", e);
        }
    }

    private <T> T read(String body, Class<T> type) throws PortalException {
        try {
            return json.readValue(body, type);
        } catch (IOException e) {
            throw new PortalException("The portal's answer is not what this agent expects: " + e.getMessage(), e);
        }
    }

    private String problem(String body) {
        try {
            var node = json.readTree(body);
            if (node != null && node.has("detail")) {
                return node.get("detail").asText();
            }
        } catch (IOException ignored) {
            // not a problem document: show the start of the body
        }
        return body == null ? "" : body.substring(0, Math.min(200, body.length()));
    }
}
