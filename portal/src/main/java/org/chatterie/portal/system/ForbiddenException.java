package org.chatterie.portal.system;

/** A caller who is who they say, asking for something that is not theirs: HTTP 403. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
