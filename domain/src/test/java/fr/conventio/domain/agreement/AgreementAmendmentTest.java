package fr.conventio.domain.agreement;

import static fr.conventio.domain.agreement.AgreementFixtures.CT1_LINE_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.PAYS_AIX_LINE_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.SIGNATURE_DATE;
import static fr.conventio.domain.agreement.AgreementFixtures.seedAgreement;
import static fr.conventio.domain.agreement.AgreementFixtures.signedSeedAgreement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.domain.party.Civility;
import fr.conventio.domain.party.Signatory;
import fr.conventio.domain.settlement.SettlementPolicy;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.shared.IllegalTransitionException;
import fr.conventio.domain.shared.Rate;
import fr.conventio.domain.shared.RuleViolationException;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

class AgreementAmendmentTest {

    private static final LocalDate JUNE_15 = LocalDate.of(2020, 6, 15);

    private static Subsidy subsidy(long ct1, long paysAix) {
        return Subsidy.of(Amount.of(ct1 + paysAix),
                SubsidyAllocation.of(CT1_LINE_ID, "Budget Principal Métropolitain (CT1)", Amount.of(ct1)),
                SubsidyAllocation.of(PAYS_AIX_LINE_ID, "Territoire du Pays d'Aix", Amount.of(paysAix)));
    }

    @Test
    void m1_signed_agreement_is_version_0() {
        Agreement agreement = signedSeedAgreement();
        assertThat(agreement.versionNumber()).isZero();
        assertThat(agreement.versions()).singleElement().satisfies(v -> {
            assertThat(v.number()).isZero();
            assertThat(v.effectiveFrom()).isEqualTo(SIGNATURE_DATE);
            assertThat(v.subsidy()).isEqualTo(AgreementFixtures.seedSubsidy());
        });
    }

    @Test
    void m1_amendment_is_numbered_lists_its_changes_and_makes_a_new_version() {
        Agreement agreement = signedSeedAgreement();
        Amendment first = agreement.amend(AmendmentRequest.of(JUNE_15, "Réduction de la participation du Territoire du Pays d'Aix")
                .withSubsidy(subsidy(30000, 40000)));

        assertThat(first.number()).isEqualTo(1);
        assertThat(first.changes()).containsExactly(ChangedElement.SUBSIDY_AMOUNT, ChangedElement.SUBSIDY_SPLIT);
        assertThat(first.version().subsidy().votedAmount()).isEqualTo(Amount.of(70000));
        assertThat(agreement.subsidy().votedAmount()).isEqualTo(Amount.of(70000));
        assertThat(agreement.paymentTerms().advanceCap(agreement.subsidy().votedAmount())).isEqualTo(Amount.of(56000));
        assertThat(agreement.versionNumber()).isEqualTo(1);

        Amendment second = agreement.amend(AmendmentRequest.of(LocalDate.of(2020, 9, 1), "Acompte porté à 90 %")
                .withPaymentTerms(agreement.paymentTerms().withAdvanceRate(Rate.ofPercent(90))));
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.changes()).containsExactly(ChangedElement.PAYMENT_TERMS);

