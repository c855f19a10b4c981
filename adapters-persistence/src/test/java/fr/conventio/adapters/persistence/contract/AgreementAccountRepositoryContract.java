package fr.conventio.adapters.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.port.out.AgreementAccountRepository;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.account.AccountFigures;
import fr.conventio.domain.account.InstalmentDeadline;
import fr.conventio.domain.account.AgreementAccount;
import fr.conventio.domain.account.AgreementStage;
import fr.conventio.domain.account.LineAccount;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.control.AgreementControl;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

/**
 * What every {@link AgreementAccountRepository} does, the in-memory fake and the PostgreSQL adapter alike:
 * it gives back, equal, the figures last stored for an agreement (every field, the lines in their order), as
 * the use cases store them through {@code AgreementFiles}.
 */
public abstract class AgreementAccountRepositoryContract {

    /** An empty store whose {@link ReadSideApp.Store#accounts()} is the repository under test. */
    protected abstract ReadSideApp.Store emptyStore();

    /** Removes the stored figures of an agreement, as in a database from before the accounts (not a port operation). */
    protected abstract void dropStoredFigures(AgreementId agreementId);

    protected ReadSideApp app;

    @BeforeEach
    void newApp() {
        app = new ReadSideApp(emptyStore());
    }

    private AgreementAccountRepository repository() {
        return app.store.accounts();
    }

    /** The account the store's aggregates give, built again from what it loads back. */
    private AgreementAccount rebuilt(AgreementId id) {
        ReadSideApp.Store s = app.store;
        return AgreementAccount.of(s.agreements().findById(id).orElseThrow().value(), values(s.payments().findByAgreement(id)),
                values(s.recoveryOrders().findByAgreement(id)),
                s.controls().findByAgreement(id).map(Versioned::value).orElseGet(() -> AgreementControl.empty(id)),
                values(s.obligations().findByAgreement(id)));
    }

    private static <T> List<T> values(List<Versioned<T>> versioned) {
        return versioned.stream().map(Versioned::value).toList();
    }

    @Test
    void the_agreements_without_figures_are_those_stored_before_the_accounts() {
        app.setUpParties().createDraft();
        assertThat(repository().agreementsWithoutFigures(10)).as("every use case stores the figures").isEmpty();

        dropStoredFigures(app.agreementId());

        assertThat(repository().agreementsWithoutFigures(10)).containsExactly(app.agreementId());
        assertThat(repository().agreementsWithoutFigures(0)).isEmpty();
    }

    @Test
    void nothing_is_stored_for_an_agreement_no_use_case_saved() {
        app.setUpParties();

        assertThat(repository().findByAgreement(AgreementId.newId())).isEmpty();
    }

    @Test
    void each_use_case_stores_the_figures_of_the_account_as_the_file_then_stands() {
        app.setUpParties().createDraft();
        assertThat(repository().findByAgreement(app.agreementId())).get()
                .satisfies(f -> assertThat(f.stage()).isEqualTo(AgreementStage.DRAFT))
                .isEqualTo(rebuilt(app.agreementId()).figures());

        app.approve().sign().payFullAdvance();
        AccountFigures signed = repository().findByAgreement(app.agreementId()).orElseThrow();
        assertThat(signed).isEqualTo(rebuilt(app.agreementId()).figures());
        assertThat(signed.stage()).isEqualTo(AgreementStage.SIGNED);
        assertThat(signed.paid()).isEqualTo(Amount.of(64_000));
        assertThat(signed.finalSubsidy()).isNull();
        assertThat(signed.lines()).extracting(LineAccount::budgetLineId).containsExactly(app.ct1(), app.ct2());
        assertThat(signed.lines()).extracting(LineAccount::committed).containsExactly(Amount.of(30_000), Amount.of(50_000));

        app.acceptBalanceDocuments(LocalDate.of(2021, 5, 10), LocalDate.of(2021, 5, 20)).settle("728234.50");
        AccountFigures settled = repository().findByAgreement(app.agreementId()).orElseThrow();
        assertThat(settled).isEqualTo(rebuilt(app.agreementId()).figures());
        assertThat(settled.finalSubsidy()).isEqualTo(Amount.of(56_000));
        assertThat(settled.overpaymentToClaim()).isEqualTo(Amount.of(8_000));
        assertThat(settled.lines()).extracting(LineAccount::released).as("B4: the unused commitment given back")
                .containsExactly(Amount.of(9_000), Amount.of(15_000));
    }

