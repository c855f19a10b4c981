package fr.conventio.adapters.persistence.contract.queries;

import fr.conventio.adapters.persistence.contract.PostgresStore;
import fr.conventio.adapters.persistence.contract.ReadSideApp;

import static fr.conventio.adapters.persistence.contract.ReadSideApp.SEED_REFERENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.conventio.application.dashboard.Deadline;
import fr.conventio.application.dashboard.DeadlineKind;
import fr.conventio.application.dashboard.DeadlineQueries;
import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Instalment;
import fr.conventio.domain.agreement.InstalmentSchedule;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationId;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.payment.LineCharge;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * What every {@link DeadlineQueries} answers, the in-memory fake and the PostgreSQL adapter alike, on the
 * real 2020 agreement arranged through the application's use cases (its signature schedules its
 * obligations), and an agreement of 2020 whose award was notified on 15 July 2021 (N1: due by 13 September
 * 2021 while nothing is paid).
 */
public abstract class DeadlineQueriesContract {

    static final LocalDate TODAY = LocalDate.of(2021, 7, 1);
    static final LocalDate FAR = LocalDate.of(2030, 12, 31);
    static final LocalDate NOTIFIED_ON = LocalDate.of(2021, 7, 15);

    /** An empty store (repositories) whose data {@link #queries()} reads. */
    protected abstract ReadSideApp.Store emptyStore();

    protected abstract DeadlineQueries queries();

    protected ReadSideApp app;

    @BeforeEach
    void newApp() {
        app = new ReadSideApp(emptyStore());
    }

    private Page<Deadline> all(LocalDate today, LocalDate dueUpTo) {
        return queries().deadlines(today, dueUpTo, PageRequest.of(0, 200, "dueDate", true));
    }

    /** The seed's obligations neither accepted nor waived, due up to {@code dueUpTo}, as the store holds them. */
    private List<Obligation> openObligations(LocalDate dueUpTo) {
        return app.store().obligations().findByAgreement(app.agreementId()).stream().map(Versioned::value)
                .filter(o -> !o.status().isFulfilled() && !o.dueDate().isAfter(dueUpTo))
                .sorted(Comparator.comparing(Obligation::dueDate).thenComparing(o -> o.type().label())).toList();
    }

    @Test
    void nothing_on_an_empty_store() {
        assertThat(all(TODAY, FAR).content()).isEmpty();
        DeadlineQueries.DueDeadlines due = queries().dueDeadlines(TODAY, FAR, PageRequest.of(0, 10, "dueDate", true));
        assertThat(due.page().totalElements()).isZero();
        assertThat(due.overdueCount()).isZero();
    }

    @Test
    void o11_the_open_obligations_of_a_signed_agreement_earliest_first_overdue_once_their_day_has_passed() {
        app.signed();
        List<Obligation> open = openObligations(LocalDate.of(2021, 12, 31));
        assertThat(open).as("the signature schedules obligations due in 2020 and 2021").hasSizeGreaterThan(2);

        Page<Deadline> page = all(TODAY, LocalDate.of(2021, 12, 31));

        assertThat(page.totalElements()).isEqualTo(open.size());
        assertThat(page.content()).extracting(Deadline::obligationId).containsExactlyElementsOf(open.stream().map(Obligation::id).toList());
        assertThat(page.content()).allSatisfy(d -> {
            assertThat(d.kind()).isEqualTo(DeadlineKind.OBLIGATION);
            assertThat(d.agreementReference()).isEqualTo(SEED_REFERENCE);
            assertThat(d.overdue()).isEqualTo(d.dueDate().isBefore(TODAY));
        });
        Obligation first = open.getFirst();
        assertThat(page.content().getFirst()).extracting(Deadline::ruleId, Deadline::label, Deadline::dueDate)
                .containsExactly(first.type().ruleId(), first.type().label(), first.dueDate());
    }

