package fr.conventio.application.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Said early what the signature would meet on the budget lines (B4), by the lines' own check, storing nothing. */
class GetSubsidyCommitmentsCheckTest {

    final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 1, 6));
    final SeedSteps seed = new SeedSteps(app);

    @BeforeEach
    void seedFunder() {
        seed.setUpParties(); // CT1 500 000 € and CT2 800 000 € for 2020, budget 2020 adopted
    }

    @Test
    void b4_the_seed_split_for_2020_would_be_committed() {
        SubsidyCommitmentsCheck check = app.checkSubsidyCommitments.check(new GetSubsidyCommitmentsCheckQuery(BudgetYear.of(2020), null,
                seed.seedSubsidy().split()));

        assertThat(check.clear()).isTrue();
    }

    @Test
    void b4_for_2021_whose_budget_is_not_adopted_each_line_says_so() {
        SubsidyCommitmentsCheck check = app.checkSubsidyCommitments.check(new GetSubsidyCommitmentsCheckQuery(BudgetYear.of(2021), null,
                seed.seedSubsidy().split()));

        assertThat(check.problems()).hasSize(2).allMatch(p -> p.contains("le budget 2021 du financeur n'est pas encore adopté"));
        assertThat(check.problems().get(0)).contains("CT1");
        assertThat(check.problems().get(1)).contains("CT2");
    }

    @Test
    void b4_a_share_beyond_what_the_line_has_left_is_named_and_nothing_is_committed() {
        Map<String, Object> before = app.snapshot();

        SubsidyCommitmentsCheck check = app.checkSubsidyCommitments.check(new GetSubsidyCommitmentsCheckQuery(BudgetYear.of(2020), null,
                List.of(SubsidyAllocation.of(seed.ct1(), "CT1", Amount.of(300_000)), SubsidyAllocation.of(seed.ct1(), "CT1", Amount.of(250_000)))));

        assertThat(check.problems()).singleElement().asString().contains("CT1", "il dépasse le disponible");
        assertThat(app.snapshot()).isEqualTo(before);
    }
}
