package fr.conventio.bootstrap;

import fr.conventio.application.agreementfile.AgreementFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, before anything reads the lists or the dashboard, stores the account of every agreement that
 * has none (a database from before the accounts, or rows written by a tool outside the use cases), one
 * transaction per batch. The figures are those the domain computes; nothing is computed in SQL.
 */
public class AccountProjectionRebuild implements ApplicationRunner, Ordered {

    static final int BATCH = 200;
    private static final Logger LOG = LoggerFactory.getLogger(AccountProjectionRebuild.class);

    private final AgreementFiles files;
    private final TransactionTemplate transaction;

    public AccountProjectionRebuild(AgreementFiles files, TransactionTemplate transaction) {
        this.files = files;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        int total = 0;
        for (int stored; (stored = transaction.execute(status -> files.storeMissingAccounts(BATCH))) > 0; ) {
            total += stored;
        }
        if (total > 0) {
            LOG.info("Stored the account of {} agreements that had none", total);
        }
    }

    /** Before the demo data loader and any other runner. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
