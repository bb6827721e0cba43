package org.chatterie.portal.system;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every {@code chatterie.*} setting in one place, with the defaults a small host wants.
 * The operator guide (docs/operator-guide.md) documents each of them.
 */
@ConfigurationProperties("chatterie")
public record ChatterieProperties(
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("Chatterie") String hostName,
        String termsUrl,
        @DefaultValue EmbeddedPostgres embeddedPostgres,
        @DefaultValue Admin admin,
        @DefaultValue Requests requests,
        @DefaultValue Mail mail) {

    /**
     * The database started in-process when no {@code spring.datasource.url} is set. The data
     * directory's default ({@code ~/.chatterie/pgdata}) is in application.properties, where
     * {@code ${user.home}} is resolved.
     */
    public record EmbeddedPostgres(
            Path dataDir,
            @DefaultValue("false") boolean ephemeral,
            @DefaultValue("0") int port) {}

    /** The first administrator, created at start when none exists yet. */
    public record Admin(String email, String password, @DefaultValue("Admin") String name, Path setupCodeFile) {}

    /** Abuse protection and lifetime of the links sent by e-mail. */
    public record Requests(
            @DefaultValue("5") int maxPerAddressPerHour,
            @DefaultValue("3") int maxPerEmailPerDay,
            @DefaultValue("72h") Duration passwordLinkValidity) {}

    /** Outgoing mail. Without {@code spring.mail.host}, an in-process SMTP server catches it. */
    public record Mail(
            @DefaultValue("chatterie@localhost") String from,
            @DefaultValue("3025") int embeddedPort) {}
}
