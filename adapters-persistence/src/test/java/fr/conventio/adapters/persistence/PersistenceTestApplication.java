package fr.conventio.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;
import fr.conventio.application.fakes.FixedCurrentUser;
import fr.conventio.application.fakes.TestClock;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The persistence adapter alone, on an embedded PostgreSQL: Spring Boot configures Spring Data
 * JDBC, Flyway (which builds the schema from scratch on the empty database) and transactions;
 * component scanning sees only this package.
 */
@SpringBootApplication
public class PersistenceTestApplication {

    /** The acting user of the audit trail; tests may switch it ({@link FixedCurrentUser#actAs}). */
    @Bean
    FixedCurrentUser currentUser() {
        return new FixedCurrentUser("instructeur.test");
    }

    /** The clock of the document storage (upload instants, the purge's cutoff); tests may move it. */
    @Bean
    TestClock clock() {
        return new TestClock(LocalDate.of(2021, 3, 1));
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource() {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(TestPostgres.createDatabase("conventio_it"));
        dataSource.setUsername(TestPostgres.USER);
        dataSource.setMaximumPoolSize(12);
        return dataSource;
    }
}
