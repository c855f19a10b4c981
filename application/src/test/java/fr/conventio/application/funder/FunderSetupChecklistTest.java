package fr.conventio.application.funder;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.party.Funder;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

/** The funder setup checklist: identity, signatories, budget lines, envelopes and budget adopted for today's year (P1, B3, B4). */
class FunderSetupChecklistTest {

    @Test
    void nothing_is_done_on_a_new_installation() {
        InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 1, 6));

        FunderSetupChecklist checklist = app.getFunderSetupChecklist.checklist(new GetFunderSetupChecklistQuery());

        assertThat(checklist.year()).isEqualTo(BudgetYear.of(2020));
        assertThat(checklist.items()).extracting(FunderSetupChecklist.Item::step).containsExactly(FunderSetupStep.values());
        assertThat(checklist.items()).noneMatch(FunderSetupChecklist.Item::done);
        assertThat(checklist.complete()).isFalse();
    }

    @Test
    void b4_the_seed_funder_is_set_up_for_2020_its_lines_having_envelopes_and_the_budget_adopted() {
        InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 1, 6));
        new SeedSteps(app).setUpParties();

        FunderSetupChecklist checklist = app.getFunderSetupChecklist.checklist(new GetFunderSetupChecklistQuery());

        assertThat(checklist.items()).allMatch(FunderSetupChecklist.Item::done);
        assertThat(checklist.complete()).isTrue();
    }

    @Test
    void b4_a_new_year_needs_its_envelopes_and_its_budget_adopted_on_each_line_named_by_code() {
        InMemoryConventio app = new InMemoryConventio(LocalDate.of(2021, 1, 4));
        new SeedSteps(app).setUpParties();
        app.defineBudgetLine.define(DefineBudgetLineCommand.create("CT3", "Politique de la ville", BudgetYear.of(2021), Amount.of(100_000),
                false));

        FunderSetupChecklist checklist = app.getFunderSetupChecklist.checklist(new GetFunderSetupChecklistQuery());

        assertThat(checklist.year()).isEqualTo(BudgetYear.of(2021));
        assertThat(item(checklist, FunderSetupStep.FUNDER_IDENTITY).done()).isTrue();
        assertThat(item(checklist, FunderSetupStep.SIGNATORIES).done()).isTrue();
        assertThat(item(checklist, FunderSetupStep.BUDGET_LINES).done()).isTrue();
        assertThat(item(checklist, FunderSetupStep.ENVELOPES).done()).isFalse();
        assertThat(item(checklist, FunderSetupStep.ENVELOPES).missingLines()).containsExactly("CT1", "CT2");
        assertThat(item(checklist, FunderSetupStep.BUDGET_ADOPTED).missingLines()).containsExactly("CT1", "CT2", "CT3");
        assertThat(checklist.complete()).isFalse();
    }

    @Test
    void p1_a_funder_without_signatory_still_has_that_step_to_do() {
        InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 1, 6));
        Funder funder = AgreementFixtures.seedFunder();
        app.setUpFunder.setUp(new SetUpFunderCommand(null, funder.name(), funder.kind(), funder.siret(), funder.address(), List.of()));

        FunderSetupChecklist checklist = app.getFunderSetupChecklist.checklist(new GetFunderSetupChecklistQuery());

        assertThat(item(checklist, FunderSetupStep.FUNDER_IDENTITY).done()).isTrue();
        assertThat(item(checklist, FunderSetupStep.SIGNATORIES).done()).isFalse();
        assertThat(item(checklist, FunderSetupStep.BUDGET_LINES).done()).isFalse();
        assertThat(item(checklist, FunderSetupStep.ENVELOPES).done()).as("no line, nothing to count as done").isFalse();
    }

    private static FunderSetupChecklist.Item item(FunderSetupChecklist checklist, FunderSetupStep step) {
        return checklist.items().stream().filter(i -> i.step() == step).findFirst().orElseThrow();
    }
}
