package fr.conventio.adapters.persistence;

import static fr.conventio.domain.agreement.AgreementFixtures.SEED_AGREEMENT_ID;
import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.adapters.persistence.support.VersionGuard;
import fr.conventio.application.shared.ConcurrentUpdateException;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.agreement.PaymentTerms;
import fr.conventio.domain.shared.Rate;

import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

class AgreementConcurrencyIT extends DatabaseTestSupport {

    private static final int THREADS = 8;
    private static final int ATTEMPTS = 5;

    @Autowired
    private VersionGuard versionGuard;

    @Test
    void the_version_check_and_the_save_share_one_transaction() {
        assertThat(AopUtils.isAopProxy(versionGuard)).as("@Transactional proxy around VersionGuard").isTrue();
    }

    @Test
    void concurrent_writers_never_lose_an_update() throws Exception {
        saveSeedParties();
        long initialVersion = agreements.save(Versioned.newAggregate(AgreementFixtures.seedAgreement())).version();
        ConcurrentLinkedQueue<Versioned<Agreement>> successes = new ConcurrentLinkedQueue<>();
        AtomicInteger conflicts = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();

        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                        Versioned<Agreement> loaded = agreements.findById(SEED_AGREEMENT_ID).orElseThrow();
                        Agreement agreement = loaded.value();
                        agreement.changeReference(AgreementReference.of("ECO-T" + thread + "-A" + attempt));
                        agreement.changePaymentTerms(PaymentTerms.standard().withAdvanceRate(Rate.ofPercent(10 + thread * 10 + attempt)));
                        try {
                            successes.add(agreements.save(loaded));
                        } catch (ConcurrentUpdateException e) {
                            conflicts.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);      // rethrows anything but a conflict
            }
        }

        assertThat(successes.size() + conflicts.get()).isEqualTo(THREADS * ATTEMPTS);
        assertThat(successes).isNotEmpty();
        assertThat(successes).extracting(Versioned::version).doesNotHaveDuplicates()
                .allSatisfy(v -> assertThat(v).isBetween(initialVersion + 1, initialVersion + successes.size()));
        Versioned<Agreement> last = successes.stream().max(Comparator.comparing(Versioned::version)).orElseThrow();
        Versioned<Agreement> stored = agreements.findById(SEED_AGREEMENT_ID).orElseThrow();
        assertThat(stored.version()).isEqualTo(initialVersion + successes.size()).isEqualTo(last.version());
        assertThat(stored.value()).usingRecursiveComparison().isEqualTo(last.value());
    }
}
