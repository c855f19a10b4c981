package fr.conventio.adapters.persistence;

import static fr.conventio.domain.agreement.AgreementFixtures.CT1_LINE_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.PAYS_AIX_LINE_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.SEED_AGREEMENT_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.SIGNATURE_DATE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.adapters.persistence.submission.SubmissionKeysPersistenceAdapter;
import fr.conventio.adapters.persistence.account.AgreementAccountPersistenceAdapter;
import fr.conventio.adapters.persistence.control.AgreementControlPersistenceAdapter;
import fr.conventio.adapters.persistence.obligation.ObligationPersistenceAdapter;
import fr.conventio.adapters.persistence.payment.PaymentPersistenceAdapter;
import fr.conventio.adapters.persistence.recovery.RecoveryOrderPersistenceAdapter;
import fr.conventio.application.shared.SeparationOfDuties;
import fr.conventio.application.fakes.FixedCurrentUser;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.payment.RecordPaymentCommand;
import fr.conventio.application.payment.RecordPaymentService;
import fr.conventio.application.payment.RecordPaymentUseCase;
import fr.conventio.application.shared.ConcurrentUpdateException;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.payment.LineCharge;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.payment.PaymentOrderReference;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.RuleViolationException;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many members of staff recording advances on one agreement at the same moment, through the real use
 * case on the PostgreSQL adapters, one transaction per call: the database never holds more than the
 * caps allow. Each advance is 8 000 € (3 000 on CT1, 5 000 on CT2); the advance cap is 80 % of
 * 80 000 € = 64 000 €, so exactly eight may pass, whatever the interleaving.
 */
class PaymentConcurrencyIT extends DatabaseTestSupport {

    private static final int THREADS = 8;

    @Autowired
    private TransactionTemplate transaction;
    @Autowired
    private SubmissionKeysPersistenceAdapter submissionKeys;
    @Autowired
    private PaymentPersistenceAdapter payments;
    @Autowired
    private ObligationPersistenceAdapter obligations;
    @Autowired
    private RecoveryOrderPersistenceAdapter recoveryOrders;
    @Autowired
    private AgreementControlPersistenceAdapter controls;
    @Autowired
    private AgreementAccountPersistenceAdapter accounts;

    @Test
    void concurrent_advances_never_exceed_the_caps_and_every_attempt_is_accounted_for() throws Exception {
        saveSeedParties();
        database.save(AgreementFixtures.signedSeedAgreement());
        RecordPaymentUseCase service = new RecordPaymentService(new AgreementFiles(agreements, payments, obligations, recoveryOrders, controls, budgetLines, accounts), new FixedCurrentUser("finances.test"), SeparationOfDuties.ENFORCED, submissionKeys);
        RecordPaymentUseCase recordPayment = command -> transaction.execute(tx -> service.record(command));
        AtomicInteger attempts = new AtomicInteger();
        AtomicInteger successes = new AtomicInteger();
        AtomicInteger conflicts = new AtomicInteger();
        AtomicInteger refusals = new AtomicInteger();
        AtomicInteger references = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();

        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    while (true) {      // until the rules refuse: the caps are reached
                        long version = agreements.findById(SEED_AGREEMENT_ID).orElseThrow().version();
                        attempts.incrementAndGet();
                        try {
                            recordPayment.record(new RecordPaymentCommand(SEED_AGREEMENT_ID, version, PaymentKind.ADVANCE,
                                    List.of(new LineCharge(CT1_LINE_ID, Amount.of(3_000)), new LineCharge(PAYS_AIX_LINE_ID, Amount.of(5_000))),
                                    SIGNATURE_DATE.plusDays(1), PaymentOrderReference.of("M-" + references.incrementAndGet())));
                            successes.incrementAndGet();
                        } catch (ConcurrentUpdateException conflict) {
                            conflicts.incrementAndGet();
                        } catch (RuleViolationException refused) {
                            refusals.incrementAndGet();
                            return null;
                        }
                    }
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(120, TimeUnit.SECONDS);      // rethrows anything but a conflict or a refusal
            }
        }

        BigDecimal paid = jdbc.queryForObject("select coalesce(sum(c.amount), 0) from payment p join payment_line_charge c"
                + " on c.payment_id = p.id where p.status = 'RECORDED' and p.agreement_id = ?", BigDecimal.class, SEED_AGREEMENT_ID.value());
        assertThat(successes.get() + conflicts.get() + refusals.get()).isEqualTo(attempts.get());
        assertThat(refusals.get()).isEqualTo(THREADS);
        assertThat(successes.get()).isEqualTo(8);
        assertThat(paid).isEqualByComparingTo("64000.00").isLessThanOrEqualTo(new BigDecimal("80000.00"));
        assertThat(database.count("payment")).isEqualTo(8);
        assertThat(payments.findByAgreement(SEED_AGREEMENT_ID)).hasSize(8);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where aggregate_type = 'PAYMENT'", Long.class)).isEqualTo(8);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where aggregate_type = 'AGREEMENT' and action = 'UPDATE'",
                Long.class)).as("the agreement stored again with each payment").isEqualTo(8);
        assertThat(agreements.findById(SEED_AGREEMENT_ID).orElseThrow().version()).isEqualTo(8);
    }
}
