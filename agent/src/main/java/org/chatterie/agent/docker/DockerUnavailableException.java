package org.chatterie.agent.docker;

/**
 * The Docker Engine could not be reached or answered nonsense, so nothing could be decided.
 * The message is a sentence meant for people (logs, the portal's node page).
 */
public class DockerUnavailableException extends RuntimeException {

    public DockerUnavailableException(String sentence, Throwable cause) {
        super(sentence, cause);
    }
}
