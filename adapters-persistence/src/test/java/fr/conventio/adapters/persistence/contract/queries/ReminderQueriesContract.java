package fr.conventio.adapters.persistence.contract.queries;

import static fr.conventio.adapters.persistence.contract.ReadSideApp.SEED_NAME;
import static fr.conventio.adapters.persistence.contract.ReadSideApp.SEED_REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.adapters.persistence.contract.ReadSideApp;
import fr.conventio.application.mail.ReminderCandidate;
import fr.conventio.application.mail.ReminderQueries;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationStatus;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.party.EmailAddress;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The read side of the reminders, the same on the fake and on PostgreSQL. */
public abstract class ReminderQueriesContract {

    static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    static final LocalDate TO = LocalDate.of(2021, 12, 31);

    protected abstract ReadSideApp.Store emptyStore();

    protected abstract ReminderQueries queries();

    protected ReadSideApp app;

    @BeforeEach
    void newApp() {
        app = new ReadSideApp(emptyStore());
    }

    private List<Obligation> expected(LocalDate from, LocalDate to) {
        return app.store().obligations().findByAgreement(app.agreementId()).stream().map(Versioned::value)
                .filter(o -> o.status() == ObligationStatus.PENDING || o.status() == ObligationStatus.REJECTED)
                .filter(o -> !o.dueDate().isBefore(from) && !o.dueDate().isAfter(to))
                .sorted(Comparator.comparing(Obligation::dueDate)).toList();
    }

    @Test
    void the_expected_obligations_of_an_agreement_in_progress_in_the_window_with_the_association_contact() {
        app.signed();
        assertThat(queries().openObligations(FROM, TO)).isNotEmpty().allSatisfy(c -> assertThat(c.contactEmail()).isNull());

        Versioned<Association> association = app.store().associations().findById(app.associationId()).orElseThrow();
        association.value().changeContactEmail(new EmailAddress("contact@scs-exemple.fr"));
        app.store().associations().save(association);

        List<ReminderCandidate> found = queries().openObligations(FROM, TO);
        List<Obligation> expected = expected(FROM, TO);
        assertThat(found).extracting(ReminderCandidate::obligationId).containsExactlyInAnyOrderElementsOf(expected.stream().map(Obligation::id).toList());
        assertThat(found).extracting(ReminderCandidate::dueDate).isSorted();
        assertThat(found).allSatisfy(c -> {
            assertThat(c.agreementReference()).isEqualTo(SEED_REFERENCE);
            assertThat(c.associationName()).isEqualTo(SEED_NAME);
            assertThat(c.contactEmail()).isEqualTo("contact@scs-exemple.fr");
            assertThat(c.status()).isEqualTo(ObligationStatus.PENDING);
        });
        LocalDate firstDue = expected.getFirst().dueDate();
        assertThat(queries().openObligations(firstDue, firstDue)).extracting(ReminderCandidate::dueDate).containsOnly(firstDue);
    }

    @Test
    void fulfilled_obligations_and_terminated_agreements_are_left_out() {
        app.signed();
        app.fulfilEveryObligation(LocalDate.of(2020, 3, 1));
        assertThat(queries().openObligations(FROM, TO)).isEmpty();
    }

    @Test
    void t1_a_terminated_agreement_has_no_reminder() {
        app.signed().terminateForBreach(LocalDate.of(2020, 6, 1), false);
        assertThat(queries().openObligations(FROM, TO)).isEmpty();
    }
}
