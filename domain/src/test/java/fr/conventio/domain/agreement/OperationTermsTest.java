package fr.conventio.domain.agreement;

import fr.conventio.domain.settlement.KeepUnspentClause;
import static fr.conventio.domain.agreement.AgreementFixtures.SIGNATURE_DATE;
import static fr.conventio.domain.agreement.AgreementFixtures.seedAgreement;
import static fr.conventio.domain.agreement.AgreementFixtures.signedSeedAgreement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.DatePeriod;
import fr.conventio.domain.shared.IllegalTransitionException;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.shared.Rate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The operation period (D4) and the keep-unspent clause (A4) as terms of the agreement, amended by M1. */
class OperationTermsTest {

    private static final DatePeriod SEASON = new DatePeriod(LocalDate.of(2020, 9, 1), LocalDate.of(2021, 6, 30));

    @Test
    void d4_by_default_the_operation_runs_over_the_budget_year() {
        Agreement agreement = seedAgreement();

        assertThat(agreement.operationPeriod()).isEqualTo(new DatePeriod(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)));
        assertThat(agreement.ownOperationPeriod()).isEmpty();
    }

    @Test
    void d4_a_shorter_period_or_a_season_across_two_years_is_accepted() {
        Agreement agreement = seedAgreement();
        agreement.changeOperationPeriod(new DatePeriod(LocalDate.of(2020, 5, 1), LocalDate.of(2020, 7, 15)));
        assertThat(agreement.operationPeriod().end()).isEqualTo(LocalDate.of(2020, 7, 15));

        agreement.changeOperationPeriod(SEASON);
        assertThat(agreement.operationPeriod()).isEqualTo(SEASON);
        assertThat(agreement.ownOperationPeriod()).contains(SEASON);

        agreement.changeOperationPeriod(null);
        assertThat(agreement.operationPeriod()).isEqualTo(agreement.period());
    }

    @Test
    void d4_an_end_before_the_start_is_refused() {
        assertThatThrownBy(() -> new DatePeriod(LocalDate.of(2020, 7, 15), LocalDate.of(2020, 5, 1)))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("précède");
    }

    @Test
    void d4_the_period_changes_only_in_draft_or_by_amendment() {
        assertThatThrownBy(() -> signedSeedAgreement().changeOperationPeriod(SEASON)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> signedSeedAgreement().changeKeepUnspentClause(KeepUnspentClause.none()))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void a4_the_clause_is_none_by_default_and_set_in_the_draft() {
        Agreement agreement = seedAgreement();
        assertThat(agreement.keepUnspentClause().isNone()).isTrue();

        agreement.changeKeepUnspentClause(KeepUnspentClause.rate(Rate.ofPercent(5)));

        assertThat(agreement.keepUnspentClause().limit(Amount.of(80_000))).isEqualTo(Amount.of(4_000));
        assertThat(agreement.keepUnspentClause().describe()).isEqualTo("5,00 % de la subvention");
    }

    @Test
    void a4_a_clause_has_a_positive_rate_or_amount() {
        assertThatThrownBy(() -> KeepUnspentClause.rate(Rate.ZERO)).isInstanceOf(InvalidValueException.class).hasMessageContaining("taux");
        assertThatThrownBy(() -> KeepUnspentClause.amount(Amount.ZERO)).isInstanceOf(InvalidValueException.class).hasMessageContaining("montant");
        assertThatThrownBy(() -> KeepUnspentClause.rate(null)).isInstanceOf(InvalidValueException.class);
        assertThat(KeepUnspentClause.amount(Amount.of(4_000)).describe()).isEqualTo("4 000,00 €");
    }

    @Test
    void m1_d4_an_amendment_changes_the_operation_period_and_lists_it() {
        Agreement agreement = signedSeedAgreement();

        Amendment amendment = agreement.amend(AmendmentRequest.of(SIGNATURE_DATE.plusMonths(2), "Prolongation de la saison")
                .withOperationPeriod(SEASON));

        assertThat(amendment.changes()).containsExactly(ChangedElement.OPERATION_PERIOD);
        assertThat(agreement.operationPeriod()).isEqualTo(SEASON);
        assertThat(amendment.version().operationPeriod()).isEqualTo(SEASON);
        assertThat(agreement.versions().getFirst().operationPeriod()).isNull();
    }

    @Test
    void m1_a4_an_amendment_changes_the_clause_and_lists_it() {
        Agreement agreement = signedSeedAgreement();
        KeepUnspentClause clause = KeepUnspentClause.amount(Amount.of(2_000));

        Amendment amendment = agreement.amend(AmendmentRequest.of(SIGNATURE_DATE.plusMonths(2), "Clause de conservation")
                .withKeepUnspentClause(clause));

        assertThat(amendment.changes()).containsExactly(ChangedElement.KEEP_UNSPENT_CLAUSE);
        assertThat(agreement.keepUnspentClause()).isEqualTo(clause);
    }

    @Test
    void m1_the_same_period_or_clause_is_no_change() {
        Agreement agreement = signedSeedAgreement();

        assertThatThrownBy(() -> agreement.amend(AmendmentRequest.of(SIGNATURE_DATE.plusMonths(2), "Rien")
                .withOperationPeriod(agreement.period()).withKeepUnspentClause(KeepUnspentClause.none())))
                .hasMessageContaining("ne modifie aucun élément");
    }

    @Test
    void d4_a4_rehydrate_keeps_the_period_and_the_clause() {
        Agreement agreement = signedSeedAgreement();
        agreement.amend(AmendmentRequest.of(SIGNATURE_DATE.plusMonths(2), "Saison").withOperationPeriod(SEASON)
                .withKeepUnspentClause(KeepUnspentClause.rate(Rate.ofPercent(5))));

        Agreement copy = Agreement.rehydrate(agreement.id(), agreement.reference(), agreement.funderId(), agreement.associationId(),
                agreement.signatory(), agreement.representative(), agreement.budgetYear(), agreement.object(), agreement.programme(),
                agreement.forecastBudget(), agreement.subsidy(), agreement.paymentTerms(), SEASON, agreement.keepUnspentClause(),
                agreement.status(), agreement.deliberation().orElseThrow(), agreement.signatureDate().orElseThrow(),
                agreement.versions().getFirst(), agreement.amendments(), agreement.thirdPartyDelegations(), agreement.suspensions(),
                null, null, null, "instructeur");

        assertThat(copy.operationPeriod()).isEqualTo(SEASON);
        assertThat(copy.keepUnspentClause()).isEqualTo(KeepUnspentClause.rate(Rate.ofPercent(5)));
    }
}
