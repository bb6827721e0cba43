package org.chatterie.portal.members;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.chatterie.portal.system.InvalidInputException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void acceptsALongPassphrase() {
        assertThatCode(() -> PasswordPolicy.check("le chat dort au soleil", "le chat dort au soleil"))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesShortPasswords() {
        assertThatThrownBy(() -> PasswordPolicy.check("short", "short"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.errors().get(0).messageKey())
                                .isEqualTo("password.error.too-short"));
    }

    @Test
    void refusesWhatBcryptWouldCut() {
        String tooLong = "é".repeat(37); // 74 bytes in UTF-8
        assertThatThrownBy(() -> PasswordPolicy.check(tooLong, tooLong))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.errors().get(0).messageKey())
                                .isEqualTo("password.error.too-long"));
    }

    @Test
    void refusesAMismatchedConfirmation() {
        assertThatThrownBy(() -> PasswordPolicy.check("le chat dort au soleil", "le chat dort a l'ombre"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.hasErrorOn("confirmation")).isTrue());
    }
}
