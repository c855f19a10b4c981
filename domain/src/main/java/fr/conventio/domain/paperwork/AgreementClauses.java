package fr.conventio.domain.paperwork;

import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementThreshold;
import fr.conventio.domain.agreement.PaymentTerms;
import fr.conventio.domain.agreement.ThirdPartyDelegation;
import fr.conventio.domain.obligation.ObligationSchedule;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.Rate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Which of the agreement's data-dependent clauses apply, decided once here from the agreement and its
 * beneficiary, so that the generated agreement states only what binds the parties:
 * <ul>
 *   <li>D3: whether an agreement is mandatory (subsidy above 23 000,00 €); below it the document still states the
 *       commitments but says it is concluded voluntarily;</li>
 *   <li>V1: the advance rate and its cap, rounded down (80 % of 80 000,00 € ⇒ 64 000,00 €), and the balance's share;</li>
 *   <li>N1: the 60-day payment clause unless the terms set their own dates or wait for an event;</li>
 *   <li>O4: the president's certification of the accounts (subsidies above 75 000,00 € or half the budget);</li>
 *   <li>O5: the auditor and the Journal officiel publication (public subsidies above 153 000,00 €);</li>
 *   <li>P4: third-party delegations the funder agreed to.</li>
 * </ul>
 * The extension points {@link #instalments()}, {@link #keepUnspent()} and {@link #multiYear()} are where the
 * instalment schedule (V5), the keep-unspent clause (A4) and the multi-year agreement (D5) plug in when the
 * agreement carries those facts; today it does not, and they are empty.
 */
public record AgreementClauses(boolean agreementMandatory, Amount subsidy, Rate shareOfCost, Rate advanceRate, Amount advanceCap,
                               Rate balanceRate, List<LocalDate> paymentDates, boolean paymentOnEvent, boolean sixtyDayPaymentRule,
                               boolean certifiedAccounts, boolean auditorAndPublication, List<ThirdPartyDelegation> thirdPartyDelegations,
                               Optional<InstalmentsClause> instalments, Optional<KeepUnspentClause> keepUnspent,
                               Optional<MultiYearClause> multiYear) {

    public AgreementClauses {
        paymentDates = List.copyOf(paymentDates);
        thirdPartyDelegations = List.copyOf(thirdPartyDelegations);
    }

    /** The clauses of {@code agreement} with {@code association} as beneficiary. */
    public static AgreementClauses of(Agreement agreement, Association association) {
        Amount subsidy = agreement.subsidy().votedAmount();
        PaymentTerms terms = agreement.paymentTerms();
        Amount publicSubsidies = agreement.forecastBudget().publicSubsidiesTotal();
        Amount annualSubsidies = publicSubsidies.isGreaterThan(subsidy) ? publicSubsidies : subsidy;
        Rate balance = Rate.ofPercent(Rate.HUNDRED.percent().subtract(terms.advanceRate().percent()));
        return new AgreementClauses(
                AgreementThreshold.isAgreementMandatory(subsidy),
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
                InstalmentsClause.of(agreement),
                KeepUnspentClause.of(agreement),
                MultiYearClause.of(agreement));
    }

    /** Whether the whole subsidy is paid as one advance (rate 100 %): no balance clause then. */
    public boolean advanceIsWholeSubsidy() {
        return balanceRate.equals(Rate.ZERO);
    }

    /**
     * Extension point for V5 (instalments adding up to the subsidy, dated ones being funder deadlines): the
     * schedule the payment article lists instead of advance + balance. The agreement carries no instalments yet.
     */
    public record InstalmentsClause(List<Instalment> instalments) {
        public record Instalment(String label, Amount amount, LocalDate dueOn) {
        }

        static Optional<InstalmentsClause> of(Agreement agreement) {
            return Optional.empty();
        }
    }

    /**
     * Extension point for A4 (the association keeps part of an unspent subsidy within a limit): the clause added to
     * the adjustment article. The agreement carries no such limit yet.
     */
    public record KeepUnspentClause(Rate limit) {
        static Optional<KeepUnspentClause> of(Agreement agreement) {
            return Optional.empty();
        }
    }

    /**
     * Extension point for D5 (multi-year agreement, yearly amounts each confirmed by the budget): the duration and
     * yearly amounts stated in articles 2 and 4. The agreement is annual today.
     */
    public record MultiYearClause(List<YearAmount> years) {
        public record YearAmount(int year, Amount amount) {
        }

        static Optional<MultiYearClause> of(Agreement agreement) {
            return Optional.empty();
        }
    }
}
