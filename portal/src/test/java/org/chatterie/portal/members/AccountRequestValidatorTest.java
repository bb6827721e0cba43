package org.chatterie.portal.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.chatterie.portal.system.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountRequestValidatorTest {

    private static AccountRequestInput valid() {
        return new AccountRequestInput("  Marie Michu ", " Marie@Example.ORG ", 1L, " For my choir ", true, "fr-FR");
    }

    @Test
    void cleansAValidRequest() {
        var cleaned = AccountRequestValidator.validate(valid());
        assertThat(cleaned.name()).isEqualTo("Marie Michu");
        assertThat(cleaned.email()).isEqualTo("marie@example.org");
        assertThat(cleaned.reason()).isEqualTo("For my choir");
        assertThat(cleaned.locale()).isEqualTo("fr");
    }

    @Test
    void reportsEveryEmptyFieldAtOnce() {
        var empty = new AccountRequestInput(" ", null, null, "", false, null);
        assertThatThrownBy(() -> AccountRequestValidator.validate(empty))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field)
                        .containsExactlyInAnyOrder("name", "email", "plan", "reason", "terms"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"plainaddress", "a@b", "a b@example.org", "@example.org", "marie@", "marie@exa mple.org",
            "marie@@example.org", "marie@example..org", "marie@-example.org"})
    void refusesInvalidEmail(String email) {
        var input = new AccountRequestInput("Marie", email, 1L, "why", true, "fr");
        assertThatThrownBy(() -> AccountRequestValidator.validate(input))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.hasErrorOn("email")).isTrue();
                    assertThat(e.errors()).hasSize(1);
                });
    }

    @Test
    void refusesOversizedFields() {
        var input = new AccountRequestInput("x".repeat(101), "a".repeat(250) + "@example.org", 1L,
                "y".repeat(2001), true, "en");
        assertThatThrownBy(() -> AccountRequestValidator.validate(input))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::messageKey)
                        .containsExactlyInAnyOrder("request.error.name-too-long", "request.error.email-invalid",
                                "request.error.reason-too-long"));
    }

    @Test
    void refusesControlCharactersInName() {
        var input = new AccountRequestInput("Marie\u0000Michu", "marie@example.org", 1L, "why", true, "fr");
        assertThatThrownBy(() -> AccountRequestValidator.validate(input))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.hasErrorOn("name")).isTrue());
    }

    @Test
    void knowsOnlyFrenchAndEnglish() {
        assertThat(AccountRequestValidator.supportedLocale("en-GB")).isEqualTo("en");
        assertThat(AccountRequestValidator.supportedLocale("de")).isEqualTo("fr");
        assertThat(AccountRequestValidator.supportedLocale(null)).isEqualTo("fr");
    }
}
