package fr.conventio.adapters.persistence.volume;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The database of the volume tools ({@link PortfolioGenerator}, the read-side benchmark) and the persistence
 * adapter's beans on it: {@code SPRING_DATASOURCE_URL}/{@code _USERNAME}/{@code _PASSWORD} when set; otherwise
 * an embedded PostgreSQL whose data stays in {@code portfolio.data-directory} (default
 * {@code target/portfolio-db}), its port printed at start. Flyway migrates the schema on opening.
 */
public final class PortfolioDatabase implements AutoCloseable {

    private final EmbeddedPostgres embedded;
    private final ConfigurableApplicationContext context;

    private PortfolioDatabase(EmbeddedPostgres embedded, ConfigurableApplicationContext context) {
        this.embedded = embedded;
        this.context = context;
    }

    public static PortfolioDatabase open() {
        EmbeddedPostgres embedded = null;
        if (System.getenv("SPRING_DATASOURCE_URL") == null && System.getProperty("spring.datasource.url") == null) {
            Path data = Path.of(System.getProperty("portfolio.data-directory", "target/portfolio-db"));
            try {
                Files.createDirectories(data);
                Files.deleteIfExists(data.resolve("postmaster.pid"));
                embedded = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                        .setServerConfig("timezone", "UTC").start();
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL embarqué : démarrage impossible dans " + data, e);
            }
            System.setProperty("spring.datasource.url", embedded.getJdbcUrl("postgres", "postgres"));
            System.setProperty("spring.datasource.username", "postgres");
            System.out.printf("Embedded PostgreSQL on port %d, data in %s%n", embedded.getPort(), data.toAbsolutePath());
        }
        SpringApplication application = new SpringApplication(PortfolioGenerator.GeneratorApplication.class);
        application.setDefaultProperties(Map.of("spring.main.banner-mode", "off", "logging.level.root", "WARN",
                "conventio.documents.directory", "target/portfolio-documents"));
        return new PortfolioDatabase(embedded, application.run());
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() throws IOException {
        try {
            context.close();
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
