package fr.conventio.adapters.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.mail.StaffDigestLogPort;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The staff digest log, the same on the fake and on PostgreSQL: one claim per person and day. */
public abstract class StaffDigestLogContract {

    protected static final LocalDate DAY = LocalDate.of(2026, 12, 2);
    protected static final Instant AT = Instant.parse("2026-12-02T06:30:00Z");

    protected abstract StaffDigestLogPort log();

    @Test
    void a_person_and_day_is_claimed_once_whatever_the_count() {
        assertThat(log().claim("mdupont", DAY, 3, AT)).isTrue();
        assertThat(log().claim("mdupont", DAY, 0, AT.plusSeconds(3600))).isFalse();
    }

    @Test
    void another_day_or_another_person_is_a_claim_of_its_own() {
        assertThat(log().claim("mdupont", DAY, 0, AT)).isTrue();
        assertThat(log().claim("mdupont", DAY.plusDays(1), 2, AT.plusSeconds(86_400))).isTrue();
        assertThat(log().claim("responsable", DAY, 1, AT)).isTrue();
    }
}
