package fr.conventio.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.conventio.domain.agreement.Instalment;
import fr.conventio.domain.agreement.InstalmentSchedule;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.payment.PaymentDeadline;
import fr.conventio.domain.shared.Amount;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

/**
 * V5/N1: every instalment the funder has to pay by a known date is one of its deadlines until paid; an instalment
 * that waits for an event gets its date once the event happened: the last of the 60 days of N1 counted from it.
 */
class InstalmentDeadlinesTest {

    private static final LocalDate AFTER_SIGNATURE = LocalDate.of(2020, 2, 10);
    private static final LocalDate JUNE_1 = LocalDate.of(2020, 6, 1);

    private static Amount euros(String value) {
        return Amount.of(value);
    }

    @Test
    @DisplayName("V5 N1 the seed in instalments: at signature (3 February 2020) due by 3 April 2020, the dated one on 1 June 2020")
    void v5_n1_signature_instalment_due_60_days_after_the_signature_and_the_dated_one_on_its_date() {
        AgreementAccount account = SeedFile.signedInInstalments().account();

        assertThat(account.instalmentsToPayBy()).extracting(InstalmentDeadline::number, InstalmentDeadline::dueBy, InstalmentDeadline::amount)
                .containsExactly(tuple(1, LocalDate.of(2020, 4, 3), euros("32000")), tuple(2, JUNE_1, euros("32000")));
        assertThat(account.instalmentsToPayBy().getFirst().label()).isEqualTo("Versement échelonné n° 1 : 32 000,00 €");
        assertThat(account.figures().instalmentDeadlines()).isEqualTo(account.instalmentsToPayBy());
        assertThat(PaymentDeadline.lastDayAfter(LocalDate.of(2023, 3, 15))).as("N1's own example").isEqualTo(LocalDate.of(2023, 5, 14));
    }

    @Test
    void v5_n1_a_paid_instalment_is_no_longer_a_deadline() {
        SeedFile file = SeedFile.signedInInstalments().payProposedInstalment(1, AFTER_SIGNATURE);
        assertThat(file.account().instalmentsToPayBy()).extracting(InstalmentDeadline::number).containsExactly(2);

        assertThat(file.payProposedInstalment(2, JUNE_1).account().instalmentsToPayBy()).isEmpty();
        assertThat(file.account().figures().instalmentDeadlines()).isEmpty();
    }

    @Test
    void v5_n1_an_instalment_on_a_document_is_dated_60_days_after_the_document_is_accepted() {
        SeedFile file = SeedFile.signedInInstalments(InstalmentSchedule.of(
                Instalment.atSignature(euros("40000")), Instalment.onDocument(euros("20000"), ObligationType.ACTIVITY_REPORT.name()),
                Instalment.balance(euros("20000")))).payProposedInstalment(1, AFTER_SIGNATURE);
        assertThat(file.account().instalmentsToPayBy()).as("the document is not accepted: no date yet").isEmpty();

        file.accept(ObligationType.ACTIVITY_REPORT, JUNE_1);

        assertThat(file.account().instalmentsToPayBy()).extracting(InstalmentDeadline::number, InstalmentDeadline::dueBy, InstalmentDeadline::amount)
                .containsExactly(tuple(2, LocalDate.of(2020, 7, 31), euros("20000")));
    }

    @Test
    void v5_n1_an_instalment_on_a_waived_document_is_dated_from_the_waiver() {
        SeedFile file = SeedFile.signedInInstalments(InstalmentSchedule.of(
                Instalment.onDocument(euros("60000"), ObligationType.ACTIVITY_REPORT.name()), Instalment.balance(euros("20000"))));

        file.waive(ObligationType.ACTIVITY_REPORT, JUNE_1);

        assertThat(file.account().instalmentsToPayBy()).extracting(InstalmentDeadline::dueBy).containsExactly(LocalDate.of(2020, 7, 31));
    }

    @Test
    void v5_n1_no_instalment_deadline_once_settled_nor_for_an_agreement_paid_by_advance_and_balance() {
        assertThat(SeedFile.signedInInstalments().payProposedInstalment(1, AFTER_SIGNATURE).settle("1200000").account().instalmentsToPayBy())
                .as("what remains is paid with the balance").isEmpty();
        assertThat(SeedFile.signed().account().instalmentsToPayBy()).isEmpty();
        assertThat(SeedFile.signed().account().figures().instalmentDeadlines()).isEmpty();
    }
}
