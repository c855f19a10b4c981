package fr.conventio.bootstrap.database;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The roles of the embedded server, set up at each start by its superuser (idempotent):
 * <ul>
 * <li>{@value #OWNER} owns the schema's objects and is the role Flyway migrates with;</li>
 * <li>{@value #APPLICATION} is the role of the application's connection pool: it reads and writes the tables
 *     the owner grants it after each migration (never the audit trail's updates, deletes or truncation), and
 *     can neither create roles, change the schema, drop or disable the audit trail's triggers;</li>
 * <li>the superuser {@code postgres} is only used for this set-up and by zonky to start and stop the server.</li>
 * </ul>
 * Neither role is a superuser, creates roles or databases, or bypasses row security. Their passwords (and the
 * superuser's) are those of {@link EmbeddedCredentials}, stored as SCRAM-SHA-256 hashes computed by the driver
 * (no password travels in an SQL text). A data directory from before these roles, where {@code postgres} owns
 * everything, has its tables, sequences, views, functions and types handed over to the owner at its first start.
 */
public final class EmbeddedRoles {

    public static final String OWNER = "conventio_owner";
    public static final String APPLICATION = "conventio_app";
    static final String SUPERUSER = "postgres";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedRoles.class);

    /** Statements that hand over to the owner what someone else owns in the schema (extension members excepted). */
    private static final String HAND_OVER = """
            with schema_objects as (
                select case c.relkind when 'v' then 'view' when 'm' then 'materialized view' when 'f' then 'foreign table'
                                      else 'table' end as kind, c.oid::regclass::text as name, 1 as step
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'f') and c.relowner <> 'conventio_owner'::regrole
                  and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid and d.deptype = 'e')
                union all
                -- sequences of serial and identity columns follow their table: only the others are listed
                select 'sequence', c.oid::regclass::text, 2
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind = 'S' and c.relowner <> 'conventio_owner'::regrole
                  and not exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass and d.objid = c.oid
                                  and d.deptype in ('e', 'a', 'i'))
                union all
                select 'routine', p.oid::regprocedure::text, 3
                from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                where n.nspname = 'public' and p.proowner <> 'conventio_owner'::regrole
                  and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = p.oid and d.deptype = 'e')
                union all
                select case t.typtype when 'd' then 'domain' else 'type' end, t.oid::regtype::text, 4
                from pg_type t join pg_namespace n on n.oid = t.typnamespace
                where n.nspname = 'public' and t.typtype in ('d', 'e', 'r', 'm') and t.typowner <> 'conventio_owner'::regrole
                  and not exists (select 1 from pg_depend d where d.classid = 'pg_type'::regclass and d.objid = t.oid and d.deptype = 'e')
            )
            select format('alter %s %s owner to conventio_owner', kind, name) from schema_objects order by step, name""";

    private EmbeddedRoles() {
    }

    /** Creates or updates the roles, their passwords and rights; hands over the objects of an older data directory. */
    static void prepare(Connection superuser, EmbeddedCredentials credentials) throws SQLException {
        try (Statement statement = superuser.createStatement()) {
            for (String role : List.of(OWNER, APPLICATION)) {
                statement.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + role + "') then create role "
                        + role + "; end if; end $$");
                statement.execute("alter role " + role + " with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls inherit");
            }
            PGConnection pg = superuser.unwrap(PGConnection.class);
            pg.alterUserPassword(SUPERUSER, credentials.superuser().toCharArray(), "scram-sha-256");
            pg.alterUserPassword(OWNER, credentials.owner().toCharArray(), "scram-sha-256");
            pg.alterUserPassword(APPLICATION, credentials.application().toCharArray(), "scram-sha-256");

            String database = "\"" + superuser.getCatalog().replace("\"", "\"\"") + "\"";
            statement.execute("revoke all on database " + database + " from public");
            statement.execute("grant connect, create, temporary on database " + database + " to " + OWNER);
            statement.execute("grant connect on database " + database + " to " + APPLICATION);
            statement.execute("revoke create on schema public from public");
            statement.execute("grant usage, create on schema public to " + OWNER);
            statement.execute("grant usage on schema public to " + APPLICATION);
            handOverToOwner(statement);
        }
    }

    private static void handOverToOwner(Statement statement) throws SQLException {
        List<String> alterations = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(HAND_OVER)) {
            while (rows.next()) {
                alterations.add(rows.getString(1));
            }
        }
        for (String alteration : alterations) {
            statement.execute(alteration);
        }
        if (!alterations.isEmpty()) {
            LOG.info("Handed {} objects of the schema over to {} (they belonged to another role, e.g. a data directory from before"
                    + " the dedicated roles, or a restore made as postgres)", alterations.size(), OWNER);
        }
    }
}
