package fr.conventio.application.fakes;

import fr.conventio.application.reading.AuditEntry;
import fr.conventio.application.reading.AuditTrailQueries;
import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.domain.shared.AgreementId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * In-memory {@link AuditTrailQueries}: the persistence adapter writes the audit rows with each save; here
 * a test puts the entries it wants with {@link #record}, each filed under the agreement it belongs to.
 */
public final class InMemoryAuditTrailQueries implements AuditTrailQueries {

    private record Row(AgreementId agreementId, long sequence, AuditEntry entry) {
    }

    private final List<Row> rows = new ArrayList<>();

    /** Files an entry about the agreement or about one of its records (payment, obligation...). */
    public synchronized void record(AgreementId agreementId, AuditEntry entry) {
        rows.add(new Row(Objects.requireNonNull(agreementId), rows.size(), Objects.requireNonNull(entry)));
    }

    @Override
    public synchronized Page<AuditEntry> agreementHistory(AgreementId agreementId, PageRequest page) {
        Comparator<Row> order = Comparator.comparing((Row r) -> r.entry().occurredAt()).thenComparing(Row::sequence);
        List<AuditEntry> all = rows.stream().filter(r -> r.agreementId().equals(agreementId))
                .sorted(page.ascending() ? order : order.reversed()).map(Row::entry).toList();
        return Pages.of(all, page);
    }

    public synchronized int size() {
        return rows.size();
    }
}
