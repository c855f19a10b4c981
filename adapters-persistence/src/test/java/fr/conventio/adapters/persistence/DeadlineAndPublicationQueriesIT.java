package fr.conventio.adapters.persistence;

import static fr.conventio.adapters.persistence.contract.RunningScenarios.OTHER_AGREEMENT_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.SEED_AGREEMENT_ID;
import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.adapters.persistence.contract.RunningScenarios;
import fr.conventio.adapters.persistence.control.AgreementControlPersistenceAdapter;
import fr.conventio.adapters.persistence.obligation.ObligationPersistenceAdapter;
import fr.conventio.adapters.persistence.payment.PaymentPersistenceAdapter;
import fr.conventio.adapters.persistence.readside.DeadlineQueriesAdapter;
import fr.conventio.adapters.persistence.readside.PublicationQueriesAdapter;
import fr.conventio.application.dashboard.Deadline;
import fr.conventio.application.dashboard.DeadlineKind;
import fr.conventio.application.dashboard.DeadlineQueries;
import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.BudgetYear;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.List;

/**
 * The deadlines dashboard and the open-data list, in SQL. Seed agreement (signed, ECO-2020-SCS) and
 * ECO-2020-AUTRE (draft here, then signed for the N1 case):
 * <pre>
 * ECO-2020-SCS    insurance certificate  received    due 03/02/2020   open
 *                 financial report       pending     due 30/06/2021   open
 *                 annual accounts        pending     due 30/06/2021   open
 *                 board changes          waived      due 30/06/2021   closed
 *                 financial report (2)   accepted    due 30/06/2021   closed
 * ECO-2020-AUTRE  N1 deadline            notified 15/07/2021, due 13/09/2021, nothing paid
 *                 evaluation meeting     pending     due 28/02/2022   open
 * </pre>
 */
class DeadlineAndPublicationQueriesIT extends DatabaseTestSupport {

    @Autowired
    private DeadlineQueriesAdapter deadlines;
    @Autowired
    private PublicationQueriesAdapter publication;
    @Autowired
    private ObligationPersistenceAdapter obligations;
    @Autowired
    private PaymentPersistenceAdapter payments;
    @Autowired
    private AgreementControlPersistenceAdapter controls;
    @Autowired
    private StoredAccounts storedAccounts;

    private Obligation insurance;
    private Obligation report;
    private Obligation accounts;
    private Obligation meeting;

    @BeforeEach
    void portfolio() {
        saveSeedParties();
        database.save(AgreementFixtures.signedSeedAgreement());
        Agreement other = RunningScenarios.otherAgreement();
        other.approve(AgreementFixtures.seedDeliberation());
        other.sign(LocalDate.of(2021, 7, 1));
        database.save(other);
        insurance = RunningScenarios.received(SEED_AGREEMENT_ID);
        report = RunningScenarios.pendingObligation(SEED_AGREEMENT_ID, ObligationType.FINANCIAL_REPORT, LocalDate.of(2021, 6, 30));
        accounts = RunningScenarios.pendingObligation(SEED_AGREEMENT_ID, ObligationType.ANNUAL_ACCOUNTS, LocalDate.of(2021, 6, 30));
        meeting = RunningScenarios.pendingObligation(OTHER_AGREEMENT_ID, ObligationType.EVALUATION_MEETING, LocalDate.of(2022, 2, 28));
        obligations.saveAll(List.of(insurance, report, accounts, meeting, RunningScenarios.waived(SEED_AGREEMENT_ID),
                RunningScenarios.acceptedAfterRejection(SEED_AGREEMENT_ID)).stream().map(Versioned::newAggregate).toList());
        controls.save(Versioned.newAggregate(RunningScenarios.deadlineOnly(OTHER_AGREEMENT_ID, LocalDate.of(2021, 7, 15))));
        storedAccounts.store(SEED_AGREEMENT_ID, OTHER_AGREEMENT_ID);
    }