    @Test
    void every_figure_is_read_back_as_saved_and_a_save_replaces_the_figures_and_the_lines() {
        app.signed();
        AgreementId id = app.agreementId();
        AccountFigures every = new AccountFigures(id, AgreementStatus.SETTLED, AgreementStage.BALANCE_PAID, BudgetYear.of(2020),
                Amount.of("80000.01"), Amount.of("79000.02"), Amount.of("78000.03"), Amount.of("77000.04"), Amount.of("64000.05"),
                Amount.of("63000.06"), Amount.of("1000.07"), Amount.of("62000.08"), Amount.of("61000.09"), Amount.of("100.10"),
                Amount.of("0.11"), Amount.of("0.12"), Amount.of("900.13"), Amount.of("800.14"), Amount.of("700.15"), Amount.of("600.16"),
                Amount.of("500.17"), Amount.of("400.18"), 3, true, List.of(
                        new LineAccount(app.ct2(), Amount.of("50000.19"), Amount.of("40000.20"), Amount.of("10000.21"),
                                Amount.of("30000.22"), Amount.of("20.23")),
                        new LineAccount(app.ct1(), Amount.of("30000.24"), Amount.ZERO, Amount.of("30000.25"), Amount.of("1.26"),
                                Amount.of("0.27"))));

        repository().save(every);
        assertThat(repository().findByAgreement(id)).contains(every);

        AccountFigures fewer = new AccountFigures(id, AgreementStatus.SIGNED, AgreementStage.SIGNED, BudgetYear.of(2020),
                Amount.of(80_000), Amount.of(80_000), Amount.of(80_000), null, Amount.of(64_000), Amount.ZERO, Amount.ZERO, Amount.ZERO,
                Amount.ZERO, Amount.of(80_000), Amount.of(64_000), Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO, Amount.ZERO,
                Amount.ZERO, Amount.ZERO, 0, false, List.of(new LineAccount(app.ct1(), Amount.of(30_000), Amount.of(30_000),
                Amount.ZERO, Amount.ZERO, Amount.ZERO)));
        repository().save(fewer);
        assertThat(repository().findByAgreement(id)).contains(fewer);
    }

    @Test
    void v5_n1_the_instalment_deadlines_are_read_back_earliest_first_and_replaced_by_a_save() {
        app.signed();
        AgreementId id = app.agreementId();
        AccountFigures stored = repository().findByAgreement(id).orElseThrow();
        AccountFigures withDeadlines = new AccountFigures(id, stored.status(), stored.stage(), stored.budgetYear(), stored.votedSubsidy(),
                stored.subsidyInForce(), stored.adjustedSubsidy(), stored.finalSubsidy(), stored.advanceCap(), stored.paid(),
                stored.cancelled(), stored.advancesPaid(), stored.kept(), stored.balanceDue(), stored.advanceAvailable(),
                stored.balancePayable(), stored.owed(), stored.claimed(), stored.outstanding(), stored.overpaymentToClaim(),
                stored.toRecover(), stored.recovered(), stored.openObligations(), stored.closable(), stored.lines(),
                List.of(new InstalmentDeadline(1, LocalDate.of(2020, 4, 3), Amount.of("32000.01")),
                        new InstalmentDeadline(2, LocalDate.of(2020, 6, 1), Amount.of("31999.99"))));

        repository().save(withDeadlines);
        assertThat(repository().findByAgreement(id)).contains(withDeadlines);

        repository().save(stored);
        assertThat(repository().findByAgreement(id).orElseThrow().instalmentDeadlines()).isEmpty();
    }
}
