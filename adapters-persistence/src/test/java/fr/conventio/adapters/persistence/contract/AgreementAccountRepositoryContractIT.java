package fr.conventio.adapters.persistence.contract;

import fr.conventio.adapters.persistence.PersistenceTestApplication;

import fr.conventio.domain.shared.AgreementId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The contract on the PostgreSQL adapter ({@code AgreementAccountPersistenceAdapter}). */
@SpringBootTest(classes = PersistenceTestApplication.class)
class AgreementAccountRepositoryContractIT extends AgreementAccountRepositoryContract {

    @Autowired
    private PostgresStore store;

    @Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Override
    protected ReadSideApp.Store emptyStore() {
        return store.empty();
    }

    @Override
    protected void dropStoredFigures(AgreementId agreementId) {
        jdbc.update("delete from agreement_account where agreement_id = ?", agreementId.value());
    }
}
