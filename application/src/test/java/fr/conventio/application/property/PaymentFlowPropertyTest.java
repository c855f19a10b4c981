package fr.conventio.application.property;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.control.FundingDecisionAction;
import fr.conventio.application.control.RecordFundingDecisionCommand;
import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.payment.CancelPaymentCommand;
import fr.conventio.application.payment.RecordPaymentCommand;
import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.application.reading.GetAgreementQuery;
import fr.conventio.application.settlement.SettleAgreementCommand;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.payment.LineCharge;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.payment.PaymentOrderReference;
import fr.conventio.domain.payment.PaymentStatus;
import fr.conventio.domain.settlement.FundingDecisionCause;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.DomainException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

/**
 * V1–V4 through the whole application: on the seed agreement, random sequences of requests (advances
 * of any size on any line and date, reused payment order numbers, cancellations, suspensions and
 * resumptions, settlement at random real expenses, the balance documents, balances of the right or a
 * wrong amount) never make an accepted payment push the stored payments above the adjusted subsidy,
 * a line above its share or the advances above 80 %; a refused request writes nothing. Seeded: a
 * failure names its seed and replays.
 */
class PaymentFlowPropertyTest {

    static final int CASES = 250;
    static final AtomicInteger ACCEPTED = new AtomicInteger();

    static LongStream seeds() {
        return LongStream.range(0, CASES);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void v3_random_payment_requests_never_exceed_the_adjusted_subsidy(long seedValue) {
        Random random = new Random(seedValue);
        InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 3, 1));
        SeedSteps seed = new SeedSteps(app).signed();
        List<BudgetLineId> lines = List.of(seed.ct1(), seed.paysAix());
        boolean documents = false;
        int steps = 6 + random.nextInt(12);

