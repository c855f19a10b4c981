package fr.conventio.domain.multiyear;

import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.DatePeriod;
import fr.conventio.domain.shared.DomainException;
import fr.conventio.domain.shared.FrenchFormat;
import fr.conventio.domain.shared.IllegalTransitionException;
import fr.conventio.domain.shared.RuleViolationException;
import fr.conventio.domain.termination.RestitutionMode;
import fr.conventio.domain.termination.TerminationOutcome;
import fr.conventio.domain.termination.TerminationPolicy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * D5: a multi-year agreement (convention pluriannuelle d'objectifs, CPO) of two to four consecutive budget years.
 *
 * <p>Year 1 is the agreement {@link #headAgreementId()} itself (an ordinary {@code Agreement} of the first budget year:
 * signing it commits year 1 only). The plan carries the later years, each with its yearly amount split on that year's
 * budget lines, conditional on that year's budget (B4). A later year is {@link #confirm confirmed} in order, by a yearly
 * notification or a financial amendment once its budget is adopted; the confirmation names the yearly award created for
 * it (an agreement of that year with the same parties and objectives, M1/P3), which has its own advance, balance,
 * report and settlement (V1, V2, O2, A1). Unconfirmed years are never committed.
 *
 * <p>On termination (T3 pro rata temporis) the part kept is what was granted for the years covered × days elapsed /
 * days of the period those years cover ({@link #keptOnTermination}); later unconfirmed years are dropped.
 */
public final class MultiYearPlan {

    public static final String RULE = "D5";
    public static final int MIN_YEARS = 2;
    public static final int MAX_YEARS = 4;

    private final AgreementId headAgreementId;
    private final BudgetYear firstYear;
    private final Amount firstYearAmount;
    private final SettlementMode settlementMode;
    private final List<PlannedYear> laterYears;
    private LocalDate terminatedOn;

    private MultiYearPlan(AgreementId headAgreementId, BudgetYear firstYear, Amount firstYearAmount,
                          SettlementMode settlementMode, List<PlannedYear> laterYears, LocalDate terminatedOn) {
        this.headAgreementId = Checks.require("convention pluriannuelle (convention de la première année)", headAgreementId);
        this.firstYear = Checks.require("convention pluriannuelle (premier exercice)", firstYear);
        this.firstYearAmount = Checks.requirePositive("convention pluriannuelle (montant de la première année)", firstYearAmount);
        this.settlementMode = Checks.require("convention pluriannuelle (mode de liquidation)", settlementMode);
        this.laterYears = new ArrayList<>(Checks.copyOf("convention pluriannuelle (années suivantes)", laterYears));
        this.terminatedOn = terminatedOn;
        requireYearCount(this.laterYears.size() + 1);
        for (int i = 0; i < this.laterYears.size(); i++) {
            PlannedYear year = this.laterYears.get(i);
            BudgetYear expected = BudgetYear.of(firstYear.value() + i + 1);
            if (year.rank() != i + 2 || !year.budgetYear().equals(expected)) {
                throw new RuleViolationException(RULE, "les exercices d'une convention pluriannuelle se suivent : l'année " + (i + 2)
                        + " est l'exercice " + expected + " (et non " + year.budgetYear() + ")");
            }
            if (year.confirmed() && i > 0 && !this.laterYears.get(i - 1).confirmed()) {
                throw new DomainException("convention pluriannuelle : l'exercice " + year.budgetYear()
                        + " est confirmé alors que le précédent ne l'est pas");
            }
            if (year.status() == PlannedYearStatus.DROPPED && terminatedOn == null) {
                throw new DomainException("convention pluriannuelle : l'exercice " + year.budgetYear()
                        + " est abandonné alors que la convention n'est pas résiliée");
            }
        }
    }

    private static void requireYearCount(int years) {
        if (years < MIN_YEARS || years > MAX_YEARS) {
            throw new RuleViolationException(RULE, "une convention pluriannuelle couvre de deux à quatre exercices budgétaires (ici "
                    + years + ")");
        }
    }

    /** A new plan for a draft: year 1 is the draft's own budget year and amount; the later years follow it, to confirm. */
    public static MultiYearPlan create(AgreementId headAgreementId, BudgetYear firstYear, Amount firstYearAmount,
                                       SettlementMode settlementMode, List<Subsidy> laterYearAmounts) {
        Checks.require("convention pluriannuelle (firstYear)", firstYear);
        List<PlannedYear> later = new ArrayList<>();
        List<Subsidy> amounts = Checks.copyOf("convention pluriannuelle (années suivantes)", laterYearAmounts);
        requireYearCount(amounts.size() + 1);
        for (int i = 0; i < amounts.size(); i++) {
            later.add(PlannedYear.toConfirm(i + 2, BudgetYear.of(firstYear.value() + i + 1), amounts.get(i)));
        }
        return new MultiYearPlan(headAgreementId, firstYear, firstYearAmount, settlementMode, later, null);
    }

    public static MultiYearPlan rehydrate(AgreementId headAgreementId, BudgetYear firstYear, Amount firstYearAmount,
                                          SettlementMode settlementMode, List<PlannedYear> laterYears, LocalDate terminatedOn) {
        return new MultiYearPlan(headAgreementId, firstYear, firstYearAmount, settlementMode, laterYears, terminatedOn);
    }

    // ---------------------------------------------------------------- figures

    public int yearCount() {
        return laterYears.size() + 1;
    }

    public BudgetYear lastYear() {
        return laterYears.get(laterYears.size() - 1).budgetYear();
    }

    /** The whole period, 1 January of the first year to 31 December of the last. */
    public DatePeriod period() {
        return new DatePeriod(firstYear.firstDay(), lastYear().lastDay());
    }

    /** Every year's amount, confirmed or not (dropped years excluded). */
    public Amount plannedTotal() {
        return firstYearAmount.plus(Amount.sum(laterYears.stream()
                .filter(y -> y.status() != PlannedYearStatus.DROPPED).map(PlannedYear::amount).toList()));
    }

    /** What is granted: year 1 (committed at signature) and the confirmed years. */
    public Amount confirmedTotal() {
        return firstYearAmount.plus(Amount.sum(laterYears.stream().filter(PlannedYear::confirmed).map(PlannedYear::amount).toList()));
    }

    /** The amounts still « à confirmer », never counted as committed. */
    public Amount toConfirmTotal() {
        return Amount.sum(laterYears.stream().filter(y -> y.status() == PlannedYearStatus.TO_CONFIRM).map(PlannedYear::amount).toList());
    }

    /** The next year to confirm, in order, if any (none once terminated). */
    public Optional<PlannedYear> nextToConfirm() {
        return laterYears.stream().filter(y -> y.status() == PlannedYearStatus.TO_CONFIRM).findFirst();
    }

    public Optional<PlannedYear> year(BudgetYear budgetYear) {
        return laterYears.stream().filter(y -> y.budgetYear().equals(budgetYear)).findFirst();
    }

    /** The reference of a yearly award: the CPO's reference suffixed « -A2 », « -A3 », « -A4 ». */
    public static AgreementReference awardReference(AgreementReference head, int rank) {
        String suffix = "-A" + rank;
        String base = head.value();
        if (base.length() + suffix.length() > AgreementReference.MAX_LENGTH) {
            base = base.substring(0, AgreementReference.MAX_LENGTH - suffix.length());
        }
        return AgreementReference.of(base + suffix);
    }

    // ---------------------------------------------------------------- confirming a year

    /**
     * Confirms {@code budgetYear} on {@code confirmedOn} by {@code kind}, creating the yearly award {@code awardId}.
     * Refused unless it is the next year to confirm, its budget is adopted on every line of its split (B4), year 1 is
     * signed and the confirmation is not dated before that signature. The envelope of each line (B4) is checked when
     * the yearly award commits its split.
     */
    public PlannedYear confirm(BudgetYear budgetYear, LocalDate confirmedOn, ConfirmationKind kind, AgreementId awardId,
                               LocalDate headSignatureDate, boolean budgetAdopted) {
        Checks.require("exercice à confirmer", budgetYear);
        Checks.require("date de confirmation", confirmedOn);
        if (terminatedOn != null) {
            throw new IllegalTransitionException("convention pluriannuelle résiliée le " + FrenchFormat.date(terminatedOn)
                    + " : ses exercices suivants ne peuvent plus être confirmés");
        }
        PlannedYear year = year(budgetYear).orElseThrow(() -> new RuleViolationException(RULE, "l'exercice " + budgetYear
                + " n'est pas une année suivante de cette convention pluriannuelle (" + firstYear + " à " + lastYear() + ")"));
        PlannedYear next = nextToConfirm().orElseThrow(() -> new RuleViolationException(RULE,
                "toutes les années de cette convention pluriannuelle sont déjà confirmées"));
        if (year.confirmed()) {
            throw new RuleViolationException(RULE, "l'exercice " + budgetYear + " est déjà confirmé");
        }
        if (!next.budgetYear().equals(budgetYear)) {
            throw new RuleViolationException(RULE, "les années se confirment dans l'ordre : confirmez d'abord l'exercice " + next.budgetYear());
        }
        if (headSignatureDate == null) {
            throw new RuleViolationException(RULE, "la convention de la première année n'est pas signée : aucune année suivante ne peut être confirmée");
        }
        if (confirmedOn.isBefore(headSignatureDate)) {
            throw new RuleViolationException(RULE, "la confirmation de l'exercice " + budgetYear + " (" + FrenchFormat.date(confirmedOn)
                    + ") ne peut précéder la signature de la convention (" + FrenchFormat.date(headSignatureDate) + ")");
        }
        if (!budgetAdopted) {
            throw new RuleViolationException("B4", "le budget de l'exercice " + budgetYear
                    + " n'est pas adopté : l'année ne peut pas encore être confirmée");
        }
        PlannedYear confirmed = year.confirm(new YearConfirmation(confirmedOn, Checks.require("acte de confirmation", kind), awardId));
        laterYears.set(laterYears.indexOf(year), confirmed);
        return confirmed;
    }

    // ---------------------------------------------------------------- members and settlement mode (D5)

    /** The agreements of the years granted so far, in year order: year 1 (the head), then each confirmed yearly award. */
    public List<AgreementId> memberAgreements() {
        List<AgreementId> members = new ArrayList<>();
        members.add(headAgreementId);
        laterYears.stream().filter(PlannedYear::confirmed).forEach(y -> members.add(y.confirmation().awardId()));
        return List.copyOf(members);
    }

    /** The budget year of {@code agreementId} when it is year 1 or a confirmed yearly award of this CPO. */
    public Optional<BudgetYear> yearOf(AgreementId agreementId) {
        if (headAgreementId.equals(agreementId)) {
            return Optional.of(firstYear);
        }
        return laterYears.stream().filter(y -> y.confirmed() && y.confirmation().awardId().equals(agreementId))
                .map(PlannedYear::budgetYear).findFirst();
    }

    public boolean settlesOnceAtEnd() {
        return settlementMode == SettlementMode.ONCE_AT_END;
    }

    /**
     * Whether the agreement of a year reports and settles over the whole period rather than on its own: the CPO is
     * settled once at the end and that year is not the last. Such a year asks for no financial report (O2) nor balance
     * documents (O10) of its own and cannot be settled alone (A1).
     */
    public boolean reportsOverThePeriod(AgreementId agreementId) {
        return settlesOnceAtEnd() && yearOf(agreementId).filter(year -> !year.equals(lastYear())).isPresent();
    }

    /**
     * Refuses to settle {@code agreementId} alone when the CPO is settled once at the end and it is not the last year's
     * agreement: the period is settled once, on the last year's award, over every year.
     */
    public void requireSettleableAlone(AgreementId agreementId) {
        if (reportsOverThePeriod(agreementId)) {
            throw new RuleViolationException(RULE, "cette convention pluriannuelle se liquide une fois, sur toute la période ("
                    + firstYear + " à " + lastYear() + ") : l'exercice " + yearOf(agreementId).orElseThrow()
                    + " ne peut pas être liquidé seul ; la liquidation se fait sur la convention de l'exercice " + lastYear());
        }
    }

    /**
     * The agreements settled together when the period is settled on the last year's award (ONCE_AT_END): every year's,
     * in year order; empty when {@code agreementId} is not the last year's agreement of a CPO settled once at the end.
     */
    public List<AgreementId> settledTogetherWith(AgreementId agreementId) {
        boolean last = settlesOnceAtEnd() && yearOf(agreementId).filter(year -> year.equals(lastYear())).isPresent();
        return last ? memberAgreements() : List.of();
    }

    // ---------------------------------------------------------------- termination (T3 over the years covered)

    /**
     * The years covered by a termination with effect on {@code effectiveDate}: from the first year to the year in which
     * the last day before the effect falls, but never beyond the last year granted (year 1 or a confirmed year).
     */
    public DatePeriod coveredPeriod(LocalDate effectiveDate) {
        return new DatePeriod(firstYear.firstDay(), lastCoveredYear(effectiveDate).lastDay());
    }

    /** What was granted for the years covered (year 1 and the confirmed years up to the last covered). */
    public Amount grantedForCoveredYears(LocalDate effectiveDate) {
        BudgetYear last = lastCoveredYear(effectiveDate);
        return firstYearAmount.plus(Amount.sum(laterYears.stream()
                .filter(y -> y.confirmed() && y.budgetYear().compareTo(last) <= 0).map(PlannedYear::amount).toList()));
    }

    /**
     * T3 pro rata temporis over the period actually covered: granted for the years covered × days elapsed before the
     * effect / days of those years (3 years 2024–2026 at 30 000 €, effect 1 July 2025: 60 000 × 547 / 731 = 44 897,40).
     */
    public Amount keptOnTermination(LocalDate effectiveDate) {
        Checks.require("date d'effet de la résiliation", effectiveDate);
        return TerminationPolicy.proRataTemporisKept(grantedForCoveredYears(effectiveDate), coveredPeriod(effectiveDate), effectiveDate);
    }

    /** The agreements of the years covered by a termination with effect on {@code effectiveDate}, in year order (T3). */
    public List<AgreementId> coveredAgreements(LocalDate effectiveDate) {
        BudgetYear last = lastCoveredYear(Checks.require("date d'effet de la résiliation", effectiveDate));
        List<AgreementId> covered = new ArrayList<>();
        covered.add(headAgreementId);
        laterYears.stream().filter(y -> y.confirmed() && y.budgetYear().compareTo(last) <= 0)
                .forEach(y -> covered.add(y.confirmation().awardId()));
        return List.copyOf(covered);
    }

    /**
     * T3 over the years covered: when {@code decided} (the termination decided on one year's agreement) demands
     * restitution pro rata temporis, the association keeps {@link #keptOnTermination} and owes what it received on the
     * covered years' agreements above that ({@code receivedOnCoveredYears} − kept, never below zero); any other
     * restitution is returned as decided. Worked: 2024–2026 at 30 000 €, effect 1 July 2025, 48 000,00 € received
     * (two advances): kept 44 897,40 €, owed 3 102,60 €.
     */
    public TerminationOutcome overTheYearsCovered(TerminationOutcome decided, Amount receivedOnCoveredYears) {
        Checks.require("résiliation décidée", decided);
        Checks.require("montant reçu sur les années couvertes", receivedOnCoveredYears);
        if (decided.restitution() != RestitutionMode.PRO_RATA_TEMPORIS) {
            return decided;
        }
        Amount kept = keptOnTermination(decided.effectiveDate());
        return new TerminationOutcome(decided.effectiveDate(), decided.ground(), decided.initiatedBy(), decided.restitution(), kept,
                receivedOnCoveredYears.minusOrZero(kept));
    }

    /** Records the termination of the CPO: the later years still to confirm are dropped (never granted). */
    public void terminate(LocalDate effectiveDate) {
        Checks.require("date d'effet de la résiliation", effectiveDate);
        if (terminatedOn != null) {
            throw new IllegalTransitionException("convention pluriannuelle déjà résiliée le " + FrenchFormat.date(terminatedOn));
        }
        terminatedOn = effectiveDate;
        laterYears.replaceAll(y -> y.status() == PlannedYearStatus.TO_CONFIRM ? y.drop() : y);
    }

    private BudgetYear lastCoveredYear(LocalDate effectiveDate) {
        BudgetYear reached = BudgetYear.of(Math.max(firstYear.value(), effectiveDate.minusDays(1).getYear()));
        BudgetYear lastGranted = firstYear;
        for (PlannedYear year : laterYears) {
            if (year.confirmed()) {
                lastGranted = year.budgetYear();
            }
        }
        return reached.compareTo(lastGranted) <= 0 ? reached : lastGranted;
    }

    // ---------------------------------------------------------------- accessors

    public AgreementId headAgreementId() {
        return headAgreementId;
    }

    public BudgetYear firstYear() {
        return firstYear;
    }

    public Amount firstYearAmount() {
        return firstYearAmount;
    }

    public SettlementMode settlementMode() {
        return settlementMode;
    }

    public List<PlannedYear> laterYears() {
        return List.copyOf(laterYears);
    }

    public Optional<LocalDate> terminatedOn() {
        return Optional.ofNullable(terminatedOn);
    }
}
