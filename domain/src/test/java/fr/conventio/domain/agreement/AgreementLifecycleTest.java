package fr.conventio.domain.agreement;

import static fr.conventio.domain.agreement.AgreementFixtures.SIGNATURE_DATE;
import static fr.conventio.domain.agreement.AgreementFixtures.approvedSeedAgreement;
import static fr.conventio.domain.agreement.AgreementFixtures.seedAgreement;
import static fr.conventio.domain.agreement.AgreementFixtures.seedDeliberation;
import static fr.conventio.domain.agreement.AgreementFixtures.signedSeedAgreement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.domain.party.Civility;
import fr.conventio.domain.party.Representative;
import fr.conventio.domain.settlement.SettlementPolicy;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.IllegalTransitionException;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.shared.RuleViolationException;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

class AgreementLifecycleTest {

    private static final LocalDate MAY_1 = LocalDate.of(2020, 5, 1);

    /** The settlement (A1) of the seed's 80 000,00 € on {@code realExpenses}, nothing paid yet. */
    private static fr.conventio.domain.settlement.Settlement settledOn(String realExpenses) {
        return SettlementPolicy.settle(Amount.of(80000), Amount.of(1040335), Amount.of(realExpenses), Amount.ZERO);
    }

    @Test
    void full_lifecycle_draft_approved_signed_settled_closed() {
        Agreement agreement = seedAgreement();
        assertThat(agreement.status()).isEqualTo(AgreementStatus.DRAFT);

        agreement.approve(seedDeliberation());
        assertThat(agreement.status()).isEqualTo(AgreementStatus.APPROVED);

        agreement.sign(SIGNATURE_DATE);
        assertThat(agreement.status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(agreement.signatureDate()).contains(SIGNATURE_DATE);
        assertThat(agreement.settlement()).isEmpty();

        agreement.markSettled(settledOn("936301.50"), LocalDate.of(2021, 6, 30), "responsable");
        assertThat(agreement.status()).isEqualTo(AgreementStatus.SETTLED);
        assertThat(agreement.subsidy().votedAmount()).isEqualTo(Amount.of(80000));

        agreement.close(LocalDate.of(2021, 7, 15));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.CLOSED);
        assertThat(agreement.closedOn()).contains(LocalDate.of(2021, 7, 15));
    }

    @Test
    void a1_the_settlement_keeps_the_final_subsidy_its_date_the_real_expenses_and_the_subsidy_it_was_computed_on() {
        Agreement agreement = signedSeedAgreement();

        agreement.markSettled(settledOn("936301.50"), LocalDate.of(2021, 6, 30), "responsable");

        assertThat(agreement.settlement()).contains(
                new Settlement(Amount.of(72000), LocalDate.of(2021, 6, 30), Amount.of("936301.50"), Amount.of(80000), "responsable"));
    }

    @Test
    void the_agreement_keeps_who_drafted_it_and_who_settled_it() {
        Agreement agreement = signedSeedAgreement();
        assertThat(agreement.createdBy()).contains(AgreementFixtures.SEED_AUTHOR);

        agreement.markSettled(settledOn("936301.50"), LocalDate.of(2021, 6, 30), " responsable.2 ");

        assertThat(agreement.settlement().flatMap(Settlement::settledByIfKnown)).contains("responsable.2");
    }

