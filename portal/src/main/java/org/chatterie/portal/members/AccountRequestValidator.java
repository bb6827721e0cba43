package org.chatterie.portal.members;

import java.util.Locale;
import java.util.regex.Pattern;
import org.chatterie.portal.system.InvalidInputException;

/**
 * Checks a request from the public form field by field, so the person sees every problem at
 * once. Pure: no database, no Spring; the service adds the checks that need the database.
 */
final class AccountRequestValidator {

    static final int MAX_NAME = 100;
    static final int MAX_EMAIL = 254;
    static final int MAX_REASON = 2000;

    /** Pragmatic address check: one @, a dotted domain, no spaces or control characters. */
    private static final Pattern EMAIL = Pattern.compile(
            "^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    private AccountRequestValidator() {}

    /** @return the input cleaned (trimmed, e-mail lower-cased, locale known) when valid */
    static AccountRequestInput validate(AccountRequestInput input) {
        var errors = new InvalidInputException.Builder();
        String name = clean(input.name());
        String email = clean(input.email()).toLowerCase(Locale.ROOT);
        String reason = clean(input.reason());
        if (name.isEmpty()) {
            errors.add("name", "request.error.name-required");
        } else if (name.length() > MAX_NAME) {
            errors.add("name", "request.error.name-too-long", MAX_NAME);
        } else if (hasControlCharacters(name)) {
            errors.add("name", "request.error.name-invalid");
        }
        if (email.isEmpty()) {
            errors.add("email", "request.error.email-required");
        } else if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            errors.add("email", "request.error.email-invalid");
        }
        if (input.planId() == null) {
            errors.add("plan", "request.error.plan-required");
        }
        if (reason.isEmpty()) {
            errors.add("reason", "request.error.reason-required");
        } else if (reason.length() > MAX_REASON) {
            errors.add("reason", "request.error.reason-too-long", MAX_REASON);
        }
        if (!input.termsAccepted()) {
            errors.add("terms", "request.error.terms-required");
        }
        errors.throwIfAny();
        return new AccountRequestInput(name, email, input.planId(), reason, true, supportedLocale(input.locale()));
    }

    static String supportedLocale(String locale) {
        return locale != null && locale.toLowerCase(Locale.ROOT).startsWith("en") ? "en" : "fr";
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    private static boolean hasControlCharacters(String value) {
        return value.chars().anyMatch(Character::isISOControl);
    }
}
