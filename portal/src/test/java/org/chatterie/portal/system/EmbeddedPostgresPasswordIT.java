package org.chatterie.portal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The persistent embedded database refuses local connections without its password. */
class EmbeddedPostgresPasswordIT {

    @TempDir Path home;

    private EmbeddedPostgres start(Path dataDir, String password) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false)
                .setConnectConfig("password", password).start();
    }

    @Test
    void aPasswordIsRequiredAndSurvivesARestart() throws Exception {
        Path dataDir = home.resolve("pgdata");
        String password = EmbeddedPostgresPassword.readOrCreate(dataDir);
        assertThat(Files.getPosixFilePermissions(home.resolve("pgpassword")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        assertThat(EmbeddedPostgresPassword.readOrCreate(dataDir)).isEqualTo(password);

        try (EmbeddedPostgres postgres = start(dataDir, password)) {
            EmbeddedPostgresPassword.enforce(postgres, password, dataDir);
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "wrong").close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            try (var connection = DriverManager.getConnection(url, "postgres", password)) {
                assertThat(connection.isValid(2)).isTrue();
            }
        }
        try (EmbeddedPostgres again = start(dataDir, password)) {
            EmbeddedPostgresPassword.enforce(again, password, dataDir);
            assertThat(Files.readString(dataDir.resolve("pg_hba.conf"))).doesNotContainPattern("(?m)\\btrust\\s*$");
        }
    }
}
