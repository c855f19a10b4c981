package fr.conventio.adapters.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.adapters.persistence.PersistenceTestApplication;
import fr.conventio.adapters.persistence.mail.StaffDigestLogAdapter;
import fr.conventio.application.mail.StaffDigestLogPort;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

/** The contract on PostgreSQL (V32): the caller's transaction, two instances at the same moment, the constraints. */
@SpringBootTest(classes = PersistenceTestApplication.class)
class StaffDigestLogContractIT extends StaffDigestLogContract {

    @Autowired
    private StaffDigestLogAdapter adapter;
    @Autowired
    private TransactionTemplate transaction;
    @Autowired
    private fr.conventio.adapters.persistence.TestDatabase database;

    @BeforeEach
    void emptyLog() {
        database.jdbc().execute("delete from staff_digest");
    }

    @Override
    protected StaffDigestLogPort log() {
        return adapter;
    }

    @Test
    void a_claim_rolled_back_with_its_transaction_is_free_again() {
        try {
            transaction.executeWithoutResult(tx -> {
                adapter.claim("mdupont", DAY, 2, AT);
                throw new IllegalStateException("queuing the digest failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back with the digest
        }

        assertThat(adapter.claim("mdupont", DAY, 2, AT)).isTrue();
    }

    @Test
    void two_instances_claiming_at_the_same_moment_claim_once() throws Exception {
        ExecutorService instances = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> claims = Collections.nCopies(8, () -> transaction.execute(tx -> adapter.claim("mdupont", DAY, 1, AT)));
            int claimed = 0;
            for (Future<Boolean> claim : instances.invokeAll(claims)) {
                claimed += claim.get() ? 1 : 0;
            }
            assertThat(claimed).isEqualTo(1);
        } finally {
            instances.shutdownNow();
        }
    }

    @Test
    void a_blank_user_name_or_a_negative_count_is_refused_by_the_table() {
        assertThatThrownBy(() -> adapter.claim(" ", DAY, 0, AT)).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> adapter.claim("mdupont", DAY, -1, AT)).isInstanceOf(DataIntegrityViolationException.class);
    }
}
