package org.chatterie.portal.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;

/**
 * The embedded distribution trusts every local connection. On a shared machine that would let
 * any local account read members' data, so the persistent embedded database gets a random
 * password (kept owner-only beside the data directory) and password authentication.
 */
final class EmbeddedPostgresPassword {

    private EmbeddedPostgresPassword() {}

    static String readOrCreate(Path dataDir) {
        Path file = dataDir.toAbsolutePath().getParent().resolve("pgpassword");
        try {
            if (Files.exists(file)) {
                return Files.readString(file).strip();
            }
            Files.createDirectories(file.getParent());
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            String password = Tokens.newId(24);
            Files.writeString(file, password + "\n");
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the embedded database password " + file, e);
        }
    }

    /** Sets the password and switches pg_hba.conf from trust to scram-sha-256 (idempotent). */
    static void enforce(EmbeddedPostgres postgres, String password, Path dataDir) {
        Path hba = dataDir.resolve("pg_hba.conf");
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            // The password is hex from our own generator: nothing to escape.
            statement.execute("alter role postgres password '" + password + "'");
            String rules = Files.readString(hba);
            String secured = rules.replaceAll("(?m)\\btrust\\s*$", "scram-sha-256");
            if (!secured.equals(rules)) {
                Files.writeString(hba, secured);
                statement.execute("select pg_reload_conf()");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot secure the embedded database: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot update " + hba, e);
        }
    }
}
