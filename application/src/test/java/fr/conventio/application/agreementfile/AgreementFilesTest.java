package fr.conventio.application.agreementfile;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.settlement.SettleAgreementCommand;
import fr.conventio.domain.account.AccountFigures;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What saving an agreement's file writes besides the aggregates: the account's figures and the budget lines' commitments. */
class AgreementFilesTest {

    private final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2021, 7, 1));
    private final SeedSteps seed = new SeedSteps(app);

    @Test
    void a_draft_has_its_account_from_creation() {
        seed.setUpParties();
        seed.createDraft();

        AccountFigures figures = app.accounts.findByAgreement(seed.agreementId()).orElseThrow();
        assertThat(figures.votedSubsidy()).isEqualTo(Amount.of(80_000));
        assertThat(figures.advanceAvailable()).as("nothing may be paid before signature").isEqualTo(Amount.ZERO);
    }

    @Test
    void b4_the_accounts_missing_from_an_older_database_are_stored_again_with_the_commitments_they_compute() {
        seed.signed();
        seed.payAdvance();
        app.as(InMemoryConventio.MANAGER, () -> app.settleAgreement.settle(new SettleAgreementCommand(seed.agreementId(), seed.version(), Amount.of("936301.50"),
                LocalDate.of(2021, 6, 15))));
        AccountFigures stored = app.accounts.findByAgreement(seed.agreementId()).orElseThrow();
        long agreementVersion = seed.version();
        app.accounts.forget(seed.agreementId());

        assertThat(app.files.storeMissingAccounts(10)).isEqualTo(1);

        assertThat(app.accounts.findByAgreement(seed.agreementId())).contains(stored);
        assertThat(app.files.storeMissingAccounts(10)).as("nothing left to store").isZero();
        assertThat(seed.version()).as("the agreement itself is not saved again").isEqualTo(agreementVersion);
        assertThat(app.budgetLines.findById(seed.ct1()).orElseThrow().value().committed(BudgetYear.of(2020))).isEqualTo(Amount.of(27_000));
    }
}
