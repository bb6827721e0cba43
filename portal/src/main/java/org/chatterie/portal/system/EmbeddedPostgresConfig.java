package org.chatterie.portal.system;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts real PostgreSQL binaries in-process when no external database is configured, so a
 * host can try Chatterie with one command. The data directory persists between runs, and
 * durability settings that the embedded distribution turns off for speed are turned back
 * on: a member's data must survive a power cut even on the default setup.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfig.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(ChatterieProperties properties) throws IOException {
        var settings = properties.embeddedPostgres();
        Path dataDir = settings.ephemeral()
                ? Files.createTempDirectory("chatterie-pg")
                : settings.dataDir();
        Files.createDirectories(dataDir.getParent());
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(settings.ephemeral())
                .setServerConfig("fsync", settings.ephemeral() ? "off" : "on")
                .setServerConfig("synchronous_commit", settings.ephemeral() ? "off" : "on")
                .setServerConfig("full_page_writes", settings.ephemeral() ? "off" : "on");
        if (settings.port() > 0) {
            builder.setPort(settings.port());
        }
        String password = settings.ephemeral() ? "" : EmbeddedPostgresPassword.readOrCreate(dataDir);
        if (!password.isEmpty()) {
            builder.setConnectConfig("password", password);
        }
        EmbeddedPostgres postgres = builder.start();
        if (!password.isEmpty()) {
            EmbeddedPostgresPassword.enforce(postgres, password, dataDir);
        }
        log.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(), dataDir);
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres, ChatterieProperties properties) {
        var settings = properties.embeddedPostgres();
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        if (!settings.ephemeral()) {
            dataSource.setPassword(EmbeddedPostgresPassword.readOrCreate(settings.dataDir()));
        }
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("chatterie");
        return dataSource;
    }
}
