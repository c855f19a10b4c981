package fr.conventio.application.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.lifecycle.AmendAgreementCommand;
import fr.conventio.application.lifecycle.CloseAgreementCommand;
import fr.conventio.application.lifecycle.SignAgreementCommand;
import fr.conventio.application.payment.RecordPaymentCommand;
import fr.conventio.application.reading.GetAgreementQuery;
import fr.conventio.application.settlement.SettleAgreementCommand;
import fr.conventio.application.termination.SendFormalNoticeCommand;
import fr.conventio.application.termination.TerminateAgreementCommand;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.agreement.AmendmentRequest;
import fr.conventio.domain.payment.LineCharge;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.payment.PaymentOrderReference;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.DomainException;
import fr.conventio.domain.termination.Party;
import fr.conventio.domain.termination.RestitutionMode;
import fr.conventio.domain.termination.TerminationGround;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Every refusal staff can meet on the way of an agreement is written in plain French: the use cases are driven into
 * their refusals (wrong state, caps, dates, a second balance, an unknown record, a stale version...) and each message
 * is scanned for what a funder's staff member would not understand: a rule code ("[V2]"), an ISO date
 * ("2020-02-17"), a UUID, an enum name ("SIGNED", "BALANCE", "FUNDER"), a dot as thousands separator. The rule id
 * stays available to logs through {@link DomainException#ruleId()}.
 */
class PlainFrenchRefusalsTest {

    private static final Pattern RULE_CODE = Pattern.compile("\\[[A-Z]\\d+\\]|\\(([A-Z]\\d{1,2})(, [A-Z]\\d{1,2})*\\)|règle [A-Z]\\d");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern DOTTED_AMOUNT = Pattern.compile("\\d\\.\\d{3}|\\d\\.\\d{2} ?€");
    private static final List<String> ENUM_NAMES = enumNames();

    private final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 1, 6));
    private final SeedSteps seed = new SeedSteps(app);
    private final List<String> refusals = new ArrayList<>();

    @Test
    void every_refusal_on_the_way_of_an_agreement_is_plain_french_with_the_rule_id_kept_apart() {
        seed.setUpParties();
        seed.createDraft();
        refuse(() -> app.signAgreement.sign(new SignAgreementCommand(seed.agreementId(), seed.version(), LocalDate.of(2020, 2, 3))), "P1 sign before approval");
        refuse(() -> advance("1000", "M-1", LocalDate.of(2020, 2, 17)), "V1 advance on a draft");
        seed.approve();
        refuse(() -> app.signAgreement.sign(new SignAgreementCommand(seed.agreementId(), seed.version(), LocalDate.of(2019, 12, 18))), "P1 sign before the deliberation");
        seed.sign();
        refuse(() -> app.signAgreement.sign(new SignAgreementCommand(seed.agreementId(), seed.version(), LocalDate.of(2020, 2, 4))), "sign twice");
        refuse(() -> advance("1000", "M-1", LocalDate.of(2020, 1, 10)), "V1 advance before signature");
        refuse(() -> advance("64000.01", "M-1", LocalDate.of(2020, 2, 17)), "V1 advance above the cap");
        refuse(() -> app.recordPayment.record(new RecordPaymentCommand(seed.agreementId(), seed.version(), PaymentKind.ADVANCE,
                List.of(new LineCharge(BudgetLineId.of("00000000-0000-0000-0000-0000000000ff"), Amount.of(1000))), LocalDate.of(2020, 2, 17),
                PaymentOrderReference.of("M-9"))), "V4 line outside the agreement");
        refuse(() -> balance("16000", "M-2"), "V2 balance before settlement");
        seed.payAdvance();
        refuse(() -> advance("10", "M-2020-0101", LocalDate.of(2020, 2, 18)), "V3 same payment order twice");
        refuse(() -> app.amendAgreement.amend(new AmendAgreementCommand(seed.agreementId(), seed.version(),
                AmendmentRequest.of(LocalDate.of(2020, 1, 10), "Avenant antidaté"))), "M1 amendment before signature");
        refuse(() -> app.closeAgreement.close(new CloseAgreementCommand(seed.agreementId(), seed.version(), LocalDate.of(2021, 7, 1))), "close before settlement");
        app.sendFormalNotice.send(new SendFormalNoticeCommand(seed.agreementId(), seed.version(), Party.FUNDER,
                LocalDate.of(2020, 3, 15), "RAR 1", "Actions non engagées"));
        refuse(() -> app.terminateAgreement.terminate(new TerminateAgreementCommand(seed.agreementId(), seed.version(),
                TerminationGround.BREACH_AFTER_NOTICE, Party.FUNDER, LocalDate.of(2020, 4, 14), RestitutionMode.PRO_RATA_TEMPORIS, true)),
                "T1 termination inside the notice period");
        refuse(() -> settle("936301.50", LocalDate.of(2020, 1, 20)), "settlement before signature");
        refuse(() -> balance("16000", "M-2"), "V2 balance before the documents");
        seed.acceptBalanceDocuments(LocalDate.of(2021, 5, 10), LocalDate.of(2021, 5, 20));
        settle("936301.50", LocalDate.of(2021, 6, 15));
        refuse(() -> settle("936301.50", LocalDate.of(2021, 6, 16)), "A1 settle twice");
        refuse(() -> balance("7999", "M-2"), "V2 balance of the wrong amount");
        balance("8000", "M-2021-0555");
        refuse(() -> balance("8000", "M-2021-0556"), "V2 second balance");
        seed.fulfilEveryObligation(LocalDate.of(2021, 6, 30));
        seed.close(LocalDate.of(2021, 7, 1));
        refuse(() -> app.closeAgreement.close(new CloseAgreementCommand(seed.agreementId(), seed.version(), LocalDate.of(2021, 7, 2))), "close twice");
        refuse(() -> balance("8000", "M-2021-0557"), "V2 balance on a closed file");
        refuse(() -> app.getAgreement.get(new GetAgreementQuery(AgreementId.of("00000000-0000-0000-0000-000000000000"))), "unknown agreement");
        long stale = seed.version() - 1;
        refuse(() -> app.closeAgreement.close(new CloseAgreementCommand(seed.agreementId(), stale, LocalDate.of(2021, 7, 2))), "stale version");

        assertThat(refusals).hasSize(21);
    }

    @Test
    void a_second_balance_on_a_closed_file_names_the_balance_already_paid_not_the_missing_settlement() {
        seed.signed();
        seed.payAdvance();
        seed.acceptBalanceDocuments(LocalDate.of(2021, 5, 10), LocalDate.of(2021, 5, 20));
        settle("936301.50", LocalDate.of(2021, 6, 15));
        balance("8000", "M-2021-0555");
        seed.fulfilEveryObligation(LocalDate.of(2021, 6, 30));
        seed.close(LocalDate.of(2021, 7, 1));
        assertThat(app.agreements.findById(seed.agreementId()).orElseThrow().value().status()).isEqualTo(AgreementStatus.CLOSED);

        Throwable refusal = catchThrowable(() -> balance("8000", "M-2021-0556"));

        assertThat(refusal).hasFieldOrPropertyWithValue("ruleId", "V2")
                .hasMessage("le solde de cette convention a déjà été versé : un seul solde est possible");
    }

    @Test
    void a_second_settlement_names_the_first_one_and_its_date_not_the_state_required() {
        seed.signed();
        seed.payAdvance();
        settle("936301.50", LocalDate.of(2021, 6, 15));

        Throwable refusal = catchThrowable(() -> settle("1000000", LocalDate.of(2021, 6, 16)));

        assertThat(refusal).hasMessage("convention ECO-2020-SCS : elle a déjà été liquidée le 15/06/2021 : une convention n'est liquidée qu'une fois");
    }

    private void refuse(Runnable action, String what) {
        Throwable refusal = catchThrowable(action::run);
        assertThat(refusal).as(what + ": expected a refusal").isNotNull();
        assertPlainFrench(refusal.getMessage(), what);
        refusals.add(what);
    }

    static void assertPlainFrench(String message, String what) {
        assertThat(message).as(what).isNotBlank()
                .doesNotContainPattern(RULE_CODE)
                .doesNotContainPattern(ISO_DATE)
                .doesNotContainPattern(UUID)
                .doesNotContainPattern(DOTTED_AMOUNT);
        for (String name : ENUM_NAMES) {
            assertThat(message).as(what + ": enum name " + name).doesNotContainPattern("\\b" + name + "\\b");
        }
    }

    private static List<String> enumNames() {
        List<String> names = new ArrayList<>();
        Consumer<Enum<?>[]> add = values -> Arrays.stream(values).map(Enum::name).filter(n -> n.length() > 3).forEach(names::add);
        add.accept(AgreementStatus.values());
        add.accept(PaymentKind.values());
        add.accept(Party.values());
        add.accept(TerminationGround.values());
        add.accept(RestitutionMode.values());
        return names;
    }

    private void advance(String amount, String order, LocalDate on) {
        app.recordPayment.record(new RecordPaymentCommand(seed.agreementId(), seed.version(), PaymentKind.ADVANCE,
                List.of(new LineCharge(seed.paysAix(), Amount.of(amount))), on, PaymentOrderReference.of(order)));
    }

    private void balance(String amount, String order) {
        app.recordPayment.record(new RecordPaymentCommand(seed.agreementId(), seed.version(), PaymentKind.BALANCE,
                List.of(new LineCharge(seed.paysAix(), Amount.of(amount))), LocalDate.of(2021, 6, 30), PaymentOrderReference.of(order)));
    }

    private void settle(String realExpenses, LocalDate on) {
        app.as(InMemoryConventio.MANAGER, () -> app.settleAgreement.settle(new SettleAgreementCommand(seed.agreementId(), seed.version(),
                Amount.of(realExpenses), on)));
    }
}
