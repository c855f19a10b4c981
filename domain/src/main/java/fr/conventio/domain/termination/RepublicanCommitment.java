package fr.conventio.domain.termination;

import fr.conventio.domain.settlement.RecoveryClaim;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.DatePeriod;
import fr.conventio.domain.shared.FrenchFormat;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.shared.RuleViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The contrat d'engagement républicain (N2, loi 2000-321 art. 10-1, décret 2021-1947): an
 * association requesting a subsidy from 2 January 2022 commits to it, and the commitment is
 * recorded with its date. On a breach, the funder withdraws the subsidy pro rata of the part of the
 * period still to run on the day of the breach, that day included, and asks for it back.
 *
 * @param requestDate    date of the subsidy request
 * @param commitmentDate date the association subscribed the commitment; required for requests from 2 January 2022
 */
public record RepublicanCommitment(LocalDate requestDate, LocalDate commitmentDate) {

    /** Requests from this day on need the commitment. */
    public static final LocalDate REQUIRED_FROM = LocalDate.of(2022, 1, 2);

    public RepublicanCommitment {
        if (requestDate == null) {
            throw new InvalidValueException("date de la demande", "la date de la demande de subvention est absente");
        }
        if (commitmentDate == null && isRequiredFor(requestDate)) {
            throw new RuleViolationException("N2", "une demande de subvention déposée à partir du 02/01/2022 (ici le "
                    + FrenchFormat.date(requestDate) + ") exige la souscription du contrat d'engagement républicain, avec sa date");
        }
    }

    /** Whether a request made on {@code requestDate} needs the commitment. */
    public static boolean isRequiredFor(LocalDate requestDate) {
        return !requestDate.isBefore(REQUIRED_FROM);
    }

    public Optional<LocalDate> optionalCommitmentDate() {
        return Optional.ofNullable(commitmentDate);
    }

    /**
     * The withdrawal on a breach: subsidy × days remaining from the breach day (included) / days in
     * the period (50 000 € for 2023, breach 1 October 2023: 92 / 365 ⇒ 12 602,74 €).
     *
     * @param amountReceived what the association received; it gives back the part received above the
     *                       subsidy that remains after the withdrawal
     */
    public Withdrawal withdrawalOnBreach(Amount subsidy, DatePeriod period, LocalDate breachDate, Amount amountReceived) {
        if (commitmentDate == null) {
            throw new RuleViolationException("N2", "aucun contrat d'engagement républicain n'a été souscrit pour cette demande : pas de retrait à ce titre");
        }
        if (breachDate == null || !period.contains(breachDate)) {
            throw new InvalidValueException("date du manquement", "le manquement (" + FrenchFormat.date(breachDate)
                    + ") doit se situer dans la période subventionnée (" + FrenchFormat.date(period.start()) + " – "
                    + FrenchFormat.date(period.end()) + ")");
        }
        long remaining = period.daysRemainingFrom(breachDate);
        Amount withdrawn = subsidy.prorata(BigDecimal.valueOf(remaining), BigDecimal.valueOf(period.days()));
        Amount kept = subsidy.minus(withdrawn);
        return new Withdrawal(breachDate, remaining, period.days(), withdrawn, amountReceived.minusOrZero(kept));
    }

    /**
     * A withdrawal for a breach of the republican commitment.
     *
     * @param amountWithdrawn the part of the subsidy withdrawn
     * @param amountToRecover what the association must give back (the withdrawn part it already received)
     */
    public record Withdrawal(LocalDate breachDate, long daysRemaining, long daysInPeriod, Amount amountWithdrawn, Amount amountToRecover) {

        public Optional<RecoveryClaim> recoveryClaim() {
            return amountToRecover.isZero() ? Optional.empty()
                    : Optional.of(new RecoveryClaim(RecoveryGround.REPUBLICAN_COMMITMENT_BREACH, amountToRecover));
        }
    }
}
