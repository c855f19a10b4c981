package fr.conventio.domain.account;

import static fr.conventio.domain.account.SeedFile.CT1;
import static fr.conventio.domain.account.SeedFile.PAYS_D_AIX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.conventio.domain.agreement.Instalment;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.payment.LineCharge;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.payment.PaymentRequest;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.RuleViolationException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The seed paid in instalments (V5): 32 000,00 € at signature, 32 000,00 € on 1 June 2020, 16 000,00 € balance. */
class InstalmentsTest {

    private static final LocalDate AFTER_SIGNATURE = LocalDate.of(2020, 2, 10);
    private static final LocalDate JUNE_1 = LocalDate.of(2020, 6, 1);
    private static final LocalDate DOCUMENTS_DAY = LocalDate.of(2021, 6, 30);

    private static Amount euros(String value) {
        return Amount.of(value);
    }

    @Test
    void v5_the_seed_in_three_instalments_the_first_is_due_at_signature_the_second_on_1_june() {
        AgreementAccount account = SeedFile.signedInInstalments().account();

        assertThat(account.paidByInstalments()).isTrue();
        assertThat(account.advanceAvailable()).isEqualTo(Amount.ZERO);
        assertThat(account.balancePart()).isEqualTo(euros("16000"));
        assertThat(account.instalments(AFTER_SIGNATURE)).extracting(InstalmentState::number, InstalmentState::amount, InstalmentState::state)
                .containsExactly(tuple(1, euros("32000"), InstalmentState.State.DUE), tuple(2, euros("32000"), InstalmentState.State.UPCOMING),
                        tuple(3, euros("16000"), InstalmentState.State.UPCOMING));
        assertThat(account.nextInstalmentDue(AFTER_SIGNATURE)).map(InstalmentState::number).contains(1);
        assertThat(account.instalmentPayable(1)).isEqualTo(euros("32000"));
        assertThat(account.proposedCharges(PaymentKind.INSTALMENT)).extracting(LineCharge::budgetLineId, LineCharge::amount)
                .containsExactly(tuple(CT1, euros("12000")), tuple(PAYS_D_AIX, euros("20000")));
    }

    @Test
    void v5_n1_the_dated_instalment_is_a_funder_deadline_until_paid() {
        SeedFile file = SeedFile.signedInInstalments();
        assertThat(file.account().instalmentDeadlines()).extracting(InstalmentState::number, i -> i.instalment().dueDate())
                .containsExactly(tuple(2, JUNE_1));

        file.payProposedInstalment(1, AFTER_SIGNATURE);
        AgreementAccount beforeJune = file.account();
        assertThat(beforeJune.nextInstalmentDue(LocalDate.of(2020, 5, 31))).isEmpty();
        assertThat(beforeJune.nextInstalmentDue(JUNE_1)).map(InstalmentState::number).contains(2);

        AgreementAccount paid = file.payProposedInstalment(2, JUNE_1).account();
        assertThat(paid.instalmentDeadlines()).isEmpty();
        assertThat(paid.paid()).isEqualTo(euros("64000"));
        assertThat(paid.instalments(JUNE_1)).extracting(InstalmentState::state)
                .containsExactly(InstalmentState.State.PAID, InstalmentState.State.PAID, InstalmentState.State.UPCOMING);
    }

