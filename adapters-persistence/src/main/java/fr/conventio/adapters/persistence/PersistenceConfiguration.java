package fr.conventio.adapters.persistence;

import org.springframework.context.annotation.Configuration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;

/**
 * Spring Data JDBC repositories of this adapter, whatever package the application class is in.
 * Spring Boot configures the rest (dialect, converters, Flyway, transactions) from the DataSource.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcRepositories(basePackageClasses = PersistenceConfiguration.class)
class PersistenceConfiguration {
}
