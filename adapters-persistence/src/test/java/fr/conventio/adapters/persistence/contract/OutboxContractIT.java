package fr.conventio.adapters.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.adapters.persistence.PersistenceTestApplication;
import fr.conventio.adapters.persistence.TestDatabase;
import fr.conventio.adapters.persistence.mail.OutboxPersistenceAdapter;
import fr.conventio.application.mail.OutboxDeliveryPort;
import fr.conventio.application.mail.OutboxDeliveryPort.Claimed;
import fr.conventio.application.mail.OutboxEntry;
import fr.conventio.application.mail.OutboxMessage;
import fr.conventio.application.mail.OutboxPort;
import fr.conventio.application.mail.OutboxStatus;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementFixtures;
import java.util.ArrayList;
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
import org.springframework.transaction.support.TransactionTemplate;

/** The contract on the PostgreSQL adapter (V25), the caller's transaction, concurrent senders and the agreement's log. */
@SpringBootTest(classes = PersistenceTestApplication.class)
class OutboxContractIT extends OutboxContract {

    @Autowired
    private OutboxPersistenceAdapter adapter;
    @Autowired
    private TransactionTemplate transaction;
    @Autowired
    private TestDatabase database;

    @BeforeEach
    void emptyOutbox() {
        database.empty();
        database.jdbc().execute("delete from mail_outbox");
    }

    @Override
    protected OutboxPort outbox() {
        return adapter;
    }

    @Override
    protected OutboxDeliveryPort delivery() {
        return adapter;
    }

    @Test
    void a_message_queued_by_a_transaction_rolled_back_is_not_kept() {
        try {
            transaction.executeWithoutResult(tx -> {
                adapter.enqueue(message("rappel:a", T0));
                throw new IllegalStateException("the use case failed");
            });
        } catch (IllegalStateException expected) {
            // rolled back with the event
        }

        assertThat(database.count("mail_outbox")).isZero();
        assertThat(adapter.enqueue(message("rappel:a", T0))).isTrue();
    }

    @Test
    void an_audited_message_leaves_one_audit_row_on_its_agreement_with_whom_what_and_which_file() {
        database.saveSeedParties();
        Agreement agreement = AgreementFixtures.signedSeedAgreement();
        database.save(agreement);
        database.jdbc().execute("set session_replication_role = replica; truncate audit_event; set session_replication_role = origin");
        OutboxMessage letter = OutboxMessage.create("document:1", List.of("contact@asso-exemple.fr"), "Convention ECO-2020-SCS", "texte", null,
                List.of(new fr.conventio.application.mail.MailAttachment("convention-ECO-2020-SCS.pdf", "application/pdf", new byte[] {'%'})),
                agreement.id(), T0);

        transaction.executeWithoutResult(tx -> {
            assertThat(adapter.enqueueAudited(letter)).isTrue();
            assertThat(adapter.enqueueAudited(letter)).isFalse();
        });

        assertThat(database.auditRows()).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("aggregate_type", "MAIL_MESSAGE").containsEntry("aggregate_id", letter.id())
                    .containsEntry("agreement_id", agreement.id().value()).containsEntry("action", "INSERT");
            assertThat((String) row.get("changes")).contains("contact@asso-exemple.fr", "Convention ECO-2020-SCS", "convention-ECO-2020-SCS.pdf");
        });
    }

    @Test
    void two_senders_claiming_at_the_same_time_never_get_the_same_message() throws Exception {
        for (int i = 0; i < 40; i++) {
            adapter.enqueue(message("rappel:" + i, T0.plusMillis(i)));
        }
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<Claimed>>> claims = Collections.nCopies(8, () -> adapter.claim(5, T0.plusSeconds(1), LEASE));
            List<String> keys = new ArrayList<>();
            for (Future<List<Claimed>> claimed : senders.invokeAll(claims)) {
                claimed.get().forEach(c -> keys.add(c.message().dedupKey()));
            }
            assertThat(keys).hasSize(40).doesNotHaveDuplicates();
        } finally {
            senders.shutdownNow();
        }
    }

    @Test
    void the_log_of_an_agreement_lists_its_messages_the_latest_first() {
        database.saveSeedParties();
        Agreement agreement = AgreementFixtures.signedSeedAgreement();
        database.save(agreement);
        OutboxMessage first = OutboxMessage.create("rappel:1", List.of("contact@asso-exemple.fr"), "Rappel 1", "texte", null,
                List.of(), agreement.id(), T0);
        OutboxMessage second = OutboxMessage.create("rappel:2", List.of("contact@asso-exemple.fr"), "Rappel 2", "texte", null,
                List.of(), agreement.id(), T0.plusSeconds(60));
        adapter.enqueue(first);
        adapter.enqueue(second);
        adapter.claim(1, T0.plusSeconds(61), LEASE);
        adapter.markSent(first.id(), T0.plusSeconds(62));

        assertThat(adapter.ofAgreement(agreement.id())).extracting(OutboxEntry::subject, OutboxEntry::status, OutboxEntry::attempts)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Rappel 2", OutboxStatus.PENDING, 0),
                        org.assertj.core.groups.Tuple.tuple("Rappel 1", OutboxStatus.SENT, 1));
        assertThat(adapter.ofAgreement(agreement.id()).getLast().sentAt()).isEqualTo(T0.plusSeconds(62));
    }
}
