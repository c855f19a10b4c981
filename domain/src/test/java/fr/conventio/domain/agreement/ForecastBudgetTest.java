package fr.conventio.domain.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForecastBudgetTest {

    private final ForecastBudget budget = new ForecastBudget(Amount.of(1040335),
            List.of(FundingSource.of(FundingSourceKind.THIS_FUNDER, "Métropole Aix-Marseille-Provence", Amount.of(80000)),
                    FundingSource.of(FundingSourceKind.REGION, "Région Sud", Amount.of(250000)),
                    FundingSource.of(FundingSourceKind.STATE, "État", Amount.of(150000)),
                    FundingSource.of(FundingSourceKind.EUROPE, "Union européenne", Amount.of(120000)),
                    FundingSource.of(FundingSourceKind.OTHER_LOCAL_AUTHORITY, "Département", Amount.of(20000)),
                    FundingSource.of(FundingSourceKind.OWN_RESOURCES, "Cotisations", Amount.of(300000)),
                    FundingSource.of(FundingSourceKind.PRIVATE, "Partenaires privés", Amount.of(120335))),
            List.of(InKindContribution.of(InKindContributionKind.PREMISES, "Locaux", Amount.of(24000)),
                    InKindContribution.of(InKindContributionKind.STAFF, "Personnel mis à disposition", Amount.of(12000))));

    @Test
    void b1_forecast_budget_totals() {
        assertThat(budget.eligibleExpenses()).isEqualTo(Amount.of("1040335.00"));
        assertThat(budget.financingTotal()).isEqualTo(Amount.of(1040335));
        assertThat(budget.isFinancingBalanced()).isTrue();
        assertThat(budget.inKindTotal()).isEqualTo(Amount.of(36000));
        assertThat(budget.totalOf(FundingSourceKind.THIS_FUNDER)).isEqualTo(Amount.of(80000));
    }

    @Test
    void b1_public_subsidies_total_counts_every_public_body_this_funder_included() {
        assertThat(budget.publicSubsidiesTotal()).isEqualTo(Amount.of(620000));
        assertThat(FundingSourceKind.OWN_RESOURCES.isPublic()).isFalse();
        assertThat(FundingSourceKind.PRIVATE.isPublic()).isFalse();
        assertThat(FundingSourceKind.THIS_FUNDER.isPublic()).isTrue();
    }

    @Test
    void b1_eligible_expenses_must_be_positive() {
        assertThatThrownBy(() -> ForecastBudget.ofEligibleExpenses(Amount.ZERO))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("dépenses éligibles HT")
                .hasMessageContaining("strictement positif");
    }

    @Test
    void b1_funding_source_and_in_kind_contribution_need_a_name_and_a_positive_amount() {
        assertThatThrownBy(() -> FundingSource.of(FundingSourceKind.REGION, " ", Amount.of(1)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("plan de financement (financeur)");
        assertThatThrownBy(() -> InKindContribution.of(InKindContributionKind.EQUIPMENT, "Salle blanche", Amount.ZERO))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("contribution en nature (valeur)");
    }

    @Test
    void b1_a_budget_without_detailed_plan_has_zero_resources() {
        ForecastBudget bare = ForecastBudget.ofEligibleExpenses(Amount.of(1040335));
        assertThat(bare.financingTotal()).isEqualTo(Amount.ZERO);
        assertThat(bare.publicSubsidiesTotal()).isEqualTo(Amount.ZERO);
        assertThat(bare.isFinancingBalanced()).isFalse();
    }
}
