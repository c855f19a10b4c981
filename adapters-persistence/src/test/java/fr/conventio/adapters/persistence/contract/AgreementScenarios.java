package fr.conventio.adapters.persistence.contract;

import static fr.conventio.domain.agreement.AgreementFixtures.CT1_LINE_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.PAYS_AIX_LINE_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.signedSeedAgreement;

import fr.conventio.domain.agreement.ActionCategory;
import fr.conventio.domain.agreement.ActionProgramme;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.agreement.AgreementVersion;
import fr.conventio.domain.agreement.AmendmentRequest;
import fr.conventio.domain.agreement.ForecastBudget;
import fr.conventio.domain.agreement.FundingSource;
import fr.conventio.domain.agreement.FundingSourceKind;
import fr.conventio.domain.agreement.InKindContribution;
import fr.conventio.domain.agreement.InKindContributionKind;
import fr.conventio.domain.agreement.PaymentTerms;
import fr.conventio.domain.agreement.Settlement;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.party.Civility;
import fr.conventio.domain.party.Representative;
import fr.conventio.domain.party.Signatory;
import fr.conventio.domain.settlement.SettlementPolicy;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.Rate;
import java.time.LocalDate;
import java.util.List;

/**
 * Agreements in every state, built through the domain's own methods from the seed (on the seed's funder,
 * association and budget lines), for the repository contracts and the PostgreSQL tests.
 */
public final class AgreementScenarios {

    private AgreementScenarios() {
    }

    /** The settlement (A1) of {@code agreement} on {@code realExpenses}, nothing paid yet. */
    public static fr.conventio.domain.settlement.Settlement settlement(Agreement agreement, String realExpenses) {
        return SettlementPolicy.settle(agreement.subsidy().votedAmount(), agreement.forecastBudget().eligibleExpenses(),
                Amount.of(realExpenses), Amount.ZERO);
    }

    /** A draft whose operation is a season across two years (D4), with a 5 % keep-unspent clause (A4). */
    public static Agreement draftWithSeasonAndClause() {
        Agreement agreement = AgreementFixtures.seedAgreement();
        agreement.changeOperationPeriod(new fr.conventio.domain.shared.DatePeriod(LocalDate.of(2020, 9, 1), LocalDate.of(2021, 6, 30)));
        agreement.changeKeepUnspentClause(fr.conventio.domain.settlement.KeepUnspentClause.rate(Rate.ofPercent("5.5")));
        return agreement;
    }

