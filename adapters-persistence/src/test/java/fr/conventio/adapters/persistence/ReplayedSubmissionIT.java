package fr.conventio.adapters.persistence;

import static fr.conventio.domain.agreement.AgreementFixtures.SEED_AGREEMENT_ID;
import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.adapters.persistence.account.AgreementAccountPersistenceAdapter;
import fr.conventio.adapters.persistence.control.AgreementControlPersistenceAdapter;
import fr.conventio.adapters.persistence.obligation.ObligationPersistenceAdapter;
import fr.conventio.adapters.persistence.payment.PaymentPersistenceAdapter;
import fr.conventio.adapters.persistence.recovery.RecoveryOrderPersistenceAdapter;
import fr.conventio.adapters.persistence.submission.SubmissionKeysPersistenceAdapter;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.fakes.FixedCurrentUser;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.application.termination.SendFormalNoticeCommand;
import fr.conventio.application.termination.SendFormalNoticeResult;
import fr.conventio.application.termination.SendFormalNoticeService;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.termination.Party;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;

/**
 * Issue 9, one intention one record, on PostgreSQL for a use case that creates inside the agreement's file: a formal
 * notice sent twice with one submission key (a double click, a retry after a lost answer) is stored once, numbered 1,
 * and the replay, though it carries a version the first submission made stale, is answered the first result.
 */
class ReplayedSubmissionIT extends DatabaseTestSupport {

    @Autowired
    private TransactionTemplate transaction;
    @Autowired
    private FixedCurrentUser currentUser;
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

    private long version;

    @BeforeEach
    void signedSeed() {
        currentUser.actAs("responsable.test");
        saveSeedParties();
        version = database.save(AgreementFixtures.signedSeedAgreement()).version();
    }

    @Test
    void a_formal_notice_sent_twice_with_one_key_is_stored_once_and_the_replay_answers_the_first() {
        SendFormalNoticeService service = new SendFormalNoticeService(
                new AgreementFiles(agreements, payments, obligations, recoveryOrders, controls, budgetLines, accounts), submissionKeys);
        SendFormalNoticeCommand command = new SendFormalNoticeCommand(SEED_AGREEMENT_ID, version, Party.FUNDER, LocalDate.of(2020, 3, 15),
                "RAR 1A 234 567 8901 2", "Actions de la catégorie I non engagées", SubmissionKey.newKey());

        SendFormalNoticeResult first = transaction.execute(tx -> service.send(command));
        SendFormalNoticeResult replay = transaction.execute(tx -> service.send(command));

        assertThat(replay).isEqualTo(first);
        assertThat(first.noticeNumber()).isEqualTo(1);
        assertThat(first.earliestTerminationDate()).isEqualTo(LocalDate.of(2020, 4, 15));
        assertThat(database.count("agreement_control_formal_notice")).isEqualTo(1);
        assertThat(agreements.findById(SEED_AGREEMENT_ID).orElseThrow().version()).as("stored once").isEqualTo(version + 1);
        assertThat(jdbc.queryForObject("select count(*) from submission_key where use_case = 'SendFormalNoticeUseCase'", Long.class))
                .isEqualTo(1);
    }
}
