package fr.conventio.domain.obligation;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Whether the three balance documents of V2 (O10) are in: the final income statement, the
 * qualitative and quantitative report and the certified last accounts. Feeds
 * {@code AgreementAccount.balanceDocumentsAccepted}.
 *
 * <p>D5: a yearly award of a CPO settled once at the end, but the last, asks for no financial report (O2) and no
 * balance documents of its own ({@link ObligationSchedule#REPORTED_OVER_THE_PERIOD}): the period's are those of
 * the last year, on whose final income statement the whole period is settled. Such a year, recognised by
 * obligations among which neither O2 nor any O10 document appears, has none outstanding.
 */
public final class BalanceDocuments {

    /** The three O10 documents. */
    public static final Set<ObligationType> TYPES = EnumSet.of(ObligationType.FINAL_INCOME_STATEMENT,
            ObligationType.QUALITATIVE_QUANTITATIVE_REPORT, ObligationType.CERTIFIED_LAST_ACCOUNTS);

    private BalanceDocuments() {
    }

    /** True when each of the three O10 documents exists among {@code obligations} and every one of them is ACCEPTED or WAIVED. */
    public static boolean accepted(Collection<Obligation> obligations) {
        return outstanding(obligations).isEmpty();
    }

    /** The O10 documents still missing or not yet accepted (for a clear message to staff). */
    public static Set<ObligationType> outstanding(Collection<Obligation> obligations) {
        Set<ObligationType> outstanding = EnumSet.noneOf(ObligationType.class);
        if (reportedOverThePeriod(obligations)) {
            return outstanding;
        }
        for (ObligationType type : TYPES) {
            List<Obligation> ofType = obligations.stream().filter(o -> o.type() == type).toList();
            if (ofType.isEmpty() || !ofType.stream().allMatch(o -> o.status().isFulfilled())) {
                outstanding.add(type);
            }
        }
        return outstanding;
    }

    /** D5: the obligations of a year whose report and balance documents are those of the period (none of them planned). */
    public static boolean reportedOverThePeriod(Collection<Obligation> obligations) {
        return !obligations.isEmpty()
                && obligations.stream().noneMatch(o -> ObligationSchedule.REPORTED_OVER_THE_PERIOD.contains(o.type()));
    }
}