    /**
     * Signed with a shorter operation (D4) and no clause, then amended (M1) to an amount clause (A4) and another
     * period, then settled with the clause.
     */
    public static Agreement amendedPeriodAndClauseThenSettled() {
        Agreement agreement = AgreementFixtures.seedAgreement();
        agreement.changeOperationPeriod(new fr.conventio.domain.shared.DatePeriod(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 7, 15)));
        agreement.approve(AgreementFixtures.seedDeliberation());
        agreement.sign(AgreementFixtures.SIGNATURE_DATE);
        agreement.amend(AmendmentRequest.of(LocalDate.of(2020, 6, 15), "Prolongation et clause de conservation")
                .withOperationPeriod(new fr.conventio.domain.shared.DatePeriod(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 10, 31)))
                .withKeepUnspentClause(fr.conventio.domain.settlement.KeepUnspentClause.amount(Amount.of("3000.50"))));
        agreement.markSettled(SettlementPolicy.settle(agreement.subsidy().votedAmount(), agreement.forecastBudget().eligibleExpenses(),
                Amount.of("936301.50"), Amount.ZERO, agreement.keepUnspentClause()), LocalDate.of(2021, 6, 30), "responsable");
        return agreement;
    }

    /** Signed, then two amendments that between them change every kind of term. */
    public static Agreement amended() {
        Agreement agreement = signedSeedAgreement();
        agreement.amend(AmendmentRequest.of(LocalDate.of(2020, 6, 15), "Réduction de la participation du Pays d'Aix")
                .withSubsidy(Subsidy.of(Amount.of(70000),
                        SubsidyAllocation.of(CT1_LINE_ID, "Budget Principal Métropolitain (CT1)", Amount.of(30000)),
                        SubsidyAllocation.of(PAYS_AIX_LINE_ID, null, Amount.of("40000.00"))))
                .withForecastBudget(new ForecastBudget(Amount.of("990000.50"),
                        List.of(FundingSource.of(FundingSourceKind.THIS_FUNDER, "Métropole", Amount.of(70000)),
                                FundingSource.of(FundingSourceKind.PRIVATE, "Mécénat", Amount.of("920000.50"))),
                        List.of(InKindContribution.of(InKindContributionKind.STAFF, "Bénévoles", Amount.ofCents(1)),
                                InKindContribution.of(InKindContributionKind.EQUIPMENT, "Salles", Amount.of(3000)))))
                .withPaymentTerms(PaymentTerms.standard().withAdvanceRate(Rate.ofPercent("62.5"))
                        .withPaymentDates(List.of(LocalDate.of(2020, 12, 1), LocalDate.of(2020, 7, 1)))
                        .withAwardNotifiedOn(LocalDate.of(2020, 6, 20)))
                .withOtherChange("Article 7 : nouvelle adresse de correspondance"));
        agreement.amend(AmendmentRequest.of(LocalDate.of(2020, 9, 1), "Recentrage du programme, nouveaux signataires")
                .withProgramme(ActionProgramme.of(
                        ActionCategory.of("I", "Feuille de route", "Action unique"),
                        ActionCategory.of("II", "Innovation", "Première action", "Deuxième action", "Troisième action")))
                .withSignatory(new Signatory(null, "Martine VASSAL", "Présidente", null))
                .withRepresentative(Representative.of(Civility.MADAME, "Claire MARTIN", "Présidente par intérim")));
        return agreement;
    }

    /**
     * Paid in instalments (V5): 32 000 € at signature, 32 000 € on 1 June 2020, 16 000 € balance; signed, then
     * amended to 70 000 € with a new schedule of four instalments (a date, a document, the signature, the balance).
     */
    public static Agreement paidByInstalments() {
        Agreement agreement = AgreementFixtures.seedAgreement();
        agreement.changePaymentTerms(agreement.paymentTerms().withInstalments(fr.conventio.domain.agreement.InstalmentSchedule.of(
                fr.conventio.domain.agreement.Instalment.atSignature(Amount.of(32000)),
                fr.conventio.domain.agreement.Instalment.on(Amount.of(32000), LocalDate.of(2020, 6, 1)),
                fr.conventio.domain.agreement.Instalment.balance(Amount.of(16000)))));
        agreement.approve(AgreementFixtures.seedDeliberation());
        agreement.sign(AgreementFixtures.SIGNATURE_DATE);
        agreement.amend(AmendmentRequest.of(LocalDate.of(2020, 3, 15), "Réduction de la participation du Pays d'Aix")
                .withSubsidy(Subsidy.of(Amount.of(70000),
                        SubsidyAllocation.of(CT1_LINE_ID, "Budget Principal Métropolitain (CT1)", Amount.of(30000)),
                        SubsidyAllocation.of(PAYS_AIX_LINE_ID, null, Amount.of("40000.00"))))
                .withPaymentTerms(agreement.paymentTerms().withInstalments(fr.conventio.domain.agreement.InstalmentSchedule.of(
                        fr.conventio.domain.agreement.Instalment.atSignature(Amount.of(32000)),
                        fr.conventio.domain.agreement.Instalment.onDocument(Amount.of("20000.01"),
                                fr.conventio.domain.obligation.ObligationType.ACTIVITY_REPORT.name()),
                        fr.conventio.domain.agreement.Instalment.on(Amount.of("9999.99"), LocalDate.of(2020, 9, 1)),
                        fr.conventio.domain.agreement.Instalment.balance(Amount.of(8000))))));
        return agreement;
    }

    /** Approved, with a third-party delegation, signed, suspended (ongoing). */
    public static Agreement suspended() {
        Agreement agreement = AgreementFixtures.approvedSeedAgreement();
        agreement.recordThirdPartyDelegation("Organisation du salon confiée à l'agence X", LocalDate.of(2020, 1, 10));
        agreement.sign(AgreementFixtures.SIGNATURE_DATE);
        agreement.recordThirdPartyDelegation("Formation confiée à l'université", LocalDate.of(2020, 3, 1));
        agreement.suspend("Documents comptables non transmis", LocalDate.of(2020, 4, 1));
        return agreement;
    }

    /**
     * Suspended, resumed, suspended again, then settled (the second suspension ends on settlement) on a
     * subsidy reduced to 75 000 € (A3) and real expenses of 936 301,50 € out of 1 040 335,00 € forecast (A1):
     * final subsidy 67 500,00 €.
     */
    public static Agreement settled() {
        Agreement agreement = suspended();
        agreement.resume(LocalDate.of(2020, 5, 2));
        agreement.suspend("Contrôle sur place", LocalDate.of(2020, 10, 1));
        agreement.markSettled(SettlementPolicy.settle(Amount.of(75_000), Amount.of(1_040_335), Amount.of("936301.50"), Amount.of(64_000)),
                LocalDate.of(2021, 6, 30), "responsable");
        return agreement;
    }

    /**
     * {@link #settled()} as stored before the real expenses, the subsidy base and the authors were kept (all
     * unknown: who drafted it, who settled it).
     */
    public static Agreement settledWithoutItsBasis() {
        Agreement settled = settled();
        Settlement settlement = settled.settlement().orElseThrow();
        List<AgreementVersion> versions = settled.versions();
        return Agreement.rehydrate(settled.id(), settled.reference(), settled.funderId(), settled.associationId(), settled.signatory(),
                settled.representative(), settled.budgetYear(), settled.object(), settled.programme(), settled.forecastBudget(),
                settled.subsidy(), settled.paymentTerms(), settled.status(), settled.deliberation().orElseThrow(),
                settled.signatureDate().orElseThrow(), versions.getFirst(), settled.amendments(), settled.thirdPartyDelegations(),
                settled.suspensions(), new Settlement(settlement.finalSubsidy(), settlement.settledOn(), null, null, null), null, null, null);
    }

    public static Agreement closed() {
        Agreement agreement = settled();
        agreement.close(LocalDate.of(2021, 9, 1));
        return agreement;
    }

    /** Amended, settled on real expenses above the forecast (the subsidy stays 70 000 €), then terminated. */
    public static Agreement terminatedAfterSettlement() {
        Agreement agreement = amended();
        agreement.markSettled(SettlementPolicy.settle(Amount.of(70_000), Amount.of("990000.50"), Amount.of("1200000.99"), Amount.of(43_750)),
                LocalDate.of(2021, 3, 31), "responsable");
        agreement.terminate(LocalDate.of(2021, 5, 1), "Manquement à l'obligation de transmettre les comptes (T2)");
        return agreement;
    }

    /** Suspended then terminated (no settlement). */
    public static Agreement terminatedWhileSuspended() {
        Agreement agreement = suspended();
        agreement.terminate(LocalDate.of(2020, 11, 30), "Dissolution de l'association");
        return agreement;
    }

    /** Another draft of the seed's funder and association, on the seed's terms and lines. */
    public static Agreement draft(AgreementId id, String reference, BudgetYear year) {
        return Agreement.create(id, AgreementReference.of(reference), AgreementFixtures.SEED_FUNDER_ID, AgreementFixtures.SEED_ASSOCIATION_ID,
                AgreementFixtures.seedSignatory(), AgreementFixtures.seedRepresentative(), year, AgreementFixtures.seedObject(),
                AgreementFixtures.seedProgramme(), AgreementFixtures.seedForecastBudget(), AgreementFixtures.seedSubsidy(),
                AgreementFixtures.seedPaymentTerms(), "instructeur");
    }

    /** {@link #draft} approved by the seed's deliberation and signed on {@code signedOn}. */
    public static Agreement signed(AgreementId id, String reference, BudgetYear year, LocalDate signedOn) {
        Agreement agreement = draft(id, reference, year);
        agreement.approve(AgreementFixtures.seedDeliberation());
        agreement.sign(signedOn);
        return agreement;
    }
}
