package fr.conventio.adapters.persistence.recovery;

import fr.conventio.application.port.out.RecoveryOrderNumberingPort;
import fr.conventio.domain.settlement.RecoveryOrderNumber;
import fr.conventio.domain.shared.FunderId;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;

/**
 * Recovery order numbers from a counter row per funder and year ({@code recovery_order_counter}),
 * incremented by one {@code insert ... on conflict ... do update ... returning}: the row lock makes
 * concurrent callers queue, so no number is handed out twice. The counter is updated in a
 * transaction of its own ({@code REQUIRES_NEW}, committed at once): a number handed out stays used
 * even if the caller's transaction rolls back (a gap, never a duplicate), and the counter row is not
 * held locked for the whole of the caller's transaction. This takes a second pooled connection for a
 * moment while the caller's transaction holds one.
 */
@Component
public class RecoveryOrderNumberingAdapter implements RecoveryOrderNumberingPort {

    private static final String NEXT = """
            insert into recovery_order_counter (funder_id, year, last_sequence) values (:funderId, :year, 1)
            on conflict (funder_id, year) do update set last_sequence = recovery_order_counter.last_sequence + 1
            returning last_sequence""";

    private final NamedParameterJdbcTemplate jdbc;

    RecoveryOrderNumberingAdapter(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public RecoveryOrderNumber nextNumber(FunderId funderId, int year) {
        RecoveryOrderNumber.of(year, 1); // the domain's message for a year out of range, before the database's
        Integer sequence = jdbc.queryForObject(NEXT, Map.of("funderId", funderId.value(), "year", year), Integer.class);
        if (sequence == null) {
            throw new IllegalStateException("numérotation des titres : aucun numéro rendu pour " + funderId + " en " + year);
        }
        return RecoveryOrderNumber.of(year, sequence);
    }
}