    @Test
    void due_deadlines_give_a_page_its_total_and_the_overdue_count_of_all_of_them() {
        app.signed();
        List<Deadline> every = all(TODAY, FAR).content();
        long overdue = every.stream().filter(Deadline::overdue).count();
        assertThat(overdue).as("some overdue, some not").isPositive().isLessThan(every.size());

        DeadlineQueries.DueDeadlines due = queries().dueDeadlines(TODAY, FAR, PageRequest.of(1, 2, "dueDate", true));

        assertThat(due.page().content()).containsExactlyElementsOf(every.subList(2, 4));
        assertThat(due.page().totalElements()).isEqualTo(every.size());
        assertThat(due.overdueCount()).isEqualTo(overdue);
        DeadlineQueries.DueDeadlines beyond = queries().dueDeadlines(TODAY, FAR, PageRequest.of(100, 2, "dueDate", true));
        assertThat(beyond.page().content()).isEmpty();
        assertThat(beyond.page().totalElements()).isEqualTo(every.size());
        assertThat(beyond.overdueCount()).isEqualTo(overdue);
        assertThat(queries().dueDeadlines(LocalDate.of(2019, 1, 1), FAR, PageRequest.of(0, 2, "dueDate", true)).overdueCount())
                .as("judged on the day given").isZero();
    }

