package fr.conventio.adapters.persistence.support;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;

/**
 * After each migration (Flyway's {@code afterMigrate}, run by the schema's owner), gives the application's
 * role what it needs and no more, when the schema owner and the application's role are two roles (the
 * embedded server's {@code conventio_owner} and {@code conventio_app}):
 * <ul>
 * <li>select, insert, update, delete on every table, usage on the sequences (new tables of a migration too);</li>
 * <li>the append-only tables ({@code audit_event}, {@code installation_marker}) lose update, delete and truncate:
 *     the rights are the first lock, the audit trail's triggers the second;</li>
 * <li>Flyway's history table is read-only for it.</li>
 * </ul>
 * Not being the owner, the application's role can neither alter nor drop a table, nor a trigger.
 */
public class ApplicationRoleGrants implements Callback {

    static final List<String> APPEND_ONLY_TABLES = List.of("audit_event", "installation_marker");
    private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final String role;

    public ApplicationRoleGrants(String role) {
        if (!ROLE_NAME.matcher(role).matches()) {
            throw new IllegalArgumentException("not a plain PostgreSQL role name: " + role);
        }
        this.role = role;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            grant(context.getConnection(), context.getConfiguration().getTable());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot grant the application's role " + role + " its rights on the schema", e);
        }
    }

    void grant(Connection connection, String historyTable) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("grant select, insert, update, delete on all tables in schema public to " + role);
            statement.execute("grant usage, select on all sequences in schema public to " + role);
            for (String table : APPEND_ONLY_TABLES) {
                if (exists(connection, table)) {
                    statement.execute("revoke update, delete, truncate on " + table + " from " + role);
                }
            }
            if (exists(connection, historyTable)) {
                statement.execute("revoke insert, update, delete, truncate on \"" + historyTable.replace("\"", "\"\"") + "\" from " + role);
            }
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select to_regclass(quote_ident(?)) is not null")) {
            query.setString(1, table);
            try (ResultSet result = query.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    @Override
    public String getCallbackName() {
        return "conventio application role grants";
    }
}
