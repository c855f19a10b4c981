package fr.conventio.domain.paperwork;

import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementThreshold;
import fr.conventio.domain.agreement.AnnualSubsidies;
import fr.conventio.domain.agreement.Instalment;
import fr.conventio.domain.agreement.PaymentTerms;
import fr.conventio.domain.agreement.ThirdPartyDelegation;
import fr.conventio.domain.multiyear.MultiYearPlan;
import fr.conventio.domain.multiyear.PlannedYearStatus;
import fr.conventio.domain.multiyear.SettlementMode;
import fr.conventio.domain.obligation.ObligationSchedule;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.DatePeriod;
import fr.conventio.domain.shared.Rate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which of the agreement's data-dependent clauses apply, decided once here from the agreement, its beneficiary, what
 * the funder grants the association the same year by its other agreements and the multi-year plan it heads, so that
 * the generated agreement states only what binds the parties:
 * <ul>
 *   <li>D3: whether an agreement is mandatory (the funder's annual total to the association above 23 000,00 €,
 *       {@link AgreementThreshold#requirementFor(Amount, AnnualSubsidies)}); below it the document still states the
 *       commitments but says it is concluded voluntarily;</li>
 *   <li>V1: the advance rate and its cap, rounded down (80 % of 80 000,00 € ⇒ 64 000,00 €), and the balance's share;</li>
 *   <li>N1: the 60-day payment clause unless the terms set their own dates, instalments or wait for an event;</li>
 *   <li>O4: the president's certification of the accounts (the funder's annual total above 75 000,00 € or half the
 *       association's budget, every agreement of the year together, as the obligations are planned);</li>
 *   <li>O5: the auditor and the Journal officiel publication (public subsidies above 153 000,00 €);</li>
 *   <li>P4: third-party delegations the funder agreed to;</li>
 *   <li>V5: the schedule of instalments ({@link #instalments()}) that replaces the advance and balance;</li>
 *   <li>A4: the keep-unspent clause ({@link #keepUnspent()}) added to the adjustment article;</li>
 *   <li>D5: the years, yearly amounts and settlement mode of a multi-year agreement ({@link #multiYear()});</li>
 *   <li>D4: the operation's own period ({@link #operationPeriod()}) when it is not the budget year.</li>
 * </ul>
 */
public record AgreementClauses(boolean agreementMandatory, Amount subsidy, Rate shareOfCost, Rate advanceRate, Amount advanceCap,
                               Rate balanceRate, List<LocalDate> paymentDates, boolean paymentOnEvent, boolean sixtyDayPaymentRule,
                               boolean certifiedAccounts, boolean auditorAndPublication, List<ThirdPartyDelegation> thirdPartyDelegations,
                               Optional<InstalmentsClause> instalments, Optional<KeepUnspentClause> keepUnspent,
                               Optional<MultiYearClause> multiYear, Optional<DatePeriod> operationPeriod) {

    public AgreementClauses {
        paymentDates = List.copyOf(paymentDates);
        thirdPartyDelegations = List.copyOf(thirdPartyDelegations);
    }

    /** The clauses of {@code agreement} with {@code association} as beneficiary, its only agreement of the year, annual. */
    public static AgreementClauses of(Agreement agreement, Association association) {
        return of(agreement, association, AnnualSubsidies.none(agreement.associationId(), agreement.budgetYear()), null);
    }

    /**
     * The clauses of {@code agreement} with {@code association} as beneficiary, when the funder grants it {@code others}
     * the same year by its other agreements, and {@code plan} is the multi-year plan it heads ({@code null} if annual).
     */
    public static AgreementClauses of(Agreement agreement, Association association, AnnualSubsidies others, MultiYearPlan plan) {
        Amount subsidy = agreement.subsidy().votedAmount();
        PaymentTerms terms = agreement.paymentTerms();
        Amount publicSubsidies = agreement.forecastBudget().publicSubsidiesTotal();
        Amount annualSubsidies = others.with(agreement.id(), subsidy).total();
        Rate balance = Rate.ofPercent(Rate.HUNDRED.percent().subtract(terms.advanceRate().percent()));
        return new AgreementClauses(
                AgreementThreshold.requirementFor(subsidy, others.with(agreement.id(), Amount.ZERO)).mandatory(),
                subsidy,
                agreement.shareOfCost(),
                terms.advanceRate(),
                terms.advanceCap(subsidy),
                balance,
                terms.paymentDates(),
                terms.paymentOnEvent(),
                !terms.setsOwnPaymentSchedule(),
                ObligationSchedule.requiresCertifiedAccounts(annualSubsidies, association.annualBudget()),
                ObligationSchedule.requiresAuditor(publicSubsidies),
                agreement.thirdPartyDelegations(),
                InstalmentsClause.of(terms),
                KeepUnspentClause.of(agreement.keepUnspentClause(), subsidy),
                MultiYearClause.of(plan),
                agreement.ownOperationPeriod().filter(period -> !period.equals(agreement.period())));
    }

    /** Whether the whole subsidy is paid as one advance (rate 100 %): no balance clause then. */
    public boolean advanceIsWholeSubsidy() {
        return balanceRate.equals(Rate.ZERO);
    }

    /**
     * V5: the schedule of instalments the payment article lists instead of advance + balance, each with its number, what
     * it waits for in words (« à la signature », « à l'acceptation du compte rendu financier », « le 15 mars 2024 ») and
     * its amount; the last one is the balance, paid on the documents of V2. Present only when the terms set one.
     */
    public record InstalmentsClause(List<Line> instalments, Amount total, boolean anyDated) {

        /** One instalment as the agreement states it. */
        public record Line(int number, String condition, Amount amount, boolean balance) {
        }

        public InstalmentsClause {
            instalments = List.copyOf(instalments);
        }

        static Optional<InstalmentsClause> of(PaymentTerms terms) {
            return terms.instalments().map(schedule -> {
                List<Line> lines = new ArrayList<>();
                for (int i = 0; i < schedule.size(); i++) {
                    Instalment instalment = schedule.number(i + 1);
                    lines.add(new Line(i + 1, condition(instalment), instalment.amount(), instalment.isBalance()));
                }
                return new InstalmentsClause(lines, schedule.total(), schedule.instalments().stream().anyMatch(i -> i.dueDate() != null));
            });
        }

        /** What an instalment waits for, in the agreement's words. */
        static String condition(Instalment instalment) {
            return switch (instalment.condition()) {
                case SIGNATURE -> "à la signature";
                case DATE -> "le " + FrenchTypography.date(instalment.dueDate());
                case DOCUMENT_ACCEPTED -> "à l'acceptation " + awaited(instalment.document());
                case BALANCE -> "solde, sur production des documents énumérés ci-après";
            };
        }

        /** « du compte rendu financier », « de l'attestation d'assurance »… for an obligation type's name. */
        static String awaited(String document) {
            ObligationType type;
            try {
                type = ObligationType.valueOf(document);
            } catch (IllegalArgumentException e) {
                return "du document « " + document + " »";
            }
            return switch (type) {
                case INSURANCE_CERTIFICATE -> "de l'attestation d'assurance";
                case FINANCIAL_REPORT -> "du compte rendu financier";
                case ANNUAL_ACCOUNTS -> "des comptes annuels";
                case CERTIFIED_ACCOUNTS -> "des comptes annuels certifiés par le président";
                case AUDITOR_REPORT -> "du rapport du commissaire aux comptes";
                case ACCOUNTS_PUBLICATION -> "de la publication des comptes au Journal officiel";
                case ACTIVITY_REPORT -> "du rapport d'activité";
                case GENERAL_ASSEMBLY_MINUTES -> "des procès-verbaux d'assemblée générale";
                case BOARD_CHANGES -> "des modifications de la composition du conseil d'administration et du bureau";
                case COMMUNICATION_PROOF -> "des justificatifs de communication";
                case PROGRESS_INFORMATION -> "de l'information sur l'état d'avancement de l'action";
                case EVALUATION_MEETING -> "de la réunion d'évaluation";
                case FINAL_INCOME_STATEMENT -> "du compte de résultat final";
                case QUALITATIVE_QUANTITATIVE_REPORT -> "du bilan qualitatif et quantitatif des actions";
                case CERTIFIED_LAST_ACCOUNTS -> "des derniers bilan et compte de résultat certifiés";
            };
        }
    }

    /**
     * A4: the limit up to which the association keeps a subsidy it did not fully use, in the agreement's words
     * (« 5 % du montant de la subvention », « 4 000,00 € »), and that limit in euros. Present only when the agreement
     * sets one.
     */
    public record KeepUnspentClause(String limit, Amount limitAmount) {
        static Optional<KeepUnspentClause> of(fr.conventio.domain.settlement.KeepUnspentClause clause, Amount subsidy) {
            return switch (clause.kind()) {
                case NONE -> Optional.empty();
                case RATE -> Optional.of(new KeepUnspentClause(FrenchTypography.shortRate(clause.rate()) + " du montant de la subvention",
                        clause.limit(subsidy)));
                case AMOUNT -> Optional.of(new KeepUnspentClause(FrenchTypography.amount(clause.amount()), clause.limit(subsidy)));
            };
        }
    }

    /**
     * D5: the budget years of a multi-year agreement, from its first, each with its yearly amount (every later year
     * conditional on the vote of that year's budget), their total, the whole period and how settlement is done. Years
     * dropped by a termination are left out.
     */
    public record MultiYearClause(List<YearAmount> years, Amount total, DatePeriod period, SettlementMode settlementMode) {

        /** One year: year 1 is committed at signature, the others « sous réserve du vote du budget ». */
        public record YearAmount(int year, Amount amount, boolean conditional) {
        }

        public MultiYearClause {
            years = List.copyOf(years);
        }

        static Optional<MultiYearClause> of(MultiYearPlan plan) {
            if (plan == null) {
                return Optional.empty();
            }
            List<YearAmount> years = new ArrayList<>();
            years.add(new YearAmount(plan.firstYear().value(), plan.firstYearAmount(), false));
            plan.laterYears().stream().filter(y -> y.status() != PlannedYearStatus.DROPPED)
                    .forEach(y -> years.add(new YearAmount(y.budgetYear().value(), y.amount(), true)));
            int last = years.getLast().year();
            DatePeriod period = new DatePeriod(plan.firstYear().firstDay(), LocalDate.of(last, 12, 31));
            return Optional.of(new MultiYearClause(years, plan.plannedTotal(), period, plan.settlementMode()));
        }

        /** « 2024, 2025 et 2026 ». */
        public String yearList() {
            List<String> names = years.stream().map(y -> Integer.toString(y.year())).toList();
            return String.join(", ", names.subList(0, names.size() - 1)) + " et " + names.getLast();
        }
    }
}
