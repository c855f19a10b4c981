package fr.conventio.adapters.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.adapters.persistence.PersistenceTestApplication;
import fr.conventio.adapters.persistence.TestDatabase;
import fr.conventio.adapters.persistence.calendar.CalendarTokenPersistenceAdapter;
import fr.conventio.application.fakes.FixedCurrentUser;
import fr.conventio.application.port.out.CalendarTokenRepository;
import fr.conventio.application.shared.CalendarTokens;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;

import java.sql.Timestamp;

/** The contract on the PostgreSQL adapter (table calendar_token of V30), its constraints and its audit rows. */
@SpringBootTest(classes = PersistenceTestApplication.class)
class CalendarTokenRepositoryContractIT extends CalendarTokenRepositoryContract {

    @Autowired
    private CalendarTokenPersistenceAdapter adapter;
    @Autowired
    private TestDatabase database;
    @Autowired
    private FixedCurrentUser currentUser;

    @BeforeEach
    void noToken() {
        database.empty();
        database.jdbc().execute("delete from calendar_token");
    }

    @Override
    protected CalendarTokenRepository tokens() {
        return adapter;
    }

    @Test
    void issue_regeneration_and_revocation_are_audited_without_the_digest() {
        currentUser.actAs("instructeur");
        String first = CalendarTokens.digest(CalendarTokens.newToken());
        String second = CalendarTokens.digest(CalendarTokens.newToken());

        adapter.replace("instructeur", first, ISSUED);
        adapter.replace("instructeur", second, ISSUED.plusSeconds(60));
        adapter.revoke("instructeur");

        assertThat(database.jdbc().queryForList("select action from audit_event where aggregate_type = 'CALENDAR_TOKEN' order by id",
                String.class)).containsExactly("INSERT", "UPDATE", "DELETE");
        assertThat(database.jdbc().queryForList("select distinct actor from audit_event where aggregate_type = 'CALENDAR_TOKEN'",
                String.class)).containsExactly("instructeur");
        assertThat(database.jdbc().queryForList("select changes::text from audit_event where aggregate_type = 'CALENDAR_TOKEN'", String.class))
                .allSatisfy(changes -> assertThat(changes).contains("jeton délivré le").doesNotContain(first).doesNotContain(second));
    }

    @Test
    void the_table_refuses_a_blank_owner_and_a_digest_that_is_no_sha256() {
        var jdbc = database.jdbc();
        Timestamp at = Timestamp.from(ISSUED);
        String digest = CalendarTokens.digest(CalendarTokens.newToken());

        assertThatThrownBy(() -> jdbc.update("insert into calendar_token (owner, digest, issued_at) values (' ', ?, ?)", digest, at))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("calendar_token_owner_not_blank");
        assertThatThrownBy(() -> jdbc.update("insert into calendar_token (owner, digest, issued_at) values ('a', ?, ?)",
                digest.toUpperCase(), at)).isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("calendar_token_digest_sha256_hex");
        assertThatThrownBy(() -> jdbc.update("insert into calendar_token (owner, digest, issued_at) values ('a', ?, null)", digest))
                .isInstanceOf(DataIntegrityViolationException.class);
        jdbc.update("insert into calendar_token (owner, digest, issued_at) values ('a', ?, ?)", digest, at);
        assertThatThrownBy(() -> jdbc.update("insert into calendar_token (owner, digest, issued_at) values ('b', ?, ?)", digest, at))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("calendar_token_digest_unique");
    }
}
