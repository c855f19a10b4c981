package fr.conventio.application.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.dashboard.Deadline;
import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.port.out.DocumentRef;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationEvent;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.shared.InvalidValueException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

/**
 * O5 through the use case: the general assembly's approval date entered with the annual accounts (O3) sets the
 * Journal officiel deadline three months later, in the obligations' history and in the deadlines read model.
 */
class AccountsApprovalTest {

    final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 3, 1));
    final SeedSteps seed = new SeedSteps(app);
    DocumentRef doc;

    @BeforeEach
    void signed() {
        seed.signed();
        app.clock.setToday(LocalDate.of(2021, 7, 10));
        doc = app.documents.store("comptes-2020.pdf", "application/pdf", "%PDF".getBytes(StandardCharsets.UTF_8));
    }

    private Versioned<Obligation> obligation(ObligationType type) {
        return app.obligations.findByAgreement(seed.agreementId()).stream().filter(o -> o.value().type() == type).findFirst().orElseThrow();
    }

    private void receiveAccounts(LocalDate approvedOn) {
        Versioned<Obligation> accounts = obligation(ObligationType.ANNUAL_ACCOUNTS);
        app.receiveEvidence.receive(new ReceiveEvidenceCommand(accounts.value().id(), accounts.version(), doc.id(),
                LocalDate.of(2021, 7, 5), approvedOn));
    }

    @Test
    void o5_the_approval_date_sets_the_journal_officiel_deadline_three_months_later() {
        assertThat(obligation(ObligationType.ACCOUNTS_PUBLICATION).value().dueDate()).as("provisional: nine months after the year end")
                .isEqualTo(LocalDate.of(2021, 9, 30));
        assertThat(obligation(ObligationType.ACCOUNTS_PUBLICATION).value().dueDateProvisional()).isTrue();

        receiveAccounts(LocalDate.of(2021, 5, 20));

        assertThat(obligation(ObligationType.ANNUAL_ACCOUNTS).value().accountsApprovedOn()).contains(LocalDate.of(2021, 5, 20));
        for (ObligationType o5 : new ObligationType[] {ObligationType.ACCOUNTS_PUBLICATION, ObligationType.AUDITOR_REPORT}) {
            Obligation moved = obligation(o5).value();
            assertThat(moved.dueDate()).as("%s", o5).isEqualTo(LocalDate.of(2021, 8, 20));
            assertThat(moved.dueDateProvisional()).isFalse();
            assertThat(moved.history().getLast()).satisfies(e -> {
                assertThat(e.kind()).isEqualTo(ObligationEvent.Kind.RESCHEDULED);
                assertThat(e.by()).isEqualTo(app.currentUser.currentUser());
                assertThat(e.reason()).contains("20/08/2021", "20/05/2021", "30/09/2021");
            });
        }
        assertThat(app.deadlineQueries.deadlines(app.clock.today(), LocalDate.of(2030, 1, 1), PageRequest.of(0, 100, "dueDate", true))
                .content()).filteredOn(d -> obligation(ObligationType.ACCOUNTS_PUBLICATION).value().id().equals(d.obligationId()))
                .extracting(Deadline::dueDate).containsExactly(LocalDate.of(2021, 8, 20));
    }

    @Test
    void o5_without_an_approval_date_the_deadline_stays_provisional() {
        receiveAccounts(null);

        assertThat(obligation(ObligationType.ANNUAL_ACCOUNTS).value().accountsApprovedOn()).isEmpty();
        assertThat(obligation(ObligationType.ACCOUNTS_PUBLICATION).value().dueDate()).isEqualTo(LocalDate.of(2021, 9, 30));
        assertThat(obligation(ObligationType.ACCOUNTS_PUBLICATION).value().dueDateProvisional()).isTrue();
    }

    @Test
    void o5_an_approval_date_in_the_future_or_before_the_year_end_is_refused_and_nothing_is_stored() {
        Map<String, Object> before = app.snapshot();

        assertThatThrownBy(() -> receiveAccounts(LocalDate.of(2021, 7, 11)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("date d'approbation des comptes par l'assemblée générale: la date (11/07/2021) est dans le futur");
        assertThatThrownBy(() -> receiveAccounts(LocalDate.of(2020, 12, 30)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("précède la clôture de l'exercice (31/12/2020)");

        assertThat(app.snapshot()).isEqualTo(before);
    }

    @Test
    void o5_the_approval_date_goes_only_with_the_annual_accounts() {
        Versioned<Obligation> report = obligation(ObligationType.ACTIVITY_REPORT);

        assertThatThrownBy(() -> app.receiveEvidence.receive(new ReceiveEvidenceCommand(report.value().id(), report.version(), doc.id(),
                LocalDate.of(2021, 7, 5), LocalDate.of(2021, 5, 20))))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("comptes annuels");
    }
}
