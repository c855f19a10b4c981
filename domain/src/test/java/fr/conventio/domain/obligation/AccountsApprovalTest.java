package fr.conventio.domain.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.IllegalTransitionException;
import fr.conventio.domain.shared.InvalidValueException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

/** O5: the Journal officiel deadline counts from the general assembly's approval of the accounts, recorded with them (O3). */
class AccountsApprovalTest {

    private static final AgreementId AGREEMENT = new AgreementId(UUID.randomUUID());
    private static final LocalDate YEAR_END = LocalDate.of(2020, 12, 31);
    private static final LocalDate PROVISIONAL = LocalDate.of(2021, 9, 30);
    private static final LocalDate TODAY = LocalDate.of(2021, 10, 15);

    private static Obligation of(ObligationType type, LocalDate due) {
        return Obligation.create(ObligationId.newId(), AGREEMENT, type, due);
    }

    @Test
    @DisplayName("O5 approval on 30 June 2021: publication due 30 September 2021 (three months, day for day)")
    void o5_three_months_after_the_approval() {
        assertThat(ObligationSchedule.dueFromAccountsApproval(ObligationType.ACCOUNTS_PUBLICATION, LocalDate.of(2021, 6, 30)))
                .contains(LocalDate.of(2021, 9, 30));
        assertThat(ObligationSchedule.dueFromAccountsApproval(ObligationType.AUDITOR_REPORT, LocalDate.of(2021, 5, 20)))
                .contains(LocalDate.of(2021, 8, 20));
        assertThat(ObligationSchedule.dueFromAccountsApproval(ObligationType.ANNUAL_ACCOUNTS, LocalDate.of(2021, 5, 20))).isEmpty();
    }

    @Test
    @DisplayName("O5 month-end rule: from a month's last day, the target month's last day (30 Nov ⇒ 28 or 29 Feb)")
    void o5_month_end_rule() {
        assertThat(ObligationSchedule.dueFromAccountsApproval(ObligationType.ACCOUNTS_PUBLICATION, LocalDate.of(2021, 11, 30)))
                .contains(LocalDate.of(2022, 2, 28));
        assertThat(ObligationSchedule.dueFromAccountsApproval(ObligationType.ACCOUNTS_PUBLICATION, LocalDate.of(2023, 11, 30)))
                .contains(LocalDate.of(2024, 2, 29));
        assertThat(ObligationSchedule.dueFromAccountsApproval(ObligationType.ACCOUNTS_PUBLICATION, LocalDate.of(2021, 11, 29)))
                .as("not a month's last day: the same day, or the month's last day when it has none").contains(LocalDate.of(2022, 2, 28));
        assertThat(ObligationSchedule.dueFromAccountsApproval(ObligationType.ACCOUNTS_PUBLICATION, LocalDate.of(2021, 4, 30)))
                .as("30 April is April's last day").contains(LocalDate.of(2021, 7, 31));
    }

