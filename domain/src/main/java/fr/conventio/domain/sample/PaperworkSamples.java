package fr.conventio.domain.sample;

import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.agreement.ForecastBudget;
import fr.conventio.domain.agreement.Instalment;
import fr.conventio.domain.agreement.InstalmentSchedule;
import fr.conventio.domain.agreement.PaymentTerms;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.multiyear.MultiYearPlan;
import fr.conventio.domain.multiyear.SettlementMode;
import fr.conventio.domain.settlement.KeepUnspentClause;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.DatePeriod;
import fr.conventio.domain.shared.Rate;

import java.time.LocalDate;
import java.util.List;

import static fr.conventio.domain.sample.RealAgreement2020.CT1_LINE_ID;
import static fr.conventio.domain.sample.RealAgreement2020.SEED_ASSOCIATION_ID;
import static fr.conventio.domain.sample.RealAgreement2020.SEED_AUTHOR;
import static fr.conventio.domain.sample.RealAgreement2020.SEED_FUNDER_ID;
import static fr.conventio.domain.sample.RealAgreement2020.seedDeliberation;
import static fr.conventio.domain.sample.RealAgreement2020.seedObject;
import static fr.conventio.domain.sample.RealAgreement2020.seedProgramme;
import static fr.conventio.domain.sample.RealAgreement2020.seedRepresentative;
import static fr.conventio.domain.sample.RealAgreement2020.seedSignatory;

/**
 * Agreements between the seed's parties that carry the generated agreement's data-dependent clauses the seed does
 * not (V5, A4, D5, D4, D3), to test and look at the documents. ILLUSTRATIVE figures, not from the seed.
 */
public final class PaperworkSamples {

    public static final AgreementId CPO_ID = AgreementId.of("2a3f7c72-f7cd-4ce6-a000-000000002024");
    public static final AgreementId SMALL_ID = AgreementId.of("2a3f7c72-f7cd-4ce6-a000-000000001500");

    private PaperworkSamples() {
    }

    /**
     * The first year (2024) of a three-year CPO at 30 000,00 € a year, paid in four instalments (12 000,00 € at the
     * signature, 9 000,00 € on 15 March 2024, 6 000,00 € once the activity report is accepted, the 3 000,00 € balance),
     * the association keeping up to 5 % of an unspent subsidy, its actions running from 1 March to 31 December 2024;
     * signed on 5 February 2024.
     */
    public static Agreement multiYearAgreement() {
        PaymentTerms terms = PaymentTerms.standard().withInstalments(InstalmentSchedule.of(
                Instalment.atSignature(Amount.of(12000)),
                Instalment.on(Amount.of(9000), LocalDate.of(2024, 3, 15)),
                Instalment.onDocument(Amount.of(6000), "ACTIVITY_REPORT"),
                Instalment.balance(Amount.of(3000))));
        Agreement agreement = Agreement.create(CPO_ID, AgreementReference.of("ECO-2024-SCS-CPO"), SEED_FUNDER_ID, SEED_ASSOCIATION_ID,
                seedSignatory(), seedRepresentative(), BudgetYear.of(2024), seedObject(), seedProgramme(),
                ForecastBudget.ofEligibleExpenses(Amount.of(250000)), yearly(), terms, SEED_AUTHOR);
        agreement.changeKeepUnspentClause(KeepUnspentClause.rate(Rate.ofPercent(5)));
        agreement.changeOperationPeriod(new DatePeriod(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 12, 31)));
        agreement.approve(seedDeliberation());
        agreement.sign(LocalDate.of(2024, 2, 5));
        return agreement;
    }

    /** The plan of {@link #multiYearAgreement()}: 2024 to 2026, 30 000,00 € a year, each year settled on its own. */
    public static MultiYearPlan multiYearPlan() {
        return MultiYearPlan.create(CPO_ID, BudgetYear.of(2024), Amount.of(30000), SettlementMode.YEARLY, List.of(yearly(), yearly()));
    }

    /** A 15 000,00 € subsidy for 2020 to the seed association, below the D3 threshold, standard terms; signed. */
    public static Agreement smallAgreement() {
        Agreement agreement = Agreement.create(SMALL_ID, AgreementReference.of("ECO-2020-SCS-PETIT"), SEED_FUNDER_ID, SEED_ASSOCIATION_ID,
                seedSignatory(), seedRepresentative(), RealAgreement2020.YEAR_2020, seedObject(), seedProgramme(),
                ForecastBudget.ofEligibleExpenses(Amount.of(45000)),
                Subsidy.of(Amount.of(15000), SubsidyAllocation.of(CT1_LINE_ID, "Budget Principal Métropolitain (CT1)", Amount.of(15000))),
                PaymentTerms.standard(), SEED_AUTHOR);
        agreement.approve(seedDeliberation());
        agreement.sign(RealAgreement2020.SIGNATURE_DATE);
        return agreement;
    }

    private static Subsidy yearly() {
        return Subsidy.of(Amount.of(30000), SubsidyAllocation.of(CT1_LINE_ID, "Budget Principal Métropolitain (CT1)", Amount.of(30000)));
    }
}