    @Test
    void a_draft_needs_its_author_and_a_settlement_who_records_it() {
        assertThatThrownBy(() -> Agreement.create(AgreementId.newId(), AgreementReference.of("X"), AgreementFixtures.SEED_FUNDER_ID,
                AgreementFixtures.SEED_ASSOCIATION_ID, AgreementFixtures.seedSignatory(), AgreementFixtures.seedRepresentative(),
                BudgetYear.of(2020), AgreementFixtures.seedObject(), AgreementFixtures.seedProgramme(),
                AgreementFixtures.seedForecastBudget(), AgreementFixtures.seedSubsidy(), PaymentTerms.standard(), " "))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("rédigée par");
        Agreement signed = signedSeedAgreement();
        assertThatThrownBy(() -> signed.markSettled(settledOn("936301.50"), LocalDate.of(2021, 6, 30), null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("enregistrée par");
        assertThat(signed.status()).as("a refused settlement changes nothing").isEqualTo(AgreementStatus.SIGNED);
    }

    @Test
    void a1_a_settlement_never_exceeds_the_subsidy_it_was_computed_on() {
        assertThatThrownBy(() -> new Settlement(Amount.of("60000.01"), LocalDate.of(2021, 6, 30), Amount.of(1040335), Amount.of(60000), "responsable"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("la subvention définitive (60 000,01 €) dépasse la subvention en vigueur sur laquelle elle est calculée (60 000,00 €)");
    }

    @Test
    void p1_sign_before_approval_is_refused_naming_the_state() {
        Agreement agreement = seedAgreement();
        assertThatThrownBy(() -> agreement.sign(SIGNATURE_DATE))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("ECO-2020-SCS")
                .hasMessageContaining("signer")
                .hasMessageContaining("« brouillon »")
                .hasMessageContaining("« approuvée »");
        assertThat(agreement.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(agreement.signatureDate()).isEmpty();
        assertThat(agreement.versions()).isEmpty();
    }

    @Test
    void p1_signature_cannot_precede_the_deliberation_that_authorises_it() {
        Agreement agreement = approvedSeedAgreement();
        assertThatThrownBy(() -> agreement.sign(LocalDate.of(2019, 12, 18)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "P1")
                .hasMessageContaining("18/12/2019")
                .hasMessageContaining("19/12/2019")
                .hasMessageContaining("Bureau de la Métropole");
        assertThat(agreement.status()).isEqualTo(AgreementStatus.APPROVED);
        assertThat(agreement.signatureDate()).isEmpty();
        // the same day as the deliberation is fine
        agreement.sign(LocalDate.of(2019, 12, 19));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.SIGNED);
    }

    @Test
    void approve_twice_is_refused() {
        Agreement agreement = approvedSeedAgreement();
        assertThatThrownBy(() -> agreement.approve(seedDeliberation()))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("approuver")
                .hasMessageContaining("« approuvée »");
        assertThat(agreement.status()).isEqualTo(AgreementStatus.APPROVED);
        assertThat(agreement.deliberation()).contains(seedDeliberation());
    }

    @Test
    void sign_twice_is_refused() {
        Agreement agreement = signedSeedAgreement();
        assertThatThrownBy(() -> agreement.sign(LocalDate.of(2020, 3, 1)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("« signée »");
        assertThat(agreement.signatureDate()).contains(SIGNATURE_DATE);
    }

    @Test
    void suspend_and_resume() {
        Agreement agreement = signedSeedAgreement();
        agreement.suspend("Retard significatif dans l'exécution du programme", MAY_1);
        assertThat(agreement.status()).isEqualTo(AgreementStatus.SUSPENDED);
        assertThat(agreement.currentSuspension()).get().extracting(Suspension::since).isEqualTo(MAY_1);

        agreement.resume(LocalDate.of(2020, 6, 1));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(agreement.currentSuspension()).isEmpty();
        assertThat(agreement.suspensions()).singleElement().extracting(Suspension::resumedOn).isEqualTo(LocalDate.of(2020, 6, 1));
    }

    @Test
    void suspend_only_a_signed_agreement_and_not_before_signature() {
        Agreement approved = approvedSeedAgreement();
        assertThatThrownBy(() -> approved.suspend("motif", MAY_1))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("« approuvée »");
        Agreement signed = signedSeedAgreement();
        assertThatThrownBy(() -> signed.suspend("motif", LocalDate.of(2020, 1, 15)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("date de suspension")
                .hasMessageContaining("15/01/2020");
        assertThatThrownBy(() -> signed.suspend(" ", MAY_1))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("suspension (motif)");
        assertThat(signed.status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(signed.suspensions()).isEmpty();
    }

    @Test
    void resume_only_a_suspended_agreement() {
        Agreement agreement = signedSeedAgreement();
        assertThatThrownBy(() -> agreement.resume(MAY_1))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("reprendre")
                .hasMessageContaining("« signée »");
    }

    @Test
    void a1_final_subsidy_can_never_exceed_the_voted_subsidy() {
        Agreement agreement = signedSeedAgreement();
        // an outcome computed on a wrong subsidy of 80 000,01 €
        fr.conventio.domain.settlement.Settlement tooMuch = SettlementPolicy.settle(Amount.of("80000.01"), Amount.of(1040335),
                Amount.of(1040335), Amount.ZERO);
        assertThatThrownBy(() -> agreement.markSettled(tooMuch, LocalDate.of(2021, 6, 30), "responsable"))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "A1")
                .hasMessageContaining("la subvention définitive de 80 000,01 € ne peut pas dépasser la subvention votée de 80 000,00 €");
        assertThat(agreement.status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(agreement.settlement()).isEmpty();
    }

    @Test
    void settle_a_suspended_agreement_ends_its_suspension() {
        Agreement agreement = signedSeedAgreement();
        agreement.suspend("Non-exécution partielle", MAY_1);
        agreement.markSettled(settledOn("728234.50"), LocalDate.of(2021, 6, 30), "responsable");
        assertThat(agreement.status()).isEqualTo(AgreementStatus.SETTLED);
        assertThat(agreement.suspensions()).singleElement().extracting(Suspension::resumedOn).isEqualTo(LocalDate.of(2021, 6, 30));
    }

    @Test
    void a1_settle_requires_a_signed_agreement() {
        Agreement agreement = approvedSeedAgreement();
        assertThatThrownBy(() -> agreement.markSettled(settledOn("936301.50"), LocalDate.of(2021, 6, 30), "responsable"))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("impossible de liquider")
                .hasMessageContaining("« approuvée »");
        assertThat(agreement.status()).isEqualTo(AgreementStatus.APPROVED);
    }

    @Test
    void d2_agreement_ends_at_the_latest_when_closed_after_settlement() {
        Agreement agreement = signedSeedAgreement();
        assertThatThrownBy(() -> agreement.close(LocalDate.of(2021, 7, 1)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("clôturer")
                .hasMessageContaining("« signée »")
                .hasMessageContaining("« liquidée »");
        agreement.markSettled(settledOn("1040335"), LocalDate.of(2021, 6, 30), "responsable");
        assertThatThrownBy(() -> agreement.close(LocalDate.of(2021, 6, 29)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("date de clôture")
                .hasMessageContaining("le 29/06/2021 précède la liquidation du 30/06/2021");
        assertThat(agreement.status()).isEqualTo(AgreementStatus.SETTLED);
        agreement.close(LocalDate.of(2021, 6, 30));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.CLOSED);
    }

    @Test
    void a1_a_second_settlement_is_refused_as_already_settled_with_its_date() {
        Agreement agreement = signedSeedAgreement();
        agreement.markSettled(settledOn("1040335"), LocalDate.of(2021, 6, 30), "responsable");

        assertThatThrownBy(() -> agreement.markSettled(settledOn("1000000"), LocalDate.of(2021, 7, 2), "responsable"))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("convention ECO-2020-SCS : elle a déjà été liquidée le 30/06/2021 : une convention n'est liquidée qu'une fois");
        agreement.close(LocalDate.of(2021, 7, 1));
        assertThatThrownBy(agreement::requireSettleable)
                .hasMessageContaining("déjà été liquidée le 30/06/2021");
    }

    @Test
    void d2_closing_a_closed_file_again_is_refused_as_already_closed_not_as_not_settled() {
        Agreement agreement = signedSeedAgreement();
        agreement.markSettled(settledOn("1040335"), LocalDate.of(2021, 6, 30), "responsable");
        agreement.close(LocalDate.of(2021, 7, 1));

        assertThatThrownBy(() -> agreement.close(LocalDate.of(2021, 7, 2)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("convention ECO-2020-SCS : le dossier est déjà clôturé depuis le 01/07/2021 : plus rien ne peut y être enregistré");
        assertThatThrownBy(() -> agreement.terminate(LocalDate.of(2021, 7, 2), "motif"))
                .hasMessageContaining("déjà clôturé depuis le 01/07/2021");
    }

    @Test
    void terminate_from_signed_suspended_or_settled() {
        Agreement signed = signedSeedAgreement();
        signed.terminate(LocalDate.of(2020, 7, 1), "Manquement grave : non-exécution du programme");
        assertThat(signed.status()).isEqualTo(AgreementStatus.TERMINATED);
        assertThat(signed.termination()).get().extracting(Termination::effectiveDate).isEqualTo(LocalDate.of(2020, 7, 1));

        Agreement suspended = signedSeedAgreement();
        suspended.suspend("Retard", MAY_1);
        suspended.terminate(LocalDate.of(2020, 7, 1), "Dissolution de l'association");
        assertThat(suspended.status()).isEqualTo(AgreementStatus.TERMINATED);

        Agreement settled = signedSeedAgreement();
        settled.markSettled(settledOn("936301.50"), LocalDate.of(2021, 6, 30), "responsable");
        settled.terminate(LocalDate.of(2021, 8, 1), "Défaut de communication sur le soutien de la Métropole");
        assertThat(settled.status()).isEqualTo(AgreementStatus.TERMINATED);
        assertThat(settled.settlement()).get().extracting(Settlement::finalSubsidy).isEqualTo(Amount.of(72000));
    }

    @Test
    void terminate_is_refused_in_draft_approved_closed_or_terminated() {
        Agreement draft = seedAgreement();
        assertThatThrownBy(() -> draft.terminate(MAY_1, "motif"))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("résilier")
                .hasMessageContaining("« brouillon »");
        assertThat(draft.termination()).isEmpty();

        Agreement terminated = signedSeedAgreement();
        terminated.terminate(MAY_1, "motif");
        assertThatThrownBy(() -> terminated.terminate(MAY_1, "motif"))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("convention ECO-2020-SCS : elle a déjà été résiliée avec effet au 01/05/2020 : plus rien ne peut y être enregistré");
        assertThatThrownBy(() -> terminated.resume(MAY_1)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> terminated.markSettled(settledOn("1040335"), MAY_1, "responsable")).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void terminate_needs_a_ground_and_a_date_not_before_signature() {
        Agreement agreement = signedSeedAgreement();
        assertThatThrownBy(() -> agreement.terminate(MAY_1, ""))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("résiliation (motif)");
        assertThatThrownBy(() -> agreement.terminate(LocalDate.of(2020, 1, 1), "motif"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("date d'effet de la résiliation");
        assertThat(agreement.status()).isEqualTo(AgreementStatus.SIGNED);
    }

    @Test
    void draft_terms_can_be_edited_only_in_draft() {
        Agreement draft = seedAgreement();
        draft.changeReference(AgreementReference.of("ECO-2020-SCS-bis"));
        draft.changeBudgetYear(BudgetYear.of(2021));
        draft.changePaymentTerms(PaymentTerms.standard());
        assertThat(draft.reference().value()).isEqualTo("ECO-2020-SCS-bis");
        assertThat(draft.budgetYear()).isEqualTo(BudgetYear.of(2021));

        Agreement approved = approvedSeedAgreement();
        assertThatThrownBy(() -> approved.changePaymentTerms(PaymentTerms.standard()))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("« approuvée »");
        assertThatThrownBy(() -> approved.changeBudgetYear(BudgetYear.of(2021)))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(approved.paymentTerms()).isEqualTo(AgreementFixtures.seedPaymentTerms());
        assertThat(approved.budgetYear()).isEqualTo(BudgetYear.of(2020));
    }

    @Test
    void d1_object_is_immutable_once_approved() {
        Agreement draft = seedAgreement();
        draft.changeObject(AgreementObject.of("Objectifs reformulés avant approbation"));
        assertThat(draft.object().objectives()).isEqualTo("Objectifs reformulés avant approbation");

        Agreement signed = signedSeedAgreement();
        assertThatThrownBy(() -> signed.changeObject(AgreementObject.of("Autres objectifs")))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("article 1er")
                .hasMessageContaining("« signée »");
        assertThat(signed.object()).isEqualTo(AgreementFixtures.seedObject());
    }

    @Test
    void p3_beneficiary_can_change_in_draft_only() {
        Agreement draft = seedAgreement();
        AssociationId other = AssociationId.newId();
        Representative otherPresident = Representative.of(Civility.MADAME, "Camille MARTIN", "Présidente");
        draft.changeBeneficiary(other, otherPresident);
        assertThat(draft.associationId()).isEqualTo(other);
        assertThat(draft.representative()).isEqualTo(otherPresident);

        Agreement signed = signedSeedAgreement();
        assertThatThrownBy(() -> signed.changeBeneficiary(other, otherPresident))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("changer d'association bénéficiaire")
                .hasMessageContaining("nouvelle convention")
                .hasMessageContaining("« signée »");
        assertThat(signed.associationId()).isEqualTo(AgreementFixtures.SEED_ASSOCIATION_ID);
        assertThat(signed.representative()).isEqualTo(AgreementFixtures.seedRepresentative());
    }

    @Test
    void b2_subsidy_cannot_exceed_the_eligible_expenses() {
        assertThatThrownBy(() -> Agreement.create(AgreementId.newId(), AgreementReference.of("X"), AgreementFixtures.SEED_FUNDER_ID,
                AgreementFixtures.SEED_ASSOCIATION_ID, AgreementFixtures.seedSignatory(), AgreementFixtures.seedRepresentative(),
                BudgetYear.of(2020), AgreementFixtures.seedObject(), AgreementFixtures.seedProgramme(),
                ForecastBudget.ofEligibleExpenses(Amount.of("79999.99")), AgreementFixtures.seedSubsidy(), PaymentTerms.standard(), "instructeur"))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "B2")
                .hasMessageContaining("80 000,00 €")
                .hasMessageContaining("79 999,99 €");

        Agreement draft = seedAgreement();
        assertThatThrownBy(() -> draft.changeForecastBudget(ForecastBudget.ofEligibleExpenses(Amount.of(50000))))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "B2");
        assertThat(draft.forecastBudget()).isEqualTo(AgreementFixtures.seedForecastBudget());
        // equal to the expenses (100 %) is allowed
        draft.changeFinancials(ForecastBudget.ofEligibleExpenses(Amount.of(80000)), AgreementFixtures.seedSubsidy());
        assertThat(draft.shareOfCost().percentTwoDecimals()).hasToString("100.00");
    }

    @Test
    void b3_changing_the_subsidy_in_draft_keeps_the_split_rule() {
        Agreement draft = seedAgreement();
        draft.changeSubsidy(Subsidy.onSingleLine(AgreementFixtures.CT1_LINE_ID, Amount.of(60000)));
        assertThat(draft.subsidy().votedAmount()).isEqualTo(Amount.of(60000));
        assertThat(draft.subsidy().split()).singleElement().extracting(SubsidyAllocation::amount).isEqualTo(Amount.of(60000));
        assertThat(draft.paymentTerms().advanceCap(draft.subsidy().votedAmount())).isEqualTo(Amount.of(48000));
    }

    @Test
    void p4_third_party_delegation_is_recorded_only_after_approval() {
        Agreement draft = seedAgreement();
        assertThatThrownBy(() -> draft.recordThirdPartyDelegation("Organisation du salon confiée à une agence", LocalDate.of(2019, 12, 1)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("confier des actions à un tiers")
                .hasMessageContaining("« brouillon »");
        assertThat(draft.thirdPartyDelegations()).isEmpty();

        Agreement signed = signedSeedAgreement();
        ThirdPartyDelegation delegation = signed.recordThirdPartyDelegation(
                "Organisation de la conférence internationale confiée à une agence événementielle", LocalDate.of(2020, 3, 2));
        assertThat(signed.thirdPartyDelegations()).containsExactly(delegation);
    }

    @Test
    void p4_third_party_delegation_cannot_precede_the_deliberation_and_needs_a_description() {
        Agreement approved = approvedSeedAgreement();
        assertThatThrownBy(() -> approved.recordThirdPartyDelegation("Salon", LocalDate.of(2019, 12, 1)))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "P4")
                .hasMessageContaining("01/12/2019");
        assertThatThrownBy(() -> approved.recordThirdPartyDelegation(" ", LocalDate.of(2020, 1, 10)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("délégation à un tiers (description)");
        assertThat(approved.thirdPartyDelegations()).isEmpty();
    }

    @Test
    void p4_third_party_delegation_is_refused_once_settled() {
        Agreement settled = signedSeedAgreement();
        settled.markSettled(settledOn("1040335"), LocalDate.of(2021, 6, 30), "responsable");
        assertThatThrownBy(() -> settled.recordThirdPartyDelegation("Tardive", LocalDate.of(2021, 7, 1)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("« liquidée »");
    }
}