    @Test
    void o5_the_publication_gets_the_new_date_in_its_history_and_is_no_longer_provisional() {
        Obligation publication = of(ObligationType.ACCOUNTS_PUBLICATION, PROVISIONAL);
        assertThat(publication.dueDateProvisional()).isTrue();

        boolean changed = publication.countFromAccountsApproval(LocalDate.of(2021, 5, 20), "marie.responsable", TODAY);

        assertThat(changed).isTrue();
        assertThat(publication.dueDate()).isEqualTo(LocalDate.of(2021, 8, 20));
        assertThat(publication.dueDateProvisional()).isFalse();
        assertThat(publication.status()).isEqualTo(ObligationStatus.PENDING);
        assertThat(publication.history()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(ObligationEvent.Kind.RESCHEDULED);
            assertThat(e.on()).isEqualTo(TODAY);
            assertThat(e.by()).isEqualTo("marie.responsable");
            assertThat(e.reason()).isEqualTo("Échéance fixée au 20/08/2021 : comptes approuvés par l'assemblée générale le 20/05/2021"
                    + " (échéance précédente : 30/09/2021)");
        });
        assertThat(publication.isOverdueOn(TODAY)).as("due 20 August, judged on 15 October").isTrue();
    }

    @Test
    void o5_an_approval_giving_the_provisional_date_still_confirms_it() {
        Obligation publication = of(ObligationType.ACCOUNTS_PUBLICATION, PROVISIONAL);

        assertThat(publication.countFromAccountsApproval(LocalDate.of(2021, 6, 30), "marie.responsable", TODAY)).isTrue();

        assertThat(publication.dueDate()).isEqualTo(PROVISIONAL);
        assertThat(publication.dueDateProvisional()).isFalse();
    }

    @Test
    void o5_an_accepted_publication_and_the_other_obligations_keep_their_date() {
        Obligation accepted = of(ObligationType.ACCOUNTS_PUBLICATION, PROVISIONAL);
        accepted.receive(new EvidenceRef("doc-1", "jo.pdf"), LocalDate.of(2021, 8, 1), "paul.instructeur");
        accepted.accept("marie.responsable", LocalDate.of(2021, 8, 2));
        Obligation report = of(ObligationType.ACTIVITY_REPORT, LocalDate.of(2021, 6, 30));

        assertThat(accepted.countFromAccountsApproval(LocalDate.of(2021, 5, 20), "marie.responsable", TODAY)).isFalse();
        assertThat(report.countFromAccountsApproval(LocalDate.of(2021, 5, 20), "marie.responsable", TODAY)).isFalse();

        assertThat(accepted.dueDate()).isEqualTo(PROVISIONAL);
        assertThat(report.dueDate()).isEqualTo(LocalDate.of(2021, 6, 30));
        assertThat(report.dueDateProvisional()).as("not counted from the approval").isFalse();
    }

    @Test
    void o5_the_approval_date_is_recorded_on_the_annual_accounts() {
        Obligation accounts = of(ObligationType.ANNUAL_ACCOUNTS, LocalDate.of(2021, 6, 30));

        accounts.recordAccountsApproval(LocalDate.of(2021, 5, 20), YEAR_END, TODAY);

        assertThat(accounts.accountsApprovedOn()).contains(LocalDate.of(2021, 5, 20));
        Obligation stored = Obligation.rehydrate(accounts.id(), AGREEMENT, accounts.type(), accounts.dueDate(), accounts.status(),
                accounts.history(), null, LocalDate.of(2021, 5, 20));
        assertThat(stored.accountsApprovedOn()).contains(LocalDate.of(2021, 5, 20));
    }

    @Test
    void o5_the_approval_date_is_refused_in_the_future_before_the_year_end_or_on_another_obligation() {
        Obligation accounts = of(ObligationType.ANNUAL_ACCOUNTS, LocalDate.of(2021, 6, 30));

        assertThatThrownBy(() -> accounts.recordAccountsApproval(TODAY.plusDays(1), YEAR_END, TODAY))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("date d'approbation des comptes par l'assemblée générale: la date (16/10/2021) est dans le futur :"
                        + " les comptes ne peuvent être approuvés après aujourd'hui (15/10/2021)");
        assertThatThrownBy(() -> accounts.recordAccountsApproval(LocalDate.of(2020, 12, 30), YEAR_END, TODAY))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("date d'approbation des comptes par l'assemblée générale: la date (30/12/2020) précède la clôture de"
                        + " l'exercice (31/12/2020) : les comptes ne peuvent être approuvés avant");
        assertThatThrownBy(() -> of(ObligationType.ACTIVITY_REPORT, LocalDate.of(2021, 6, 30))
                .recordAccountsApproval(LocalDate.of(2021, 5, 20), YEAR_END, TODAY))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("date d'approbation des comptes par l'assemblée générale");
        assertThat(accounts.accountsApprovedOn()).isEmpty();

        accounts.recordAccountsApproval(YEAR_END, YEAR_END, TODAY);
        accounts.recordAccountsApproval(TODAY, YEAR_END, TODAY);
        assertThat(accounts.accountsApprovedOn()).as("the year end and today are allowed").contains(TODAY);
    }

    @Test
    void o5_the_approval_date_of_accepted_accounts_cannot_change() {
        Obligation accounts = of(ObligationType.ANNUAL_ACCOUNTS, LocalDate.of(2021, 6, 30));
        accounts.receive(new EvidenceRef("doc-1", "comptes.pdf"), LocalDate.of(2021, 6, 1), "paul.instructeur");
        accounts.accept("marie.responsable", LocalDate.of(2021, 6, 2));

        assertThatThrownBy(() -> accounts.recordAccountsApproval(LocalDate.of(2021, 5, 20), YEAR_END, TODAY))
                .isInstanceOf(IllegalTransitionException.class);
    }
}