    @Test
    void v5_v1_the_80_percent_cap_does_not_apply_but_no_instalment_before_signature() {
        SeedFile file = SeedFile.signedInInstalments();
        assertThatThrownBy(() -> file.pay(PaymentRequest.instalment(1, euros("32000"), CT1, LocalDate.of(2020, 2, 1), "M-1")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("avant la signature");
        assertThatThrownBy(() -> file.pay(PaymentRequest.advance(euros("1000"), CT1, AFTER_SIGNATURE, "M-2")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("versements échelonnés");
    }

    @Test
    void v5_a_dated_instalment_waits_for_its_date_and_the_instalments_are_paid_in_order() {
        SeedFile file = SeedFile.signedInInstalments();
        assertThatThrownBy(() -> file.pay(PaymentRequest.instalment(2, euros("12000"), CT1, JUNE_1, "M-1")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("n° 1 n'est pas encore versé");
        file.payProposedInstalment(1, AFTER_SIGNATURE);
        assertThatThrownBy(() -> file.pay(PaymentRequest.instalment(2, euros("12000"), CT1, LocalDate.of(2020, 5, 15), "M-2")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("le 01/06/2020");
    }

    @Test
    void v5_v3_an_instalment_is_at_most_its_amount_and_never_paid_twice() {
        SeedFile file = SeedFile.signedInInstalments();
        assertThatThrownBy(() -> file.pay(PaymentRequest.instalment(1, euros("32000.01"), PAYS_D_AIX, AFTER_SIGNATURE, "M-1")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("dépasse le montant du versement n° 1");
        file.payProposedInstalment(1, AFTER_SIGNATURE);
        assertThatThrownBy(() -> file.pay(PaymentRequest.instalment(1, euros("100"), PAYS_D_AIX, AFTER_SIGNATURE, "M-9")))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).ruleId()).isEqualTo("V3"));
        assertThat(file.account().instalmentPayable(1)).isEqualTo(Amount.ZERO);
    }

    @Test
    void v5_v2_the_last_instalment_is_the_balance_at_90_percent_8000() {
        SeedFile file = SeedFile.signedInInstalments().payProposedInstalment(1, AFTER_SIGNATURE).payProposedInstalment(2, JUNE_1)
                .settle("936301.50");
        assertThat(file.account().instalmentPayable(3)).isEqualTo(Amount.ZERO);
        assertThatThrownBy(() -> file.pay(PaymentRequest.instalment(3, euros("8000"), CT1, DOCUMENTS_DAY, "M-3")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("est le solde");

        AgreementAccount account = file.acceptBalanceDocuments(DOCUMENTS_DAY).account();
        assertThat(account.finalSubsidy()).contains(euros("72000"));
        assertThat(account.instalmentPayable(3)).isEqualTo(euros("8000"));
        assertThat(account.nextInstalmentDue(DOCUMENTS_DAY)).map(InstalmentState::number).contains(3);

        AgreementAccount paid = file.payProposedBalance(DOCUMENTS_DAY).account();
        assertThat(paid.instalments(DOCUMENTS_DAY)).extracting(InstalmentState::state, InstalmentState::paid)
                .containsExactly(tuple(InstalmentState.State.PAID, euros("32000")), tuple(InstalmentState.State.PAID, euros("32000")),
                        tuple(InstalmentState.State.PAID, euros("8000")));
        assertThat(paid.balanceDue()).isEqualTo(Amount.ZERO);
    }

    @Test
    void v5_a1_at_70_percent_final_56000_after_64000_paid_a_recovery_of_8000() {
        AgreementAccount account = SeedFile.signedInInstalments().payProposedInstalment(1, AFTER_SIGNATURE).payProposedInstalment(2, JUNE_1)
                .settle("728234.50").acceptBalanceDocuments(DOCUMENTS_DAY).account();

        assertThat(account.finalSubsidy()).contains(euros("56000"));
        assertThat(account.instalmentPayable(3)).isEqualTo(Amount.ZERO);
        assertThat(account.owed(RecoveryGround.OVERPAYMENT)).isEqualTo(euros("8000"));
    }

    @Test
    void v5_an_instalment_not_paid_before_the_settlement_is_paid_with_the_balance() {
        AgreementAccount account = SeedFile.signedInInstalments().payProposedInstalment(1, AFTER_SIGNATURE)
                .settle("1200000").acceptBalanceDocuments(DOCUMENTS_DAY).account();

        assertThat(account.instalments(DOCUMENTS_DAY)).extracting(InstalmentState::state)
                .containsExactly(InstalmentState.State.PAID, InstalmentState.State.IN_BALANCE, InstalmentState.State.DUE);
        assertThat(account.instalmentPayable(3)).isEqualTo(euros("48000"));
        assertThat(account.instalmentDeadlines()).isEmpty();
    }

    @Test
    void v5_an_instalment_on_a_document_waits_for_it_to_be_accepted() {
        SeedFile file = SeedFile.signedInInstalments(fr.conventio.domain.agreement.InstalmentSchedule.of(
                Instalment.atSignature(euros("40000")), Instalment.onDocument(euros("20000"), ObligationType.ACTIVITY_REPORT.name()),
                Instalment.balance(euros("20000")))).payProposedInstalment(1, AFTER_SIGNATURE);
        assertThat(file.account().nextInstalmentDue(JUNE_1)).isEmpty();
        assertThatThrownBy(() -> file.pay(PaymentRequest.instalment(2, euros("20000"), PAYS_D_AIX, JUNE_1, "M-5")))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("n'est pas encore accepté");

        file.accept(ObligationType.ACTIVITY_REPORT, JUNE_1);
        assertThat(file.account().nextInstalmentDue(JUNE_1)).map(InstalmentState::number).contains(2);
        assertThat(file.pay(PaymentRequest.instalment(2, euros("20000"), PAYS_D_AIX, JUNE_1, "M-5")).account().paid()).isEqualTo(euros("60000"));
    }
}
