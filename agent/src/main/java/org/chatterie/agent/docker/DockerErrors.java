package org.chatterie.agent.docker;

import com.github.dockerjava.api.exception.DockerException;
import java.io.InterruptedIOException;
import java.io.IOException;
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
        if (error instanceof DockerException docker) {
            return "the Docker Engine said \"" + engineMessage(docker) + "\"";
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof InterruptedIOException) {
                return "the Docker Engine did not answer in time";
            }
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                // A socket that is missing or refuses connections: dockerd is down or elsewhere.
                String message = io.getMessage();
                String detail = message == null || message.isBlank() ? "" : " (" + strip(message) + ")";
                return "the Docker Engine is not reachable" + detail + "; is dockerd running?";
            }
        }
        String message = error.getMessage();
        for (Throwable t = error.getCause(); (message == null || message.isBlank()) && t != null; t = t.getCause()) {
            message = t.getMessage();
        }
        return message == null || message.isBlank() ? "an unexpected " + error.getClass().getSimpleName() : strip(message);
    }

    /** Drops a leading "java.io.FooException: " that wrapping exceptions copy into their messages. */
    private static String withoutClassName(String message) {
        return message.replaceFirst("^([a-z][\\w$]*\\.)+[A-Z][\\w$]*(Exception|Error): ", "");
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
        String trimmed = withoutClassName(message.strip());
        return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
