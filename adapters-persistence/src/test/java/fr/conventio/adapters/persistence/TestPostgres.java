package fr.conventio.adapters.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * One embedded PostgreSQL server (zonky, real binaries, temporary data directory removed at exit)
 * for every IT of the JVM. Each database is created empty on demand.
 */
final class TestPostgres {

    static final String USER = "postgres";
    private static EmbeddedPostgres server;

    private TestPostgres() {
    }

    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().setRegisterShutdownHook(true).start();
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL embarqué : démarrage impossible", e);
            }
        }
        return server;
    }

    /** Creates an empty database and returns its JDBC URL. */
    static String createDatabase(String name) {
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("base " + name + " : création impossible", e);
        }
        return server().getJdbcUrl(USER, name);
    }

    static DataSource database(String name) {
        return server().getDatabase(USER, name);
    }
}
