package fr.conventio.bootstrap.demo;

import fr.conventio.domain.agreement.ActionCategory;
import fr.conventio.domain.agreement.ActionProgramme;
import fr.conventio.domain.agreement.AgreementObject;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.agreement.ForecastBudget;
import fr.conventio.domain.agreement.FundingSource;
import fr.conventio.domain.agreement.FundingSourceKind;
import fr.conventio.domain.agreement.Instalment;
import fr.conventio.domain.agreement.InstalmentSchedule;
import fr.conventio.domain.agreement.PaymentTerms;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.multiyear.SettlementMode;
import fr.conventio.domain.sample.RealAgreement2020;
import fr.conventio.domain.settlement.KeepUnspentClause;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.DatePeriod;
import fr.conventio.domain.shared.Rate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The two demo agreements that follow the real 2020 agreement for the same association, ILLUSTRATIVE (not in the
 * seed), so that staff meet a real portfolio from the first start:
 * <ul>
 * <li>{@value #CPO_REFERENCE}: a multi-year agreement (D5) for 2027–2029, 60 000,00 € a year split 20 000,00 € on
 *     CT1 and 40 000,00 € on CT2, each year settled on its own, advance at signature;</li>
 * <li>{@value #INSTALMENTS_REFERENCE}: a one-off event of 2027 whose operation runs from 1 March to 30 June 2027
 *     (D4), 30 000,00 € on CT1 paid in three instalments (V5): 12 000,00 € at signature, 9 000,00 € on 15 May 2027,
 *     9 000,00 € as the balance, with a clause letting the association keep up to 5 % of an unspent subsidy (A4).</li>
 * </ul>
 * Together they bring the association's 2027 subsidies from this funder to 90 000,00 €, above O4's 75 000 € once
 * both are signed, which neither does alone. The 2027 budget is adopted on both lines; 2028 and 2029 have an
 * envelope but no adopted budget yet, so confirming the CPO's later years waits for their vote (B4).
 */
final class DemoPortfolio {

    static final String CPO_REFERENCE = "ECO-2027-SCS-CPO";
    static final String INSTALMENTS_REFERENCE = "ECO-2027-SCS-RDV";
    static final BudgetYear YEAR_2027 = BudgetYear.of(2027);
    /** The years of the demo portfolio: 2027, when both agreements start, then the CPO's later years. */
    static final List<BudgetYear> YEARS = List.of(YEAR_2027, BudgetYear.of(2028), BudgetYear.of(2029));
    static final List<BudgetYear> LATER_YEARS = YEARS.subList(1, YEARS.size());

    /** Yearly envelopes of the demo's two budget lines from 2027 (the 2020 ones are the seed's). */
    static final Map<String, Amount> ENVELOPE_FROM_2027 = Map.of("CT1", Amount.of(600000), "CT2", Amount.of(900000));

    private DemoPortfolio() {
    }

    static Subsidy cpoYearlySubsidy(BudgetLineId ct1, BudgetLineId ct2) {
        return Subsidy.of(Amount.of(60000),
                SubsidyAllocation.of(ct1, "Budget Principal Métropolitain (CT1)", Amount.of(20000)),
                SubsidyAllocation.of(ct2, "Territoire du Pays d'Aix", Amount.of(40000)));
    }

    static SettlementMode cpoSettlementMode() {
        return SettlementMode.YEARLY;
    }

    static AgreementReference cpoReference() {
        return AgreementReference.of(CPO_REFERENCE);
    }

    /** Article 1 of the CPO: the seed's objectives, over three years. */
    static AgreementObject cpoObject() {
        return AgreementObject.of(RealAgreement2020.seedObject().objectives()
                + "\n\nLa présente convention pluriannuelle d'objectifs porte sur les exercices 2027, 2028 et 2029.");
    }

    /** Year 1's forecast budget (2027): 750 000,00 € of eligible expenses, balanced by its financing plan. */
    static ForecastBudget cpoForecastBudget() {
        return new ForecastBudget(Amount.of(750000),
                List.of(FundingSource.of(FundingSourceKind.THIS_FUNDER, "Métropole Aix-Marseille-Provence", Amount.of(60000)),
                        FundingSource.of(FundingSourceKind.REGION, "Région Sud (illustratif)", Amount.of(180000)),
                        FundingSource.of(FundingSourceKind.STATE, "État (illustratif)", Amount.of(100000)),
                        FundingSource.of(FundingSourceKind.OWN_RESOURCES, "Cotisations et prestations (illustratif)", Amount.of(410000))),
                List.of());
    }

    static AgreementReference instalmentsReference() {
        return AgreementReference.of(INSTALMENTS_REFERENCE);
    }

    static AgreementObject instalmentsObject() {
        return AgreementObject.of("""
                Soutenir l'organisation des Rencontres de la sécurité numérique 2027, organisées par le pôle à Aix-en-Provence \
                de mars à juin 2027 : journées de conférences ouvertes aux TPE et PME du territoire, ateliers de sensibilisation \
                et démonstrations des plateformes du pôle.""");
    }

    static ActionProgramme instalmentsProgramme() {
        return ActionProgramme.of(
                ActionCategory.of("I", "Les Rencontres de la sécurité numérique",
                        "Deux journées de conférences sur la sécurité des objets connectés",
                        "Des ateliers de sensibilisation pour les TPE et PME",
                        "Des démonstrations des plateformes du pôle"),
                ActionCategory.of("II", "La diffusion",
                        "La publication des actes et des supports des interventions",
                        "Un bilan de fréquentation remis au financeur"));
    }

    static ForecastBudget instalmentsForecastBudget() {
        return new ForecastBudget(Amount.of(120000),
                List.of(FundingSource.of(FundingSourceKind.THIS_FUNDER, "Métropole Aix-Marseille-Provence", Amount.of(30000)),
                        FundingSource.of(FundingSourceKind.REGION, "Région Sud (illustratif)", Amount.of(20000)),
                        FundingSource.of(FundingSourceKind.PRIVATE, "Partenaires privés (illustratif)", Amount.of(20000)),
                        FundingSource.of(FundingSourceKind.OWN_RESOURCES, "Inscriptions (illustratif)", Amount.of(50000))),
                List.of());
    }

    static Subsidy instalmentsSubsidy(BudgetLineId ct1) {
        return Subsidy.of(Amount.of(30000), SubsidyAllocation.of(ct1, "Budget Principal Métropolitain (CT1)", Amount.of(30000)));
    }

    /** 12 000,00 € at signature, 9 000,00 € on 15 May 2027, the 9 000,00 € balance on the balance documents (V5). */
    static PaymentTerms instalmentsPaymentTerms() {
        return PaymentTerms.standard().withPaymentOnEvent(true).withInstalments(InstalmentSchedule.of(
                Instalment.atSignature(Amount.of(12000)),
                Instalment.on(Amount.of(9000), LocalDate.of(2027, 5, 15)),
                Instalment.balance(Amount.of(9000))));
    }

    static DatePeriod instalmentsOperationPeriod() {
        return new DatePeriod(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 6, 30));
    }

    static KeepUnspentClause instalmentsKeepUnspentClause() {
        return KeepUnspentClause.rate(Rate.ofPercent(5));
    }
}
