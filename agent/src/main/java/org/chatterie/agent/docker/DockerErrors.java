package org.chatterie.agent.docker;

import com.github.dockerjava.api.exception.DockerException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns exceptions from docker-java and the socket into sentences a volunteer sysadmin can act
 * on. docker-java's own messages look like {@code Status 404: {"message":"No such image: x"}};
 * the engine's {@code message} is the part worth keeping.
 */
final class DockerErrors {

    private static final Pattern ENGINE_MESSAGE = Pattern.compile("\"message\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private DockerErrors() {}

    /** "Could not {doing}: {reason}." */
    static String sentence(String doing, Throwable error) {
        return "Could not " + doing + ": " + reason(error) + ".";
    }

    /** Why it failed, in words, without a trailing full stop. */
    static String reason(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof InterruptedIOException) {
                return "the Docker Engine did not answer in time";
            }
            if (t instanceof ConnectException) {
                return "the Docker Engine is not reachable (is dockerd running?)";
            }
        }
        if (error instanceof DockerException docker) {
            return "the Docker Engine said \"" + engineMessage(docker) + "\"";
        }
        String message = error.getMessage();
        for (Throwable t = error.getCause(); (message == null || message.isBlank()) && t != null; t = t.getCause()) {
            message = t.getMessage();
        }
        return message == null || message.isBlank() ? "an unexpected " + error.getClass().getSimpleName() : strip(message);
    }

    /** The engine's own words from a docker-java exception, or its status code. */
    static String engineMessage(DockerException error) {
        String raw = error.getMessage() == null ? "" : error.getMessage();
        Matcher matcher = ENGINE_MESSAGE.matcher(raw);
        if (matcher.find()) {
            return strip(matcher.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
        }
        return raw.isBlank() ? "error " + error.getHttpStatus() : strip(raw);
    }

    private static String strip(String message) {
        String trimmed = message.strip();
        return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
