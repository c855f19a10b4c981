package fr.conventio.application.fakes;

import fr.conventio.application.port.out.RecoveryOrderNumberingPort;
import fr.conventio.domain.settlement.RecoveryOrderNumber;
import fr.conventio.domain.shared.FunderId;

import java.util.HashMap;
import java.util.Map;

/** In-memory {@link RecoveryOrderNumberingPort}: one counter per funder and year, from 1; a number is never given twice. */
public final class InMemoryRecoveryOrderNumbering implements RecoveryOrderNumberingPort {

    private final Map<String, Integer> counters = new HashMap<>();

    @Override
    public synchronized RecoveryOrderNumber nextNumber(FunderId funderId, int year) {
        int next = counters.merge(funderId + "/" + year, 1, Integer::sum);
        return RecoveryOrderNumber.of(year, next);
    }

    /** The counters, for the "nothing was written" assertions. */
    public synchronized Map<String, Integer> counters() {
        return Map.copyOf(counters);
    }
}
