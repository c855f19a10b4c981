package fr.conventio.adapters.persistence.contract.queries;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.adapters.persistence.contract.ReadSideApp;
import fr.conventio.application.association.AgreementFunding;
import fr.conventio.application.association.AssociationFundingQueries;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.agreement.FundingSourceKind;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.BudgetYear;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

/**
 * What every {@link AssociationFundingQueries} answers (association page, « Financements par exercice »), and O4
 * re-evaluated across the agreements of a year as the store keeps it, the fake and PostgreSQL alike.
 */
public abstract class AssociationFundingQueriesContract {

    protected abstract ReadSideApp.Store emptyStore();

    protected abstract AssociationFundingQueries queries();

    protected ReadSideApp app;

    @BeforeEach
    void newApp() {
        app = new ReadSideApp(emptyStore());
    }

    private AgreementId signedOther(String reference, BudgetYear year, long euros) {
        AgreementId id = app.createOtherDraft(reference, app.associationId(), year, app.ct1(), Amount.of(euros));
        app.approve(id).sign(id);
        return id;
    }

    @Test
    void o4_the_signed_agreements_by_year_most_recent_first_with_their_stored_subsidies_and_other_funders() {
        app.signed();
        AgreementId second = signedOther("ECO-2020-BIS", BudgetYear.of(2020), 20_000);
        app.createOtherDraft("ECO-2020-DRAFT", app.associationId(), BudgetYear.of(2020), app.ct1(), Amount.of(5_000));
        AssociationId nobody = app.register(otherAssociation());

        List<AgreementFunding> funding = queries().fundingOf(app.associationId());

        assertThat(funding).extracting(a -> a.reference().value()).as("drafts do not count")
                .containsExactly("ECO-2020-BIS", ReadSideApp.SEED_REFERENCE);
        AgreementFunding seed = funding.get(1);
        assertThat(seed.agreementId()).isEqualTo(app.agreementId());
        assertThat(seed.budgetYear()).isEqualTo(BudgetYear.of(2020));
        assertThat(seed.status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(seed.votedSubsidy()).isEqualTo(Amount.of(80_000));
        assertThat(seed.subsidyInForce()).isEqualTo(Amount.of(80_000));
        assertThat(seed.otherFunders()).isEqualTo(Map.of(FundingSourceKind.REGION, Amount.of(250_000), FundingSourceKind.STATE,
                Amount.of(150_000), FundingSourceKind.EUROPE, Amount.of(120_000), FundingSourceKind.OTHER_LOCAL_AUTHORITY, Amount.of(20_000)));
        assertThat(funding.getFirst().agreementId()).isEqualTo(second);
        assertThat(funding.getFirst().otherFunders()).as("a plan of eligible expenses only").isEmpty();
        assertThat(queries().fundingOf(nobody)).isEmpty();
    }

    @Test
    void o4_years_come_most_recent_first() {
        app.setUpParties();
        BudgetLineId line2021 = app.defineLine("CT9", "Ligne 2021", BudgetYear.of(2021), Amount.of(100_000));
        AgreementId older = signedOther("A-2020", BudgetYear.of(2020), 10_000);
        AgreementId newer = app.createOtherDraft("B-2021", app.associationId(), BudgetYear.of(2021), line2021, Amount.of(12_000));
        app.approve(newer).sign(newer);

        assertThat(queries().fundingOf(app.associationId())).extracting(AgreementFunding::agreementId).containsExactly(newer, older);
    }

    @Test
    void o4_a_second_agreement_signed_the_same_year_gives_the_first_the_certified_accounts_with_the_reason() {
        app.setUpParties();
        AgreementId first = signedOther("A-2020", BudgetYear.of(2020), 50_000);
        assertThat(certified(first)).isEmpty();

        AgreementId second = signedOther("B-2020", BudgetYear.of(2020), 30_000);

        assertThat(certified(second)).hasSize(1);
        assertThat(certified(first)).singleElement().satisfies(o -> assertThat(o.addedReason()).hasValue("Obligation ajoutée :"
                + " comptes annuels certifiés conformes par le président — le total annuel des subventions de la collectivité atteint 80 000,00 €"));
        assertThat(app.store().accounts().findByAgreement(first).orElseThrow().openObligations())
                .isEqualTo(app.store().obligations().findByAgreement(first).size());
    }

    private List<Obligation> certified(AgreementId id) {
        return app.store().obligations().findByAgreement(id).stream().map(Versioned::value)
                .filter(o -> o.type() == ObligationType.CERTIFIED_ACCOUNTS).toList();
    }

    static fr.conventio.application.association.AssociationData otherAssociation() {
        return new fr.conventio.application.association.AssociationData("Amis du Vieux-Port",
                fr.conventio.domain.party.PostalAddress.of("1 rue de la Paix", "13001", "Marseille"),
                fr.conventio.domain.agreement.AgreementFixtures.seedAssociation().representative(), null, null,
                fr.conventio.domain.party.FiscalYear.CALENDAR, Amount.of(50_000), null);
    }
}
