package fr.conventio.adapters.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.adapters.persistence.PersistenceTestApplication;
import fr.conventio.adapters.persistence.TestDatabase;
import fr.conventio.adapters.persistence.association.AssociationPersistenceAdapter;
import fr.conventio.adapters.persistence.submission.SubmissionKeysPersistenceAdapter;
import fr.conventio.application.association.AssociationData;
import fr.conventio.application.association.RegisterAssociationCommand;
import fr.conventio.application.association.RegisterAssociationService;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.port.out.SubmissionKeysPort;
import fr.conventio.application.shared.Saved;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.shared.AssociationId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** The contract on the PostgreSQL adapter (table submission_key of V16), and two replays at the same moment. */
@SpringBootTest(classes = PersistenceTestApplication.class)
class SubmissionKeysContractIT extends SubmissionKeysContract {

    @Autowired
    private SubmissionKeysPersistenceAdapter adapter;
    @Autowired
    private AssociationPersistenceAdapter associations;
    @Autowired
    private TransactionTemplate transaction;
    @Autowired
    private TestDatabase database;

    @BeforeEach
    void noKey() {
        database.empty();
        database.jdbc().execute("delete from submission_key");
    }

    @Override
    protected SubmissionKeysPort keys() {
        return adapter;
    }

    @Test
    void a_claim_rolled_back_leaves_the_key_free() {
        SubmissionKey key = SubmissionKey.newKey();
        try {
            transaction.executeWithoutResult(tx -> {
                adapter.claim(key, "RegisterAssociationUseCase");
                throw new IllegalStateException("the use case failed");
            });
        } catch (IllegalStateException expected) {
            // the transaction rolled back
        }

        assertThat(adapter.claim(key, "RegisterAssociationUseCase")).isEmpty();
    }

    @Test
    void two_replays_at_the_same_moment_register_one_association_and_answer_the_same() throws Exception {
        AssociationData data = SeedSteps.associationData(AgreementFixtures.seedAssociation());
        SubmissionKey key = SubmissionKey.newKey();
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        // the first submission holds its transaction open after its claim until the second has started its own
        SubmissionKeysPort slowFirst = new SubmissionKeysPort() {
            @Override
            public Optional<Result> claim(SubmissionKey submission, String useCase) {
                Optional<Result> claimed = adapter.claim(submission, useCase);
                firstClaimed.countDown();
                return claimed;
            }

            @Override
            public void complete(SubmissionKey submission, String useCase, Result result) {
                adapter.complete(submission, useCase, result);
                try {
                    secondStarted.await(5, TimeUnit.SECONDS);
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        RegisterAssociationService first = new RegisterAssociationService(associations, slowFirst);
        RegisterAssociationService second = new RegisterAssociationService(associations, adapter);

        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            Future<Saved<AssociationId>> one = pool.submit(() -> transaction.execute(tx -> first.register(new RegisterAssociationCommand(data, key))));
            assertThat(firstClaimed.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Saved<AssociationId>> two = pool.submit(() -> {
                secondStarted.countDown();
                return transaction.execute(tx -> second.register(new RegisterAssociationCommand(data, key)));
            });

            Saved<AssociationId> answerOne = one.get(20, TimeUnit.SECONDS);
            Saved<AssociationId> answerTwo = two.get(20, TimeUnit.SECONDS);
            assertThat(answerTwo).isEqualTo(answerOne);
        }
        assertThat(database.jdbc().queryForObject("select count(*) from association", Integer.class)).isEqualTo(1);
        assertThat(database.jdbc().queryForObject("select count(*) from submission_key", Integer.class)).isEqualTo(1);
    }
}
