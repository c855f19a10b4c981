package fr.conventio.adapters.persistence.mail;

import fr.conventio.application.mail.StaffDigestLogPort;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The digest log in {@code staff_digest} (V32), in the caller's transaction: {@code insert ... on conflict do
 * nothing} on the primary key (user name, day), so that of two runs at the same moment (two instances) the second
 * waits for the first transaction and then claims nothing.
 */
@Component
public class StaffDigestLogAdapter implements StaffDigestLogPort {

    private final NamedParameterJdbcTemplate jdbc;

    StaffDigestLogAdapter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean claim(String username, LocalDate day, int items, Instant at) {
        return jdbc.update("insert into staff_digest (username, digest_date, items, created_at) values (:username, :day, :items, :at)"
                        + " on conflict (username, digest_date) do nothing",
                new MapSqlParameterSource().addValue("username", username).addValue("day", day).addValue("items", items)
                        .addValue("at", at.atOffset(ZoneOffset.UTC))) == 1;
    }
}
