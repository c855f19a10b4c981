package fr.conventio.domain.termination;

import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.FrenchFormat;
import fr.conventio.domain.shared.IllegalTransitionException;
import fr.conventio.domain.shared.RuleViolationException;
import fr.conventio.domain.shared.DatePeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Decides whether an agreement may be terminated and with what money consequences (Art. 8):
 * <ul>
 *   <li>T1 BREACH_AFTER_NOTICE, by either party: needs a formal notice sent by that party, not
 *       remedied, and an effective date at least one month after it.</li>
 *   <li>T2 DISSOLUTION, LIQUIDATION, OUT_OF_COMPETENCE: by the funder only, at once, no notice.</li>
 *   <li>T3 restitution, demanded by the funder on the association's serious breach (so only with
 *       BREACH_AFTER_NOTICE initiated by the funder): FULL (everything received) or PRO_RATA_TEMPORIS,
 *       where the association keeps subsidy × days elapsed before the effective date / days in the
 *       period and gives back what it received above that. When it received less than that, it owes
 *       nothing and nothing more is paid: the agreement is terminated and payments on a terminated
 *       agreement are refused.</li>
 * </ul>
 * Only a SIGNED, SUSPENDED or SETTLED agreement can be terminated.
 */
public final class TerminationPolicy {

    private static final Set<AgreementStatus> TERMINABLE = EnumSet.of(AgreementStatus.SIGNED, AgreementStatus.SUSPENDED, AgreementStatus.SETTLED);

    private TerminationPolicy() {
    }

    public static TerminationOutcome decide(TerminationRequest request) {
        if (!TERMINABLE.contains(request.agreementStatus())) {
            throw new IllegalTransitionException("la convention est " + request.agreementStatus().label()
                    + " : seule une convention signée, suspendue ou soldée peut être résiliée");
        }
        switch (request.ground()) {
            case BREACH_AFTER_NOTICE -> checkNotice(request);
            case DISSOLUTION, LIQUIDATION, OUT_OF_COMPETENCE -> {
                if (request.initiatedBy() != Party.FUNDER) {
                    throw new RuleViolationException("T2", "seul le financeur peut résilier pour " + request.ground().label());
                }
            }
        }
        Amount received = request.amountReceived();
        return switch (request.restitution()) {
            case NONE -> outcome(request, received, Amount.ZERO);
            case FULL -> {
                requireSeriousBreachByFunder(request);
                yield outcome(request, Amount.ZERO, received);
            }
            case PRO_RATA_TEMPORIS -> {
                requireSeriousBreachByFunder(request);
                Amount kept = proRataTemporisKept(request);
                yield outcome(request, kept, received.minusOrZero(kept));
            }
        };
    }

    /** T3: subsidy × days elapsed before the effective date / days in the period (80 000 × 182 / 366 = 39 781,42). */
    public static Amount proRataTemporisKept(TerminationRequest request) {
        return proRataTemporisKept(request.subsidy(), request.period(), request.effectiveDate());
    }

    /**
     * T3 written once: {@code granted} × days elapsed before {@code effectiveDate} / days in {@code period}. A multi-year
     * agreement (D5) passes what was granted for the years covered and the period those years cover.
     */
    public static Amount proRataTemporisKept(Amount granted, DatePeriod period, LocalDate effectiveDate) {
        long elapsed = period.daysElapsedBefore(effectiveDate);
        return granted.prorata(BigDecimal.valueOf(elapsed), BigDecimal.valueOf(period.days()));
    }

    private static void checkNotice(TerminationRequest request) {
        FormalNotice notice = request.notice();
        if (notice == null) {
            throw new RuleViolationException("T1", "une résiliation pour manquement exige une mise en demeure préalable par lettre recommandée");
        }
        if (notice.sentBy() != request.initiatedBy()) {
            throw new RuleViolationException("T1", "la mise en demeure a été adressée par " + notice.sentBy().label()
                    + " : elle ne permet pas à " + request.initiatedBy().label() + " de résilier");
        }
        if (notice.isRemedied()) {
            throw new RuleViolationException("T1", "la mise en demeure du " + FrenchFormat.date(notice.sentOn())
                    + " a été suivie d'effet le " + FrenchFormat.date(notice.remediedOn()) + " : elle ne permet plus de résilier");
        }
        if (request.effectiveDate().isBefore(notice.earliestTerminationDate())) {
            throw new RuleViolationException("T1", "la résiliation ne peut intervenir qu'un mois après la mise en demeure du "
                    + FrenchFormat.date(notice.sentOn()) + ", soit à partir du " + FrenchFormat.date(notice.earliestTerminationDate())
                    + " (date d'effet demandée : " + FrenchFormat.date(request.effectiveDate()) + ")");
        }
    }

    private static void requireSeriousBreachByFunder(TerminationRequest request) {
        if (request.ground() != TerminationGround.BREACH_AFTER_NOTICE || request.initiatedBy() != Party.FUNDER) {
            throw new RuleViolationException("T3", "la restitution n'est exigée que par le financeur, pour manquement grave de l'association ("
                    + "motif demandé : " + request.ground().label() + ", à l'initiative de " + request.initiatedBy().label() + ")");
        }
    }

    private static TerminationOutcome outcome(TerminationRequest request, Amount kept, Amount toRestitute) {
        return new TerminationOutcome(request.effectiveDate(), request.ground(), request.initiatedBy(), request.restitution(), kept, toRestitute);
    }
}
