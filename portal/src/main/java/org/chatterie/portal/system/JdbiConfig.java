package org.chatterie.portal.system;

import java.time.Clock;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.postgres.PostgresPlugin;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Jdbi over the portal's data source. Services own their transactions with
 * {@code jdbi.inTransaction(...)}, so an admin decision and its audit entry commit together.
 */
@Configuration(proxyBeanMethods = false)
class JdbiConfig {

    @Bean
    Jdbi jdbi(DataSource dataSource) {
        Jdbi jdbi = Jdbi.create(dataSource)
                .installPlugin(new SqlObjectPlugin())
                .installPlugin(new PostgresPlugin());
        // Exceptions must never carry bound values: specs hold apps' generated secrets.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        return jdbi;
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
