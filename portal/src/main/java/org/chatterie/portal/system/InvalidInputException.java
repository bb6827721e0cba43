package org.chatterie.portal.system;

import java.util.ArrayList;
import java.util.List;

/**
 * Input that a service refuses, with one message key per offending field. Views translate
 * the keys and show them next to the field; nothing has been stored when this is thrown.
 */
public class InvalidInputException extends RuntimeException {

    /** A refused field: {@code field} names the form field, {@code messageKey} the translation. */
    public record FieldError(String field, String messageKey, Object... args) {}

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.messageKey()).toList().toString());
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String messageKey, Object... args) {
        return new InvalidInputException(List.of(new FieldError(field, messageKey, args)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    public boolean hasErrorOn(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    /** Collects errors, then throws them all at once so the person sees every problem. */
    public static final class Builder {
        private final List<FieldError> errors = new ArrayList<>();

        public Builder add(String field, String messageKey, Object... args) {
            errors.add(new FieldError(field, messageKey, args));
            return this;
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }
    }
}