    @Test
    void open_items_due_up_to_the_limit_by_due_date_then_reference_then_label() {
        Page<Deadline> page = deadlines.deadlines(LocalDate.of(2021, 7, 1), LocalDate.of(2021, 12, 31), PageRequest.of(0, 10, "dueDate", true));

        assertThat(page.totalElements()).isEqualTo(4);
        assertThat(page.content()).extracting(Deadline::kind, Deadline::agreementReference, Deadline::ruleId, Deadline::dueDate, Deadline::overdue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DeadlineKind.OBLIGATION, "ECO-2020-SCS", "O1", AgreementFixtures.SIGNATURE_DATE, true),
                        org.assertj.core.groups.Tuple.tuple(DeadlineKind.OBLIGATION, "ECO-2020-SCS", "O2", LocalDate.of(2021, 6, 30), true),
                        org.assertj.core.groups.Tuple.tuple(DeadlineKind.OBLIGATION, "ECO-2020-SCS", "O3", LocalDate.of(2021, 6, 30), true),
                        org.assertj.core.groups.Tuple.tuple(DeadlineKind.FUNDER_PAYMENT, "ECO-2020-AUTRE", "N1", LocalDate.of(2021, 9, 13), false));
        Deadline first = page.content().getFirst();
        assertThat(first.obligationId()).isEqualTo(insurance.id());
        assertThat(first.label()).isEqualTo(ObligationType.INSURANCE_CERTIFICATE.label());
        assertThat(first.associationName()).isEqualTo(AgreementFixtures.seedAssociation().name());
        assertThat(first.agreementId()).isEqualTo(SEED_AGREEMENT_ID);
        Deadline n1 = page.content().getLast();
        assertThat(n1.obligationId()).isNull();
        assertThat(n1.label()).isEqualTo("Versement de la subvention dans les 60 jours de la notification");
    }

    @Test
    void overdue_is_judged_on_today_and_the_limit_includes_its_day() {
        List<Deadline> onDueDay = deadlines.deadlines(LocalDate.of(2021, 9, 13), LocalDate.of(2021, 9, 13),
                PageRequest.of(0, 10, "dueDate", true)).content();
        List<Deadline> dayAfter = deadlines.deadlines(LocalDate.of(2021, 9, 14), LocalDate.of(2022, 2, 28),
                PageRequest.of(0, 10, "dueDate", true)).content();

        assertThat(onDueDay).extracting(Deadline::kind).last().isEqualTo(DeadlineKind.FUNDER_PAYMENT);
        assertThat(onDueDay.getLast().overdue()).isFalse();
        assertThat(dayAfter).hasSize(5);
        assertThat(dayAfter.get(3).overdue()).isTrue();
        assertThat(dayAfter.getLast().obligationId()).isEqualTo(meeting.id());
        assertThat(dayAfter.getLast().overdue()).isFalse();
    }

    @Test
    void the_n1_deadline_disappears_once_a_payment_is_recorded_but_not_for_a_cancelled_one() {
        payments.save(Versioned.newAggregate(RunningScenarios.cancelledAdvance(OTHER_AGREEMENT_ID, "M-1")));
        storedAccounts.store(OTHER_AGREEMENT_ID);
        assertThat(kinds()).contains(DeadlineKind.FUNDER_PAYMENT);

        payments.save(Versioned.newAggregate(RunningScenarios.advanceWithoutReference(OTHER_AGREEMENT_ID, LocalDate.of(2021, 7, 20))));
        storedAccounts.store(OTHER_AGREEMENT_ID);

        assertThat(kinds()).containsOnly(DeadlineKind.OBLIGATION);
    }

    @Test
    void pages_are_cut_in_the_database_with_the_total() {
        Page<Deadline> second = deadlines.deadlines(LocalDate.of(2021, 7, 1), LocalDate.of(2022, 12, 31), PageRequest.of(1, 2, "dueDate", true));

        assertThat(second.totalElements()).isEqualTo(5);
        assertThat(second.content()).extracting(Deadline::obligationId).containsExactly(accounts.id(), null);
        assertThat(deadlines.deadlines(LocalDate.of(2021, 7, 1), LocalDate.of(2022, 12, 31), PageRequest.of(2, 2, "dueDate", true))
                .content()).extracting(Deadline::obligationId).containsExactly(meeting.id());
        assertThat(deadlines.deadlines(LocalDate.of(2021, 7, 1), LocalDate.of(2022, 12, 31), PageRequest.of(0, 2, "dueDate", true))
                .content()).extracting(Deadline::obligationId).containsExactly(insurance.id(), report.id());
    }

    @Test
    void due_deadlines_give_the_page_and_the_overdue_count_of_all_of_them_in_one_read() {
        DeadlineQueries.DueDeadlines due = deadlines.dueDeadlines(LocalDate.of(2021, 7, 1), LocalDate.of(2022, 12, 31),
                PageRequest.of(0, 2, "dueDate", true));

        assertThat(due.page().totalElements()).isEqualTo(5);
        assertThat(due.page().content()).extracting(Deadline::obligationId).containsExactly(insurance.id(), report.id());
        assertThat(due.overdueCount()).as("O1, O2 and O3 before 1 July 2021; N1 and O9 not yet").isEqualTo(3);
        DeadlineQueries.DueDeadlines beyond = deadlines.dueDeadlines(LocalDate.of(2021, 7, 1), LocalDate.of(2022, 12, 31),
                PageRequest.of(9, 2, "dueDate", true));
        assertThat(beyond.page().content()).isEmpty();
        assertThat(beyond.page().totalElements()).isEqualTo(5);
        assertThat(beyond.overdueCount()).isEqualTo(3);
    }

    @Test
    void terminated_and_closed_agreements_and_those_without_a_stored_account_have_no_deadline() {
        Versioned<Agreement> other = agreements.findById(OTHER_AGREEMENT_ID).orElseThrow();
        other.value().terminate(LocalDate.of(2021, 8, 1), "Dissolution de l'association");
        agreements.save(other);
        storedAccounts.store(OTHER_AGREEMENT_ID);
        assertThat(agreementsWithDeadlines()).containsOnly("ECO-2020-SCS");

        jdbc.update("update agreement_account set stage = 'CLOSED', status = 'CLOSED' where agreement_id = ?", SEED_AGREEMENT_ID.value());
        assertThat(agreementsWithDeadlines()).as("the stage is the stored account's").isEmpty();

        jdbc.update("delete from agreement_account");
        assertThat(deadlines.dueDeadlines(LocalDate.of(2021, 7, 1), LocalDate.of(2022, 12, 31), PageRequest.of(0, 10, "dueDate", true))
                .overdueCount()).isZero();
    }

    private List<String> agreementsWithDeadlines() {
        return deadlines.deadlines(LocalDate.of(2021, 7, 1), LocalDate.of(2022, 12, 31), PageRequest.of(0, 10, "dueDate", true))
                .content().stream().map(Deadline::agreementReference).distinct().toList();
    }

    @Test
    void x1_the_signed_agreements_of_a_year_by_reference() {
        Agreement draft = Agreement.create(AgreementId.newId(), AgreementReference.of("ECO-2020-DRAFT"), AgreementFixtures.SEED_FUNDER_ID,
                AgreementFixtures.SEED_ASSOCIATION_ID, AgreementFixtures.seedSignatory(), AgreementFixtures.seedRepresentative(),
                AgreementFixtures.YEAR_2020, AgreementFixtures.seedObject(), AgreementFixtures.seedProgramme(),
                AgreementFixtures.seedForecastBudget(), AgreementFixtures.seedSubsidy(), AgreementFixtures.seedPaymentTerms(), "instructeur");
        database.save(draft);
        Versioned<Agreement> seed = agreements.findById(SEED_AGREEMENT_ID).orElseThrow();
        seed.value().terminate(LocalDate.of(2020, 6, 1), "Dissolution");
        agreements.save(seed);

        assertThat(publication.signedAgreementsOf(BudgetYear.of(2020))).containsExactly(OTHER_AGREEMENT_ID, SEED_AGREEMENT_ID);
        assertThat(publication.signedAgreementsOf(BudgetYear.of(2021))).isEmpty();
    }

    private List<DeadlineKind> kinds() {
        return deadlines.deadlines(LocalDate.of(2021, 7, 1), LocalDate.of(2021, 12, 31), PageRequest.of(0, 10, "dueDate", true))
                .content().stream().map(Deadline::kind).toList();
    }
}