        for (int step = 0; step < steps; step++) {
            AgreementDetails before = details(app, seed);
            Map<String, Object> stored = app.snapshot();
            int op = random.nextInt(10);
            boolean paymentAsked = false;
            try {
                switch (op) {
                    case 0, 1, 2, 3 -> {
                        paymentAsked = true;
                        app.recordPayment.record(new RecordPaymentCommand(seed.agreementId(), seed.version(), PaymentKind.ADVANCE,
                                List.of(new LineCharge(lines.get(random.nextInt(2)), randomAmount(random, 45_000_00))),
                                LocalDate.of(2020, 1 + random.nextInt(6), 1 + random.nextInt(28)), orderReference(random)));
                    }
                    case 4 -> before.payments().stream().filter(p -> p.status() == PaymentStatus.RECORDED).findAny().ifPresent(p ->
                            app.cancelPayment.cancel(new CancelPaymentCommand(p.id(), p.version(), "Erreur de saisie", LocalDate.of(2021, 12, 31))));
                    case 5 -> app.as(InMemoryConventio.MANAGER, () -> app.settleAgreement.settle(new SettleAgreementCommand(seed.agreementId(), seed.version(),
                            Amount.ofCents(50_000_000L + random.nextInt(80_000_000)), LocalDate.of(2021, 6, 15))));
                    case 6 -> {
                        if (!documents) {
                            seed.acceptBalanceDocuments(LocalDate.of(2021, 5, 10), LocalDate.of(2021, 5, 20));
                            documents = true;
                        }
                    }
                    case 7 -> {
                        FundingDecisionAction action = before.status() == AgreementStatus.SUSPENDED
                                ? FundingDecisionAction.RESUME_PAYMENTS : FundingDecisionAction.SUSPEND_PAYMENTS;
                        app.recordFundingDecision.record(new RecordFundingDecisionCommand(seed.agreementId(), seed.version(), action,
                                FundingDecisionCause.SIGNIFICANT_DELAY, "Retard", null, LocalDate.of(2020, 6, 1 + step)));
                    }
                    default -> {
                        paymentAsked = true;
                        Amount due = before.balanceDue();
                        Amount asked = random.nextBoolean() || due.isZero() ? randomAmount(random, 20_000_00) : due;
                        app.recordPayment.record(new RecordPaymentCommand(seed.agreementId(), seed.version(), PaymentKind.BALANCE,
                                balanceCharges(random, asked, lines, before), LocalDate.of(2021, 6, 30), orderReference(random)));
                    }
                }
                if (paymentAsked) {
                    ACCEPTED.incrementAndGet();
                    checkCaps(details(app, seed), seed);
                }
            } catch (DomainException refused) {
                assertThat(app.snapshot()).as("seed %d step %d: a refused request writes nothing (%s)", seedValue, step, refused.getMessage())
                        .isEqualTo(stored);
            }
            AgreementDetails after = details(app, seed);
            assertThat(after.totalPaid()).as("seed %d: never above the voted subsidy", seedValue)
                    .isLessThanOrEqualTo(after.subsidy().votedAmount());
        }
    }

    @org.junit.jupiter.api.AfterAll
    static void most_cases_record_payments() {
        assertThat(ACCEPTED.get()).as("accepted payments over all cases (the property is not vacuous)").isGreaterThan(CASES);
    }

    private static void checkCaps(AgreementDetails details, SeedSteps seed) {
        assertThat(details.totalPaid()).as("V3").isLessThanOrEqualTo(details.adjustedSubsidy());
        Amount advances = Amount.sum(details.payments().stream()
                .filter(p -> p.status() == PaymentStatus.RECORDED && p.kind() == PaymentKind.ADVANCE).map(p -> p.amount()).toList());
        assertThat(advances).as("V1").isLessThanOrEqualTo(Amount.of(64_000));
        for (BudgetLineId line : List.of(seed.ct1(), seed.paysAix())) {
            Amount onLine = Amount.sum(details.payments().stream().filter(p -> p.status() == PaymentStatus.RECORDED)
                    .flatMap(p -> p.charges().stream()).filter(c -> c.budgetLineId().equals(line)).map(LineCharge::amount).toList());
            assertThat(onLine).as("V4").isLessThanOrEqualTo(details.subsidy().amountOn(line).orElseThrow());
        }
        assertThat(details.payments().stream().filter(p -> p.status() == PaymentStatus.RECORDED && p.kind() == PaymentKind.BALANCE).count())
                .as("V2: one balance").isLessThanOrEqualTo(1);
    }

    private static List<LineCharge> balanceCharges(Random random, Amount asked, List<BudgetLineId> lines, AgreementDetails before) {
        if (random.nextBoolean()) {
            return List.of(new LineCharge(lines.get(random.nextInt(2)), asked));
        }
        List<LineCharge> charges = new ArrayList<>();
        Amount left = asked;
        for (BudgetLineId line : lines) {
            Amount share = before.subsidy().amountOn(line).orElseThrow();
            Amount paid = Amount.sum(before.payments().stream().filter(p -> p.status() == PaymentStatus.RECORDED)
                    .flatMap(p -> p.charges().stream()).filter(c -> c.budgetLineId().equals(line)).map(LineCharge::amount).toList());
            Amount part = left.min(share.minusOrZero(paid));
            if (!part.isZero()) {
                charges.add(new LineCharge(line, part));
                left = left.minus(part);
            }
        }
        return charges.isEmpty() ? List.of(new LineCharge(lines.getFirst(), asked)) : charges;
    }

    private static Amount randomAmount(Random random, int maxCents) {
        return Amount.ofCents(1 + random.nextInt(maxCents));
    }

    private static PaymentOrderReference orderReference(Random random) {
        return random.nextInt(4) == 0 ? null : PaymentOrderReference.of("M-" + random.nextInt(30));
    }

    private static AgreementDetails details(InMemoryConventio app, SeedSteps seed) {
        return app.getAgreement.get(new GetAgreementQuery(seed.agreementId()));
    }
}
