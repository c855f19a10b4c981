package fr.conventio.application.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.association.UpdateAssociationCommand;
import fr.conventio.application.drafting.AgreementTerms;
import fr.conventio.application.drafting.CreateDraftAgreementCommand;
import fr.conventio.application.drafting.DraftAgreementSaved;
import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.agreement.AmendmentRequest;
import fr.conventio.domain.agreement.ForecastBudget;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

/** O4 on the association's annual total from the funder, re-evaluated when a second agreement of the year is signed or amended. */
class AnnualSubsidiesReviewTest {

    final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 1, 6));
    final SeedSteps seed = new SeedSteps(app);

    private AgreementId signed(String reference, long euros) {
        return signed(reference, euros, ForecastBudget.ofEligibleExpenses(Amount.of(200_000)));
    }

    private AgreementId signed(String reference, long euros, ForecastBudget budget) {
        AgreementTerms t = seed.seedTerms();
        AgreementTerms terms = new AgreementTerms(AgreementReference.of(reference), t.associationId(), t.signatory(), null, t.budgetYear(),
                t.object(), t.programme(), budget,
                Subsidy.onSingleLine(seed.ct1(), Amount.of(euros)), t.paymentTerms());
        DraftAgreementSaved draft = app.createDraftAgreement.create(new CreateDraftAgreementCommand(terms));
        app.as(SeedSteps.MANAGER, () -> app.approveAgreement.approve(new ApproveAgreementCommand(draft.agreementId(), version(draft.agreementId()),
                AgreementFixtures.seedDeliberation())));
        app.signAgreement.sign(new SignAgreementCommand(draft.agreementId(), version(draft.agreementId()), AgreementFixtures.SIGNATURE_DATE));
        return draft.agreementId();
    }

    private long version(AgreementId id) {
        return app.agreements.findById(id).orElseThrow().version();
    }

    private void budget(long euros) {
        Versioned<Association> a = app.associations.findById(seed.associationId()).orElseThrow();
        Association value = a.value();
        app.updateAssociation.update(new UpdateAssociationCommand(value.id(), a.version(), new fr.conventio.application.association.AssociationData(
                value.name(), value.registeredAddress(), value.representative(), value.siret().orElse(null), value.rna().orElse(null),
                value.fiscalYear(), Amount.of(euros), value.republicanCommitmentDate().orElse(null))));
    }

    private Optional<Obligation> certified(AgreementId id) {
        return app.obligations.findByAgreement(id).stream().map(Versioned::value)
                .filter(o -> o.type() == ObligationType.CERTIFIED_ACCOUNTS).findFirst();
    }

    @Test
    void o4_50000_signed_then_30000_signed_the_same_year_both_get_o4_the_first_with_the_reason() {
        seed.setUpParties();
        AgreementId first = signed("PREMIERE-2020", 50_000);
        assertThat(certified(first)).as("50 000,00 € alone: no O4").isEmpty();

        AgreementId second = signed("SECONDE-2020", 30_000);

        assertThat(certified(second)).as("the second, signed on the 80 000,00 € total").hasValueSatisfying(o ->
                assertThat(o.addedReason()).isEmpty());
        assertThat(certified(first)).as("the first gains it").hasValueSatisfying(o -> {
            assertThat(o.dueDate()).isEqualTo(LocalDate.of(2021, 6, 30));
            assertThat(o.addedReason()).hasValue("Obligation ajoutée : comptes annuels certifiés conformes par le président"
                    + " — le total annuel des subventions de la collectivité atteint 80 000,00 €");
        });
        assertThat(app.accounts.findByAgreement(first).orElseThrow().openObligations())
                .as("the first's stored figures count it").isEqualTo(app.obligations.findByAgreement(first).size());
    }

    @Test
    void o4_40000_and_30000_with_a_budget_of_200000_no_o4() {
        seed.setUpParties();
        budget(200_000);
        AgreementId first = signed("PREMIERE-2020", 40_000);
        AgreementId second = signed("SECONDE-2020", 30_000);
        assertThat(certified(first)).isEmpty();
        assertThat(certified(second)).isEmpty();
    }

    @Test
    void o4_40000_with_an_association_budget_of_70000_is_o4_on_the_first_alone() {
        seed.setUpParties();
        budget(70_000);
        AgreementId first = signed("PREMIERE-2020", 40_000);
        assertThat(certified(first)).hasValueSatisfying(o -> assertThat(o.addedReason()).isEmpty());
    }

    @Test
    void o4_the_seed_80000_triggers_it_alone() {
        seed.signed();
        assertThat(certified(seed.agreementId())).isPresent();
    }

    @Test
    void o4_an_amendment_raising_the_second_subsidy_gives_both_o4() {
        seed.setUpParties();
        AgreementId first = signed("PREMIERE-2020", 40_000);
        AgreementId second = signed("SECONDE-2020", 30_000);
        assertThat(certified(first)).isEmpty();

        app.amendAgreement.amend(new AmendAgreementCommand(second, version(second),
                AmendmentRequest.of(LocalDate.of(2020, 9, 1), "Avenant n° 1 : hausse").withSubsidy(Subsidy.onSingleLine(seed.ct1(),
                        Amount.of(55_000)))));

        assertThat(certified(second)).hasValueSatisfying(o -> assertThat(o.addedReason()).hasValueSatisfying(r ->
                assertThat(r).endsWith("atteint 95 000,00 €")));
        assertThat(certified(first)).hasValueSatisfying(o -> assertThat(o.addedReason()).hasValueSatisfying(r ->
                assertThat(r).endsWith("atteint 95 000,00 €")));
    }

    @Test
    void o4_the_agreement_itself_is_not_among_the_others() {
        seed.setUpParties();
        AgreementId first = signed("PREMIERE-2020", 50_000);
        assertThat(app.annualSubsidiesReview.othersOf(app.agreements.findById(first).orElseThrow().value()).amounts()).isEmpty();
    }

    @Test
    void the_association_page_shows_per_year_the_funders_agreements_its_total_and_the_other_funders_by_kind() {
        seed.setUpParties();
        AgreementId first = signed("PREMIERE-2020", 50_000, AgreementFixtures.seedForecastBudget());
        AgreementId second = signed("SECONDE-2020", 30_000);
        AgreementTerms t = seed.seedTerms();
        app.createDraftAgreement.create(new CreateDraftAgreementCommand(new AgreementTerms(AgreementReference.of("BROUILLON-2020"),
                t.associationId(), t.signatory(), null, t.budgetYear(), t.object(), t.programme(), t.forecastBudget(),
                Subsidy.onSingleLine(seed.ct1(), Amount.of(10_000)), t.paymentTerms())));

        fr.conventio.application.association.AssociationDetails page = app.getAssociation.get(
                new fr.conventio.application.association.GetAssociationQuery(seed.associationId()));

        assertThat(page.fundingByYear()).singleElement().satisfies(year -> {
            assertThat(year.budgetYear()).isEqualTo(fr.conventio.domain.shared.BudgetYear.of(2020));
            assertThat(year.agreements()).extracting(a -> a.reference().value()).as("the draft does not count")
                    .containsExactly("PREMIERE-2020", "SECONDE-2020");
            assertThat(year.agreements()).extracting(fr.conventio.application.association.AgreementFunding::agreementId)
                    .containsExactly(first, second);
            assertThat(year.agreements().getFirst().votedSubsidy()).isEqualTo(Amount.of(50_000));
            assertThat(year.funderTotal()).isEqualTo(Amount.of(80_000));
            assertThat(year.otherFunders()).containsExactly(
                    java.util.Map.entry(fr.conventio.domain.agreement.FundingSourceKind.REGION, Amount.of(250_000)),
                    java.util.Map.entry(fr.conventio.domain.agreement.FundingSourceKind.STATE, Amount.of(150_000)),
                    java.util.Map.entry(fr.conventio.domain.agreement.FundingSourceKind.EUROPE, Amount.of(120_000)),
                    java.util.Map.entry(fr.conventio.domain.agreement.FundingSourceKind.OTHER_LOCAL_AUTHORITY, Amount.of(20_000)));
            assertThat(year.otherFundersTotal()).as("own resources are no funder").isEqualTo(Amount.of(540_000));
        });
    }

    @Test
    void d3_a_draft_of_10000_needs_an_agreement_when_20000_are_already_granted_that_year() {
        seed.setUpParties();
        signed("PREMIERE-2020", 20_000);
        AgreementTerms t = seed.seedTerms();

        DraftAgreementSaved draft = app.createDraftAgreement.create(new CreateDraftAgreementCommand(new AgreementTerms(
                AgreementReference.of("PETITE-2020"), t.associationId(), t.signatory(), null, t.budgetYear(), t.object(), t.programme(),
                ForecastBudget.ofEligibleExpenses(Amount.of(100_000)), Subsidy.onSingleLine(seed.ct1(), Amount.of(10_000)), t.paymentTerms())));

        assertThat(draft.requirement().mandatory()).isTrue();
        assertThat(draft.requirement().explanation()).contains("atteint 30 000,00 €");
    }

    @Test
    void d3_a_draft_of_10000_alone_needs_none() {
        seed.setUpParties();
        AgreementTerms t = seed.seedTerms();
        DraftAgreementSaved draft = app.createDraftAgreement.create(new CreateDraftAgreementCommand(new AgreementTerms(
                AgreementReference.of("PETITE-2020"), t.associationId(), t.signatory(), null, t.budgetYear(), t.object(), t.programme(),
                ForecastBudget.ofEligibleExpenses(Amount.of(100_000)), Subsidy.onSingleLine(seed.ct1(), Amount.of(10_000)), t.paymentTerms())));
        assertThat(draft.requirement().mandatory()).isFalse();
    }

    @Test
    void d3_the_agreement_page_says_an_agreement_is_mandatory_when_another_agreement_of_the_year_brings_the_total_over_23000() {
        seed.setUpParties();
        AgreementId first = signed("PREMIERE-2020", 20_000);
        assertThat(app.getAgreement.get(new fr.conventio.application.reading.GetAgreementQuery(first)).requirement())
                .as("20 000,00 € alone").satisfies(r -> {
                    assertThat(r.mandatory()).isFalse();
                    assertThat(r.explanation()).startsWith("La subvention de 20 000,00 € ne dépasse pas 23 000,00 €");
                });

        AgreementId second = signed("SECONDE-2020", 10_000);

        for (AgreementId id : java.util.List.of(first, second)) {
            assertThat(app.getAgreement.get(new fr.conventio.application.reading.GetAgreementQuery(id)).requirement()).satisfies(r -> {
                assertThat(r.mandatory()).as("the annual total is 30 000,00 €").isTrue();
                assertThat(r.explanation()).contains("le total annuel des subventions de la collectivité à l'association atteint 30 000,00 €",
                        "une convention est obligatoire");
            });
        }
    }
}
