package org.chatterie.portal.members;

import java.nio.charset.StandardCharsets;
import org.chatterie.portal.system.InvalidInputException;

/**
 * Length is what makes a password strong (NIST SP 800-63B): at least 12 characters, no
 * composition rules. bcrypt reads at most 72 bytes, so longer passwords are refused rather
 * than silently cut.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;

    private PasswordPolicy() {}

    static void check(String password, String confirmation) {
        var errors = new InvalidInputException.Builder();
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            errors.add("password", "password.error.too-short", MIN_LENGTH);
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            errors.add("password", "password.error.too-long", MAX_BYTES);
        } else if (!password.equals(confirmation)) {
            errors.add("confirmation", "password.error.mismatch");
        }
        errors.throwIfAny();
    }
}