    @Test
    void the_counts_hold_whatever_the_limit_before_or_after_today() {
        app.signed();
        for (LocalDate dueUpTo : List.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31), TODAY, LocalDate.of(2021, 12, 31), FAR)) {
            List<Deadline> every = all(TODAY, dueUpTo).content();
            DeadlineQueries.DueDeadlines due = queries().dueDeadlines(TODAY, dueUpTo, PageRequest.of(0, 1, "dueDate", true));
            assertThat(due.page().totalElements()).as("total up to %s", dueUpTo).isEqualTo(every.size());
            assertThat(due.overdueCount()).as("overdue up to %s", dueUpTo).isEqualTo(every.stream().filter(Deadline::overdue).count());
        }
    }

    @Test
    void a_deadline_s_revision_is_the_version_of_its_obligation_and_grows_when_its_due_date_moves() {
        app.signed();
        ObligationId insurance = app.obligationId(ObligationType.INSURANCE_CERTIFICATE);
        Versioned<Obligation> stored = app.store().obligations().findById(insurance).orElseThrow();
        Deadline before = all(TODAY, FAR).content().stream().filter(d -> insurance.equals(d.obligationId())).findFirst().orElseThrow();
        assertThat(before.revision()).isEqualTo(stored.version());

        stored.value().reschedule(stored.value().dueDate().plusDays(30));
        app.store().obligations().save(stored);

        Deadline after = all(TODAY, FAR).content().stream().filter(d -> insurance.equals(d.obligationId())).findFirst().orElseThrow();
        assertThat(after.dueDate()).isEqualTo(before.dueDate().plusDays(30));
        assertThat(after.revision()).isGreaterThan(before.revision());
    }

    @Test
    void an_accepted_or_waived_obligation_leaves_the_list() {
        app.signed();
        long before = all(TODAY, FAR).totalElements();

        app.receive(ObligationType.INSURANCE_CERTIFICATE, "assurance.pdf", LocalDate.of(2020, 2, 5));
        assertThat(all(TODAY, FAR).totalElements()).as("received, not accepted").isEqualTo(before);
        app.accept(ObligationType.INSURANCE_CERTIFICATE, LocalDate.of(2020, 2, 6));
        app.waive(ObligationType.FINANCIAL_REPORT, LocalDate.of(2020, 2, 6));

        assertThat(all(TODAY, FAR).totalElements()).isEqualTo(before - 2);
        assertThat(all(TODAY, FAR).content()).extracting(Deadline::obligationId)
                .doesNotContain(app.obligationId(ObligationType.INSURANCE_CERTIFICATE), app.obligationId(ObligationType.FINANCIAL_REPORT));
    }

    @Test
    void n1_the_funders_deadline_is_listed_while_the_account_shows_nothing_paid() {
        app.setUpParties();
        AgreementId notified = app.createDraftNotifiedOn("N1-2020", Amount.of(10_000), NOTIFIED_ON);
        app.approve(notified).sign(notified);

        List<Deadline> payment = all(LocalDate.of(2021, 9, 14), FAR).content().stream()
                .filter(d -> d.kind() == DeadlineKind.FUNDER_PAYMENT).toList();
        assertThat(payment).singleElement().satisfies(d -> {
            assertThat(d.agreementId()).isEqualTo(notified);
            assertThat(d.ruleId()).isEqualTo("N1");
            assertThat(d.obligationId()).isNull();
            assertThat(d.dueDate()).isEqualTo(LocalDate.of(2021, 9, 13));
            assertThat(d.overdue()).isTrue();
        });
        assertThat(all(LocalDate.of(2021, 9, 13), LocalDate.of(2021, 9, 12)).content()).as("due after the limit")
                .noneMatch(d -> d.kind() == DeadlineKind.FUNDER_PAYMENT);

        app.pay(notified, PaymentKind.ADVANCE, "M-N1", LocalDate.of(2021, 8, 1), new LineCharge(app.ct1(), Amount.of(1_000)));
        assertThat(all(LocalDate.of(2021, 9, 14), FAR).content()).noneMatch(d -> d.kind() == DeadlineKind.FUNDER_PAYMENT);
    }

    @Test
    void v5_n1_each_instalment_to_pay_by_a_known_date_is_a_funder_deadline_with_its_label_and_amount_until_paid() {
        app.setUpParties();
        AgreementId id = app.createDraftInInstalments("V5-2020", InstalmentSchedule.of(Instalment.atSignature(Amount.of(4_000)),
                Instalment.on(Amount.of(3_000), LocalDate.of(2021, 9, 1)),
                Instalment.onDocument(Amount.of(1_000), ObligationType.ACTIVITY_REPORT.name()), Instalment.balance(Amount.of(2_000))));
        app.approve(id).sign(id);

        List<Deadline> instalments = all(TODAY, FAR).content().stream().filter(d -> d.kind() == DeadlineKind.FUNDER_INSTALMENT).toList();

        // signed on 3 February 2020: the first due by 3 April 2020 (60 days, N1), overdue; the dated one on its date;
        // the one on a document has no date while the document is not accepted, the balance never
        assertThat(instalments).extracting(Deadline::agreementId, Deadline::ruleId, Deadline::label, Deadline::dueDate, Deadline::amount,
                        Deadline::overdue, Deadline::obligationId)
                .containsExactly(tuple(id, "V5", "Versement échelonné n° 1 : 4 000,00 €", LocalDate.of(2020, 4, 3), Amount.of(4_000), true, null),
                        tuple(id, "V5", "Versement échelonné n° 2 : 3 000,00 €", LocalDate.of(2021, 9, 1), Amount.of(3_000), false, null));
        List<Deadline> every = all(TODAY, FAR).content();
        DeadlineQueries.DueDeadlines due = queries().dueDeadlines(TODAY, FAR, PageRequest.of(0, 1, "dueDate", true));
        assertThat(due.page().totalElements()).as("counted with the others").isEqualTo(every.size());
        assertThat(due.overdueCount()).isEqualTo(every.stream().filter(Deadline::overdue).count());
        assertThat(all(TODAY, LocalDate.of(2021, 8, 31)).content()).as("due after the limit")
                .filteredOn(d -> d.kind() == DeadlineKind.FUNDER_INSTALMENT).extracting(Deadline::dueDate).containsExactly(LocalDate.of(2020, 4, 3));

        app.payInstalment(id, 1, Amount.of(4_000), "M-V5-1", LocalDate.of(2020, 3, 1));

        assertThat(all(TODAY, FAR).content()).filteredOn(d -> d.kind() == DeadlineKind.FUNDER_INSTALMENT).extracting(Deadline::dueDate)
                .as("paid: no longer a deadline").containsExactly(LocalDate.of(2021, 9, 1));
        assertThat(queries().dueDeadlines(TODAY, FAR, PageRequest.of(0, 1, "dueDate", true)).page().totalElements())
                .isEqualTo(every.size() - 1);
    }

    @Test
    void t1_a_terminated_agreement_has_no_deadline_any_more() {
        app.signed();
        app.payFullAdvance();
        assertThat(all(TODAY, FAR).totalElements()).isPositive();

        app.terminateForBreach(LocalDate.of(2020, 3, 15), true);

        assertThat(all(TODAY, FAR).content()).isEmpty();
        assertThat(queries().dueDeadlines(TODAY, FAR, PageRequest.of(0, 10, "dueDate", true)).overdueCount()).isZero();
    }
}
