package fr.conventio.domain.agreement;

import static fr.conventio.domain.agreement.AgreementFixtures.CT1_LINE_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.PAYS_AIX_LINE_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.SEED_AGREEMENT_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.YEAR_2020;
import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.domain.account.AgreementAccount;
import fr.conventio.domain.control.AgreementControl;
import fr.conventio.domain.party.BudgetLine;
import fr.conventio.domain.party.FunderKind;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.Rate;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

/** The worked examples of RULES.md on the real 2020 agreement. */
class SeedAgreementTest {

    @Test
    void p1_seed_funder_is_the_metropole_signing_by_delegation_after_the_bureau_deliberation() {
        assertThat(AgreementFixtures.seedFunder().kind()).isEqualTo(FunderKind.EPCI);
        assertThat(AgreementFixtures.seedFunder().address().singleLine()).isEqualTo("58 boulevard Charles Livon, 13007 Marseille");
        Agreement signed = AgreementFixtures.signedSeedAgreement();
        assertThat(signed.signatory().designation())
                .isEqualTo("Monsieur Gérard BRAMOULLÉ, Vice-Président délégué au Territoire numérique et à l'Innovation technologique");
        assertThat(signed.signatory().signsByDelegation()).isTrue();
        assertThat(signed.deliberation()).get().satisfies(d -> {
            assertThat(d.decidingBody()).isEqualTo("Bureau de la Métropole");
            assertThat(d.date()).isEqualTo(LocalDate.of(2019, 12, 19));
        });
    }

    @Test
    void p2_seed_association_with_its_president_and_valid_identifiers() {
        var association = AgreementFixtures.seedAssociation();
        assertThat(association.name()).isEqualTo("POLE SOLUTIONS COMMUNICANTES SÉCURISÉES (SCS)");
        assertThat(association.registeredAddress().singleLine()).isEqualTo("Place Paul Borde, 13790 Rousset");
        assertThat(association.representative().designation()).isEqualTo("Monsieur Lionel LAPRAS, Président");
        assertThat(association.siren()).isPresent();
        assertThat(association.rna()).isPresent();
        assertThat(association.fiscalYear().isCalendarYear()).isTrue();
    }

    @Test
    void d1_seed_programme_has_five_categories_i_to_v() {
        Agreement agreement = AgreementFixtures.seedAgreement();
        assertThat(agreement.programme().categories()).extracting(ActionCategory::numeral).containsExactly("I", "II", "III", "IV", "V");
        assertThat(agreement.programme().categories()).allSatisfy(c -> assertThat(c.actions()).isNotEmpty());
        assertThat(agreement.object().objectives()).startsWith("Par la présente convention").contains("Solutions Communicantes Sécurisées");
    }

    @Test
    void d2_seed_agreement_runs_for_budget_year_2020() {
        Agreement agreement = AgreementFixtures.seedAgreement();
        assertThat(agreement.budgetYear()).isEqualTo(YEAR_2020);
        assertThat(agreement.period().start()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(agreement.period().end()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(agreement.period().days()).isEqualTo(366);
    }

    @Test
    void d3_seed_subsidy_makes_the_agreement_mandatory() {
        assertThat(AgreementFixtures.seedAgreement().requirement().mandatory()).isTrue();
    }

    @Test
    void b1_seed_forecast_is_1040335_ht_with_public_subsidies_above_153000() {
        ForecastBudget budget = AgreementFixtures.seedAgreement().forecastBudget();
        assertThat(budget.eligibleExpenses()).isEqualTo(Amount.of("1040335.00"));
        assertThat(budget.isFinancingBalanced()).isTrue();
        assertThat(budget.totalOf(FundingSourceKind.THIS_FUNDER)).isEqualTo(Amount.of(80000));
        assertThat(budget.publicSubsidiesTotal()).isEqualTo(Amount.of(620000));
    }

    @Test
    void b2_share_of_cost_of_seed_is_7_69_percent() {
        assertThat(AgreementFixtures.seedAgreement().shareOfCost()).isEqualTo(Rate.ofPercent("7.69"));
    }

    @Test
    void b3_seed_split_is_30000_on_ct1_and_50000_on_pays_d_aix() {
        Subsidy subsidy = AgreementFixtures.seedAgreement().subsidy();
        assertThat(subsidy.votedAmount()).isEqualTo(Amount.of(80000));
        assertThat(subsidy.amountOn(CT1_LINE_ID)).contains(Amount.of(30000));
        assertThat(subsidy.amountOn(PAYS_AIX_LINE_ID)).contains(Amount.of(50000));
    }

    @Test
    void b4_seed_commitments_consume_the_envelopes() {
        List<BudgetLine> lines = AgreementFixtures.seedBudgetLines();
        Subsidy subsidy = AgreementFixtures.seedSubsidy();
        for (BudgetLine line : lines) {
            line.commit(YEAR_2020, SEED_AGREEMENT_ID, subsidy.amountOn(line.id()).orElseThrow());
        }
        assertThat(lines.get(0).code()).isEqualTo("CT1");
        assertThat(lines.get(0).remaining(YEAR_2020)).isEqualTo(Amount.of(470000));
        assertThat(lines.get(1).label()).isEqualTo("Territoire du Pays d'Aix");
        assertThat(lines.get(1).remaining(YEAR_2020)).isEqualTo(Amount.of(750000));
    }

    @Test
    void v1_seed_advance_cap_is_64000_and_balance_part_16000() {
        Agreement agreement = AgreementFixtures.signedSeedAgreement();
        AgreementAccount account = AgreementAccount.of(agreement, List.of(), List.of(), AgreementControl.empty(agreement.id()), List.of());
        assertThat(agreement.paymentTerms().advanceRate()).isEqualTo(Rate.ofPercent(80));
        assertThat(account.advanceCap()).isEqualTo(Amount.of("64000.00"));
        assertThat(account.balancePart()).isEqualTo(Amount.of("16000.00"));
        assertThat(agreement.paymentTerms().setsOwnPaymentSchedule()).isTrue();
    }

    @Test
    void fixtures_return_fresh_objects_with_fixed_ids() {
        Agreement a = AgreementFixtures.seedAgreement();
        Agreement b = AgreementFixtures.seedAgreement();
        assertThat(a).isNotSameAs(b);
        assertThat(a.id()).isEqualTo(b.id()).isEqualTo(SEED_AGREEMENT_ID);
        assertThat(AgreementFixtures.signedSeedAgreement().status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(AgreementFixtures.approvedSeedAgreement().status()).isEqualTo(AgreementStatus.APPROVED);
        assertThat(a.status()).isEqualTo(AgreementStatus.DRAFT);
    }
}