        assertThat(agreement.versions()).extracting(AgreementVersion::number).containsExactly(0, 1, 2);
        assertThat(agreement.versions()).extracting(v -> v.subsidy().votedAmount())
                .containsExactly(Amount.of(80000), Amount.of(70000), Amount.of(70000));
        assertThat(agreement.versions()).extracting(v -> v.paymentTerms().advanceRate())
                .containsExactly(Rate.ofPercent(80), Rate.ofPercent(80), Rate.ofPercent(90));
        assertThat(agreement.amendments()).containsExactly(first, second);
    }

    @Test
    void m1_split_only_change_is_listed_as_split() {
        Agreement agreement = signedSeedAgreement();
        Amendment amendment = agreement.amend(AmendmentRequest.of(JUNE_15, "Nouvelle répartition").withSubsidy(subsidy(40000, 40000)));
        assertThat(amendment.changes()).containsExactly(ChangedElement.SUBSIDY_SPLIT);
    }

    @Test
    void m1_programme_budget_signatory_and_other_clause_changes() {
        Agreement agreement = signedSeedAgreement();
        Signatory newVicePresident = new Signatory(Civility.MADAME, "Anne DUPONT", "Vice-Présidente déléguée à l'Innovation",
                "Pour la Présidente et par délégation");
        ActionProgramme programme = ActionProgramme.of(
                ActionCategory.of("I", "Feuille de route", "Reporting et suivi des activités du pôle"),
                ActionCategory.of("II", "Innovation", "Usine à projets"));
        Amendment amendment = agreement.amend(AmendmentRequest.of(JUNE_15, "Adaptation du programme")
                .withProgramme(programme)
                .withForecastBudget(ForecastBudget.ofEligibleExpenses(Amount.of(900000)))
                .withSignatory(newVicePresident)
                .withOtherChange("Article 7 : charte graphique mise à jour"));
        assertThat(amendment.changes()).containsExactly(ChangedElement.FORECAST_BUDGET, ChangedElement.PROGRAMME,
                ChangedElement.SIGNATORY, ChangedElement.OTHER);
        assertThat(amendment.otherChange()).isEqualTo("Article 7 : charte graphique mise à jour");
        assertThat(agreement.programme()).isEqualTo(programme);
        assertThat(agreement.signatory()).isEqualTo(newVicePresident);
        // 80 000 / 900 000 = 8.888... → 8.89 %
        assertThat(agreement.shareOfCost()).isEqualTo(Rate.ofPercent("8.89"));
    }

    @Test
    void m1_amend_in_draft_is_refused() {
        Agreement draft = seedAgreement();
        assertThatThrownBy(() -> draft.amend(AmendmentRequest.of(JUNE_15, "Avenant").withSubsidy(subsidy(30000, 40000))))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("avenant")
                .hasMessageContaining("« brouillon »")
                .hasMessageContaining("« signée »")
                .hasMessageContaining("« suspendue »");
        assertThat(draft.amendments()).isEmpty();
        assertThat(draft.subsidy()).isEqualTo(AgreementFixtures.seedSubsidy());
    }

    @Test
    void m1_amend_is_allowed_when_suspended_but_refused_once_settled() {
        Agreement suspended = signedSeedAgreement();
        suspended.suspend("Retard", LocalDate.of(2020, 5, 1));
        suspended.amend(AmendmentRequest.of(JUNE_15, "Réduction").withSubsidy(subsidy(30000, 40000)));
        assertThat(suspended.versionNumber()).isEqualTo(1);
        assertThat(suspended.status()).isEqualTo(AgreementStatus.SUSPENDED);

        Agreement settled = signedSeedAgreement();
        settled.markSettled(SettlementPolicy.settle(Amount.of(80000), Amount.of(1040335), Amount.of("936301.50"), Amount.ZERO),
                LocalDate.of(2021, 6, 30), "responsable");
        assertThatThrownBy(() -> settled.amend(AmendmentRequest.of(LocalDate.of(2021, 7, 1), "Tardif").withSubsidy(subsidy(30000, 40000))))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("« liquidée »");
        assertThat(settled.amendments()).isEmpty();
    }

    @Test
    void m1_amendment_can_never_change_the_article_1_objectives() {
        Agreement agreement = signedSeedAgreement();
        assertThatThrownBy(() -> agreement.amend(AmendmentRequest.of(JUNE_15, "Recentrage")
                .withObject(AgreementObject.of("Promouvoir le tourisme d'affaires"))
                .withSubsidy(subsidy(30000, 40000))))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "M1")
                .hasMessageContaining("objectifs généraux")
                .hasMessageContaining("article 1er");
        assertThat(agreement.object()).isEqualTo(AgreementFixtures.seedObject());
        assertThat(agreement.subsidy()).isEqualTo(AgreementFixtures.seedSubsidy());
        assertThat(agreement.amendments()).isEmpty();
        assertThat(agreement.versions()).hasSize(1);
    }

    @Test
    void m1_restating_the_same_objectives_is_not_a_change() {
        Agreement agreement = signedSeedAgreement();
        Amendment amendment = agreement.amend(AmendmentRequest.of(JUNE_15, "Réduction")
                .withObject(AgreementFixtures.seedObject())
                .withSubsidy(subsidy(30000, 40000)));
        assertThat(amendment.changes()).doesNotContain(ChangedElement.OTHER).contains(ChangedElement.SUBSIDY_AMOUNT);
    }

    @Test
    void p3_beneficiary_cannot_change_by_amendment() {
        Agreement agreement = signedSeedAgreement();
        assertThatThrownBy(() -> agreement.amend(AmendmentRequest.of(JUNE_15, "Transfert à une autre association")
                .withBeneficiary(AssociationId.newId())))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "P3")
                .hasMessageContaining("bénéficiaire")
                .hasMessageContaining("nouvelle convention")
                .extracting(e -> ((RuleViolationException) e).ruleId()).isEqualTo("P3");
        assertThat(agreement.associationId()).isEqualTo(AgreementFixtures.SEED_ASSOCIATION_ID);
        assertThat(agreement.amendments()).isEmpty();
    }

    @Test
    void m1_amendment_that_changes_nothing_is_refused() {
        Agreement agreement = signedSeedAgreement();
        assertThatThrownBy(() -> agreement.amend(AmendmentRequest.of(JUNE_15, "Avenant vide")))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "M1")
                .hasMessageContaining("Avenant vide")
                .hasMessageContaining("ne modifie aucun élément");
        // the same values as in force are no change either
        assertThatThrownBy(() -> agreement.amend(AmendmentRequest.of(JUNE_15, "Identique")
                .withSubsidy(AgreementFixtures.seedSubsidy()).withPaymentTerms(AgreementFixtures.seedPaymentTerms())))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("ne modifie aucun élément");
        assertThat(agreement.amendments()).isEmpty();
    }

    @Test
    void m1_amendments_are_dated_in_order_after_signature() {
        Agreement agreement = signedSeedAgreement();
        assertThatThrownBy(() -> agreement.amend(AmendmentRequest.of(LocalDate.of(2020, 1, 31), "Trop tôt").withSubsidy(subsidy(30000, 40000))))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "M1")
                .hasMessageContaining("signature");
        agreement.amend(AmendmentRequest.of(JUNE_15, "Premier").withSubsidy(subsidy(30000, 40000)));
        assertThatThrownBy(() -> agreement.amend(AmendmentRequest.of(LocalDate.of(2020, 6, 14), "Antidaté").withSubsidy(subsidy(30000, 30000))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("avenant n° 1");
        assertThat(agreement.versionNumber()).isEqualTo(1);
        assertThat(agreement.subsidy().votedAmount()).isEqualTo(Amount.of(70000));
    }

    @Test
    void b2_amended_subsidy_cannot_exceed_the_eligible_expenses() {
        Agreement agreement = signedSeedAgreement();
        assertThatThrownBy(() -> agreement.amend(AmendmentRequest.of(JUNE_15, "Budget réduit")
                .withForecastBudget(ForecastBudget.ofEligibleExpenses(Amount.of(70000)))))
                .isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("ruleId", "B2");
        assertThat(agreement.forecastBudget()).isEqualTo(AgreementFixtures.seedForecastBudget());
        assertThat(agreement.amendments()).isEmpty();
    }
}
