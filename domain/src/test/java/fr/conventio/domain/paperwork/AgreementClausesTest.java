package fr.conventio.domain.paperwork;

import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AnnualSubsidies;
import fr.conventio.domain.multiyear.MultiYearPlan;
import fr.conventio.domain.multiyear.SettlementMode;
import fr.conventio.domain.sample.PaperworkSamples;
import fr.conventio.domain.settlement.KeepUnspentClause;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.DatePeriod;
import fr.conventio.domain.shared.Rate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static fr.conventio.domain.paperwork.PaperworkTest.plainText;
import static fr.conventio.domain.sample.RealAgreement2020.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The generated agreement's data-dependent clauses V5, A4, D5, D4 and the thresholds D3, O4 on the annual total. */
class AgreementClausesTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 2, 10);

    private static PaperworkFacts cpo() {
        return PaperworkFacts.of(PaperworkSamples.multiYearAgreement(), seedFunder(), seedAssociation(), TODAY)
                .withMultiYearPlan(PaperworkSamples.multiYearPlan());
    }

    @Test
    @DisplayName("seed: no instalments, keep-unspent, multi-year nor operation-period clause, and the text unchanged to the word")
    void the_seed_agreement_text_is_unchanged() throws IOException {
        PaperworkFacts seed = PaperworkFacts.of(signedSeedAgreement(), seedFunder(), seedAssociation(), LocalDate.of(2020, 2, 10));
        AgreementClauses clauses = seed.clauses();
        assertThat(clauses.instalments()).isEmpty();
        assertThat(clauses.keepUnspent()).isEmpty();
        assertThat(clauses.multiYear()).isEmpty();
        assertThat(clauses.operationPeriod()).isEmpty();
        String expected;
        try (InputStream in = getClass().getResourceAsStream("/paperwork/seed-agreement.txt")) {
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(String.join("\n", AgreementDocument.build(seed).texts()) + "\n").isEqualTo(expected);
    }

    @Test
    void v5_the_schedule_of_instalments_replaces_the_advance_and_balance_wording() {
        AgreementClauses.InstalmentsClause schedule = cpo().clauses().instalments().orElseThrow();
        assertThat(schedule.instalments()).extracting(line -> FrenchTypography.plain(line.condition())).containsExactly(
                "à la signature", "le 15 mars 2024", "à l'acceptation du rapport d'activité",
                "solde, sur production des documents énumérés ci-après");
        assertThat(schedule.total()).isEqualTo(Amount.of(30000));
        String text = plainText(AgreementDocument.build(cpo()));
        assertThat(text).contains("la subvention est versée en 4 versements selon l'échéancier suivant",
                        "n° 1 | à la signature | 12 000,00 €", "n° 2 | le 15 mars 2024 | 9 000,00 €",
                        "n° 3 | à l'acceptation du rapport d'activité | 6 000,00 €", "Total |  | 30 000,00 €",
                        "Le dernier versement, solde de la subvention, sera versé sur production",
                        "d'un bilan qualitatif et quantitatif des actions réalisées",
                        "au plus tard à la date indiquée")
                .doesNotContain("un acompte dans la limite de", "le solde (soit", AgreementDocument.SIXTY_DAYS_SENTENCE);
    }

    @Test
    void v5_an_instalment_waiting_for_the_financial_report_says_so_in_words() {
        assertThat(AgreementClauses.InstalmentsClause.awaited("FINANCIAL_REPORT")).isEqualTo("du compte rendu financier");
        assertThat(AgreementClauses.InstalmentsClause.awaited("INSURANCE_CERTIFICATE")).isEqualTo("de l'attestation d'assurance");
    }

    @Test
    void a4_the_keep_unspent_clause_as_a_rate_or_an_amount_in_the_adjustment_article() {
        String text = plainText(AgreementDocument.build(cpo()));
        assertThat(text).contains("l'association peut conserver la part de la subvention qu'elle n'a pas dépensée dans la limite de 5 % du "
                + "montant de la subvention ; la participation de la Métropole est alors le montant recalculé au prorata");
        assertThat(cpo().clauses().keepUnspent().orElseThrow().limitAmount()).isEqualTo(Amount.of(1500));

        Agreement seed = seedAgreement();
        seed.changeKeepUnspentClause(KeepUnspentClause.amount(Amount.of(4000)));
        PaperworkFacts facts = PaperworkTest.seedFacts(seed);
        assertThat(facts.clauses().keepUnspent().orElseThrow().limitAmount()).isEqualTo(Amount.of(4000));
        assertThat(plainText(AgreementDocument.build(facts))).contains("qu'elle n'a pas dépensée dans la limite de 4 000,00 € ;");
        assertThat(plainText(AgreementDocument.build(PaperworkTest.seedFacts(signedSeedAgreement())))).doesNotContain("qu'elle n'a pas dépensée");
    }

    @Test
    void a4_the_seed_example_keeps_5_percent_of_80_000_euros() {
        Agreement seed = seedAgreement();
        seed.changeKeepUnspentClause(KeepUnspentClause.rate(Rate.ofPercent(5)));
        assertThat(PaperworkTest.seedFacts(seed).clauses().keepUnspent().orElseThrow().limitAmount()).isEqualTo(Amount.of(4000));
    }

    @Test
    void d5_the_multi_year_agreement_states_its_years_yearly_amounts_budget_vote_and_settlement() {
        AgreementClauses.MultiYearClause multi = cpo().clauses().multiYear().orElseThrow();
        assertThat(multi.yearList()).isEqualTo("2024, 2025 et 2026");
        assertThat(multi.total()).isEqualTo(Amount.of(90000));
        String text = plainText(AgreementDocument.build(cpo()));
        assertThat(text).contains("CONVENTION PLURIANNUELLE D'OBJECTIFS N° ECO-2024-SCS-CPO",
                "conclue pour les exercices budgétaires 2024, 2025 et 2026 (du 1er janvier 2024 au 31 décembre 2026)",
                "la participation de la Métropole s'élève au total à 90 000,00 €",
                "2024 | engagé à la signature | 30 000,00 €", "2025 | sous réserve du vote du budget 2025 | 30 000,00 €",
                "2026 | sous réserve du vote du budget 2026 | 30 000,00 €", "Total |  | 90 000,00 €",
                "confirmé par une notification annuelle ou un avenant financier",
                "Chaque exercice fait l'objet de son propre compte rendu financier et de sa propre liquidation",
                "objectifs fixés pour les années 2024, 2025 et 2026")
                .doesNotContain("CONVENTION ANNUELLE");

        MultiYearPlan once = MultiYearPlan.create(PaperworkSamples.CPO_ID, BudgetYear.of(2024), Amount.of(30000), SettlementMode.ONCE_AT_END,
                List.of(fr.conventio.domain.agreement.Subsidy.onSingleLine(CT1_LINE_ID, Amount.of(20000))));
        String onceText = plainText(AgreementDocument.build(PaperworkFacts.of(PaperworkSamples.multiYearAgreement(), seedFunder(),
                seedAssociation(), TODAY).withMultiYearPlan(once)));
        assertThat(onceText).contains("exercices budgétaires 2024 et 2025", "s'élève au total à 50 000,00 €",
                "la liquidation de la subvention est faite une fois, sur l'ensemble de la période");
        assertThat(plainText(AgreementDocument.build(PaperworkTest.seedFacts(signedSeedAgreement()))))
                .doesNotContain(AgreementDocument.BUDGET_VOTE_SENTENCE);
    }

    @Test
    void d4_the_operation_period_is_stated_in_the_duration_article_when_it_is_not_the_budget_year() {
        assertThat(plainText(AgreementDocument.build(cpo()))).contains("Les actions du programme se déroulent du 1er mars 2024 au 31 décembre 2024");
        Agreement seed = seedAgreement();
        seed.changeOperationPeriod(new DatePeriod(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)));
        assertThat(PaperworkTest.seedFacts(seed).clauses().operationPeriod()).isEmpty();
        seed.changeOperationPeriod(new DatePeriod(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 9, 30)));
        assertThat(plainText(AgreementDocument.build(PaperworkTest.seedFacts(seed))))
                .contains("Les actions du programme se déroulent du 1er mars 2020 au 30 septembre 2020");
    }

    @Test
    void d3_a_15_000_euro_subsidy_alone_is_voluntary_but_not_once_the_annual_total_exceeds_23_000_euros() {
        Agreement small = PaperworkSamples.smallAgreement();
        PaperworkFacts alone = PaperworkFacts.of(small, seedFunder(), seedAssociation(), LocalDate.of(2020, 2, 10));
        assertThat(alone.clauses().agreementMandatory()).isFalse();
        String text = plainText(AgreementDocument.build(alone));
        assertThat(text).contains(AgreementDocument.VOLUNTARY_SENTENCE, "15 000,00 €", "33,33 %", "soit au plus 12 000,00 €",
                "le solde (soit 20 %)", AgreementDocument.SIXTY_DAYS_SENTENCE);
        assertThat(text).doesNotContain(AgreementDocument.CERTIFICATION_SENTENCE);

        AnnualSubsidies others = AnnualSubsidies.none(small.associationId(), small.budgetYear())
                .with(AgreementId.of("2a3f7c72-f7cd-4ce6-a000-000000001501"), Amount.of(10000));
        PaperworkFacts withOthers = alone.withOtherSubsidies(others);
        assertThat(withOthers.clauses().agreementMandatory()).isTrue();
        assertThat(plainText(AgreementDocument.build(withOthers))).doesNotContain(AgreementDocument.VOLUNTARY_SENTENCE);
    }

    @Test
    void o4_the_certification_counts_every_subsidy_of_the_funder_that_year() {
        Agreement small = PaperworkSamples.smallAgreement();
        PaperworkFacts alone = PaperworkFacts.of(small, seedFunder(), seedAssociation(), LocalDate.of(2020, 2, 10));
        assertThat(alone.clauses().certifiedAccounts()).isFalse();
        AnnualSubsidies others = AnnualSubsidies.none(small.associationId(), small.budgetYear())
                .with(SEED_AGREEMENT_ID, Amount.of(80000));
        PaperworkFacts withSeed = alone.withOtherSubsidies(others);
        assertThat(withSeed.clauses().certifiedAccounts()).isTrue();
        assertThat(plainText(AgreementDocument.build(withSeed))).contains(AgreementDocument.CERTIFICATION_SENTENCE);
    }

    @Test
    void v5_d5_the_award_notification_lists_the_instalments_and_the_years_of_the_multi_year_agreement() {
        String text = plainText(Letters.build(cpo(), DocumentKind.AWARD_NOTIFICATION, 0));
        assertThat(text).contains("La subvention sera versée en 4 versements : 12 000,00 € à la signature ; 9 000,00 € le 15 mars 2024 ;",
                        "3 000,00 € pour le solde", "convention pluriannuelle d'objectifs portant sur les exercices 2024, 2025 et 2026")
                .doesNotContain("Un acompte dans la limite");
    }
}
