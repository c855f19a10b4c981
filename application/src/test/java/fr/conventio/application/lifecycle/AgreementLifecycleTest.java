package fr.conventio.application.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.drafting.AgreementTerms;
import fr.conventio.application.drafting.CreateDraftAgreementCommand;
import fr.conventio.application.drafting.DraftAgreementSaved;
import fr.conventio.application.drafting.EditDraftAgreementCommand;
import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.funder.DefineBudgetLineCommand;
import fr.conventio.application.shared.InvalidCommandException;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.agreement.AmendmentRequest;
import fr.conventio.domain.agreement.ChangedElement;
import fr.conventio.domain.agreement.ForecastBudget;
import fr.conventio.domain.agreement.PaymentTerms;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.party.BudgetLine;
import fr.conventio.domain.party.Civility;
import fr.conventio.domain.party.Signatory;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.DomainException;
import fr.conventio.domain.shared.IllegalTransitionException;
import fr.conventio.domain.shared.RuleViolationException;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

class AgreementLifecycleTest {

    final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 1, 6));
    final SeedSteps seed = new SeedSteps(app);

    private AgreementTerms terms(String reference, Subsidy subsidy, ForecastBudget budget, BudgetYear year, PaymentTerms paymentTerms) {
        AgreementTerms seedTerms = seed.seedTerms();
        return new AgreementTerms(AgreementReference.of(reference), seedTerms.associationId(), seedTerms.signatory(), null, year,
                seedTerms.object(), seedTerms.programme(), budget, subsidy, paymentTerms);
    }

    private Agreement stored() {
        return app.agreements.findById(seed.agreementId()).orElseThrow().value();
    }

    @Test
    void d3_a_draft_of_20000_is_recorded_and_says_no_agreement_is_required() {
        seed.setUpParties();

        DraftAgreementSaved saved = app.createDraftAgreement.create(new CreateDraftAgreementCommand(terms("PETITE-2020",
                Subsidy.onSingleLine(seed.ct1(), Amount.of(20_000)), ForecastBudget.ofEligibleExpenses(Amount.of(100_000)),
                BudgetYear.of(2020), null)));

        assertThat(saved.requirement().mandatory()).isFalse();
        assertThat(saved.requirement().explanation()).contains("aucune convention n'est exigée");
        Agreement draft = app.agreements.findById(saved.agreementId()).orElseThrow().value();
        assertThat(app.budgetLines.findById(seed.ct1()).orElseThrow().value().committed(BudgetYear.of(2020)))
                .as("B4: a draft commits nothing, signing does").isEqualTo(Amount.ZERO);
        assertThat(draft.representative()).as("the association's representative by default").isEqualTo(AgreementFixtures.seedRepresentative());
        assertThat(draft.paymentTerms()).isEqualTo(PaymentTerms.standard());
    }

    @Test
    void a_duplicate_reference_is_refused_and_writes_nothing() {
        seed.setUpParties();
        seed.createDraft();
        Map<String, Object> before = app.snapshot();

        assertThatThrownBy(() -> app.createDraftAgreement.create(new CreateDraftAgreementCommand(seed.seedTerms())))
                .isInstanceOf(DomainException.class)
                .hasMessage("référence : une convention « ECO-2020-SCS » existe déjà");
        assertThat(app.snapshot()).isEqualTo(before);
    }

    @Test
    void p1_a_signatory_who_is_not_the_funders_is_refused() {
        seed.setUpParties();
        AgreementTerms t = seed.seedTerms();
        AgreementTerms stranger = new AgreementTerms(t.reference(), t.associationId(),
                new Signatory(Civility.MADAME, "Inconnue", "Conseillère", null), t.representative(), t.budgetYear(), t.object(),
                t.programme(), t.forecastBudget(), t.subsidy(), t.paymentTerms());

        assertThatThrownBy(() -> app.createDraftAgreement.create(new CreateDraftAgreementCommand(stranger)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "P1").hasMessage("signataire du financeur : Madame Inconnue, Conseillère n'est pas un signataire de Métropole Aix-Marseille-Provence");
    }

    @Test
    void a_draft_is_edited_in_full_then_no_longer_once_approved() {
        seed.setUpParties();
        DraftAgreementSaved draft = seed.createDraft();
        AgreementTerms edited = terms("ECO-2020-SCS-bis", Subsidy.onSingleLine(seed.paysAix(), Amount.of(90_000)),
                AgreementFixtures.seedForecastBudget(), BudgetYear.of(2020), AgreementFixtures.seedPaymentTerms());

        DraftAgreementSaved saved = app.editDraftAgreement.edit(new EditDraftAgreementCommand(draft.agreementId(), draft.version(), edited));

        assertThat(saved.version()).isEqualTo(draft.version() + 1);
        assertThat(stored().reference().value()).isEqualTo("ECO-2020-SCS-bis");
        assertThat(stored().subsidy().votedAmount()).isEqualTo(Amount.of(90_000));

        seed.approve();
        Map<String, Object> before = app.snapshot();
        assertThatThrownBy(() -> app.editDraftAgreement.edit(new EditDraftAgreementCommand(draft.agreementId(), seed.version(), edited)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("impossible de changer d'association bénéficiaire");
        assertThat(app.snapshot()).isEqualTo(before);
    }

    @Test
    void b4_signing_commits_the_split_on_the_budget_lines() {
        seed.setUpParties();
        seed.createDraft();
        seed.approve();

        seed.sign();

        BudgetLine ct1 = app.budgetLines.findById(seed.ct1()).orElseThrow().value();
        BudgetLine paysAix = app.budgetLines.findById(seed.paysAix()).orElseThrow().value();
        assertThat(ct1.committedFor(BudgetYear.of(2020), seed.agreementId())).contains(Amount.of(30_000));
        assertThat(ct1.remaining(BudgetYear.of(2020))).isEqualTo(Amount.of(470_000));
        assertThat(paysAix.committedFor(BudgetYear.of(2020), seed.agreementId())).contains(Amount.of(50_000));
        assertThat(stored().status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(stored().signatureDate()).contains(AgreementFixtures.SIGNATURE_DATE);
    }

    @Test
    void b4_signing_is_refused_when_a_line_has_not_enough_left_and_writes_nothing() {
        seed.setUpParties();
        seed.createDraft();
        seed.approve();
        long v = app.budgetLines.findById(seed.paysAix()).orElseThrow().version();
        app.defineBudgetLine.define(new DefineBudgetLineCommand(seed.paysAix(), v, "CT2", "Territoire du Pays d'Aix", BudgetYear.of(2020),
                Amount.of(49_999), true));
        Map<String, Object> before = app.snapshot();

        assertThatThrownBy(seed::sign)
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "B4").hasMessageStartingWith("ligne CT2 « Territoire du Pays d'Aix » : engagement de 50 000,00 € refusé pour 2020,"
                        + " il dépasse le disponible");
        assertThat(app.snapshot()).isEqualTo(before);
        assertThat(stored().status()).isEqualTo(AgreementStatus.APPROVED);
        assertThat(app.obligations.findByAgreement(seed.agreementId())).isEmpty();
    }

    @Test
    void b4_signing_is_refused_while_the_years_budget_is_not_adopted() {
        seed.setUpParties();
        app.defineBudgetLine.define(DefineBudgetLineCommand.create("CT9", "Ligne 2021", BudgetYear.of(2021), Amount.of(100_000), false));
        BudgetLine line2021 = app.budgetLines.findByCode(app.funders.findTheFunder().orElseThrow().value().id(), "CT9").orElseThrow().value();
        DraftAgreementSaved draft = app.createDraftAgreement.create(new CreateDraftAgreementCommand(terms("ECO-2021",
                Subsidy.onSingleLine(line2021.id(), Amount.of(40_000)), ForecastBudget.ofEligibleExpenses(Amount.of(400_000)),
                BudgetYear.of(2021), null)));
        app.as(InMemoryConventio.MANAGER, () -> app.approveAgreement.approve(new fr.conventio.application.lifecycle.ApproveAgreementCommand(draft.agreementId(), draft.version(),
                AgreementFixtures.seedDeliberation())));
        long v = app.agreements.findById(draft.agreementId()).orElseThrow().version();
        Map<String, Object> before = app.snapshot();

        assertThatThrownBy(() -> app.signAgreement.sign(new SignAgreementCommand(draft.agreementId(), v, LocalDate.of(2021, 2, 1))))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "B4").hasMessage("ligne CT9 « Ligne 2021 » : le budget 2021 du financeur n'est pas encore adopté, aucun engagement"
                        + " n'est possible sur cet exercice");
        assertThat(app.snapshot()).isEqualTo(before);
    }

    @Test
    void o1_to_o10_signing_generates_the_obligations_with_their_due_dates() {
        seed.setUpParties();
        seed.createDraft();
        seed.approve();

        SignAgreementResult result = seed.sign();

        Map<ObligationType, LocalDate> due = new java.util.EnumMap<>(ObligationType.class);
        app.obligations.findByAgreement(seed.agreementId()).stream().map(Versioned::value)
                .forEach(o -> due.put(o.type(), o.dueDate()));
        assertThat(due).hasSize(result.obligations().size()).hasSize(ObligationType.values().length);
        assertThat(due.get(ObligationType.INSURANCE_CERTIFICATE)).isEqualTo(AgreementFixtures.SIGNATURE_DATE);
        assertThat(due.get(ObligationType.FINANCIAL_REPORT)).isEqualTo(LocalDate.of(2021, 6, 30));
        assertThat(due.get(ObligationType.EVALUATION_MEETING)).isEqualTo(LocalDate.of(2021, 2, 28));
        assertThat(due.get(ObligationType.FINAL_INCOME_STATEMENT)).isEqualTo(LocalDate.of(2021, 6, 30));
    }

    @Test
    void n1_signing_an_award_notified_on_15_march_2023_sets_the_funders_deadline_to_14_may_2023() {
        seed.setUpParties();
        long v = app.budgetLines.findById(seed.ct1()).orElseThrow().version();
        app.defineBudgetLine.define(new DefineBudgetLineCommand(seed.ct1(), v, "CT1", "Budget Principal Métropolitain", BudgetYear.of(2023),
                Amount.of(100_000), true));
        DraftAgreementSaved draft = app.createDraftAgreement.create(new CreateDraftAgreementCommand(terms("ECO-2023-N1",
                Subsidy.onSingleLine(seed.ct1(), Amount.of(50_000)), ForecastBudget.ofEligibleExpenses(Amount.of(200_000)),
                BudgetYear.of(2023), PaymentTerms.standard().withAwardNotifiedOn(LocalDate.of(2023, 3, 15)))));
        app.as(InMemoryConventio.MANAGER, () -> app.approveAgreement.approve(new fr.conventio.application.lifecycle.ApproveAgreementCommand(draft.agreementId(), draft.version(),
                new fr.conventio.domain.party.Deliberation("2023-12", "Bureau de la Métropole", LocalDate.of(2023, 2, 9)))));
        long version = app.agreements.findById(draft.agreementId()).orElseThrow().version();

        SignAgreementResult result = app.signAgreement.sign(new SignAgreementCommand(draft.agreementId(), version, LocalDate.of(2023, 3, 10)));

        assertThat(result.paymentDeadline()).isNotNull();
        assertThat(result.paymentDeadline().dueBy()).isEqualTo(LocalDate.of(2023, 5, 14));
        assertThat(app.controls.findByAgreement(draft.agreementId()).orElseThrow().value().funderPaymentDeadline())
                .contains(result.paymentDeadline());
    }

    @Test
    void v3_an_amendment_reducing_the_subsidy_below_what_was_paid_is_refused_and_writes_nothing() {
        seed.signed();
        seed.payAdvance();
        Map<String, Object> before = app.snapshot();
        Subsidy reduced = Subsidy.of(Amount.of(60_000), SubsidyAllocation.of(seed.ct1(), null, Amount.of(20_000)),
                SubsidyAllocation.of(seed.paysAix(), null, Amount.of(40_000)));

        assertThatThrownBy(() -> app.amendAgreement.amend(new AmendAgreementCommand(seed.agreementId(), seed.version(),
                AmendmentRequest.of(LocalDate.of(2020, 9, 1), "Réduction").withSubsidy(reduced))))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "V3").hasMessage("convention ECO-2020-SCS : l'avenant ne peut pas ramener la subvention à 60 000,00 €, en dessous"
                        + " des sommes conservées par l'association (64 000,00 €)");
        assertThat(app.snapshot()).isEqualTo(before);
    }

    @Test
    void m1_b4_an_amendment_changing_the_split_is_numbered_and_commits_the_lines_again() {
        seed.signed();
        seed.payAdvance();
        Subsidy moved = Subsidy.of(Amount.of(70_000), SubsidyAllocation.of(seed.ct1(), null, Amount.of(24_000)),
                SubsidyAllocation.of(seed.paysAix(), null, Amount.of(46_000)));

        AmendAgreementResult result = app.amendAgreement.amend(new AmendAgreementCommand(seed.agreementId(), seed.version(),
                AmendmentRequest.of(LocalDate.of(2020, 9, 1), "Avenant n° 1 : réduction du programme").withSubsidy(moved)));

        assertThat(result.amendmentNumber()).isEqualTo(1);
        assertThat(result.changes()).containsExactly(ChangedElement.SUBSIDY_AMOUNT, ChangedElement.SUBSIDY_SPLIT);
        assertThat(stored().versions()).hasSize(2);
        assertThat(app.budgetLines.findById(seed.ct1()).orElseThrow().value().committedFor(BudgetYear.of(2020), seed.agreementId()))
                .contains(Amount.of(24_000));
        assertThat(app.budgetLines.findById(seed.paysAix()).orElseThrow().value().committedFor(BudgetYear.of(2020), seed.agreementId()))
                .contains(Amount.of(46_000));
    }

    @Test
    void m1_an_amendment_moving_the_subsidy_off_a_line_releases_that_line() {
        seed.signed();
        Subsidy single = Subsidy.onSingleLine(seed.paysAix(), Amount.of(80_000));

        app.amendAgreement.amend(new AmendAgreementCommand(seed.agreementId(), seed.version(),
                AmendmentRequest.of(LocalDate.of(2020, 9, 1), "Tout sur le Pays d'Aix").withSubsidy(single)));

        assertThat(app.budgetLines.findById(seed.ct1()).orElseThrow().value().committed(BudgetYear.of(2020))).isEqualTo(Amount.ZERO);
        assertThat(app.budgetLines.findById(seed.paysAix()).orElseThrow().value().committed(BudgetYear.of(2020))).isEqualTo(Amount.of(80_000));
    }

    @Test
    void p4_a_third_party_delegation_is_recorded_on_an_approved_agreement() {
        seed.setUpParties();
        seed.createDraft();
        seed.approve();

        app.recordThirdPartyDelegation.record(new RecordThirdPartyDelegationCommand(seed.agreementId(), seed.version(),
                "Organisation de la conférence internationale confiée à un prestataire", LocalDate.of(2020, 1, 10)));

        assertThat(stored().thirdPartyDelegations()).singleElement()
                .satisfies(d -> assertThat(d.agreedOn()).isEqualTo(LocalDate.of(2020, 1, 10)));
    }

    @Test
    void agreement_terms_name_the_missing_part() {
        assertThatThrownBy(() -> new AgreementTerms(null, null, null, null, null, null, null, null, null, null))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessage("référence : champ obligatoire");
        AgreementTerms t = seed.setUpParties().seedTerms();
        assertThatThrownBy(() -> new AgreementTerms(t.reference(), t.associationId(), t.signatory(), null, t.budgetYear(), t.object(),
                t.programme(), t.forecastBudget(), null, null))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessage("subvention : champ obligatoire");
    }
}
