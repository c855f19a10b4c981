package fr.conventio.adapters.persistence.contract;

import static fr.conventio.domain.agreement.AgreementFixtures.SEED_AGREEMENT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.adapters.persistence.PersistenceTestApplication;
import fr.conventio.adapters.persistence.TestDatabase;
import fr.conventio.adapters.persistence.agreement.AgreementPersistenceAdapter;
import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.application.shared.ConcurrentUpdateException;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.agreement.AmendmentRequest;
import fr.conventio.domain.agreement.PaymentTerms;
import fr.conventio.domain.shared.Rate;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;

/** The contract on the PostgreSQL adapter, and what only the adapter does: the rows it writes, the names it gives in a refusal. */
@SpringBootTest(classes = PersistenceTestApplication.class)
class AgreementRepositoryContractIT extends AgreementRepositoryContract {

    @Autowired
    private AgreementPersistenceAdapter adapter;
    @Autowired
    private TestDatabase database;

    @BeforeEach
    void seedParties() {
        database.empty();
        database.saveSeedParties();
    }

    @Override
    protected AgreementRepository repository() {
        return adapter;
    }

    @Override
    protected Class<? extends RuntimeException> uniqueViolation() {
        return DuplicateKeyException.class;
    }

    @Test
    void the_draft_terms_become_version_0_at_signature_and_an_amendment_adds_one_terms_row() {
        Agreement agreement = AgreementFixtures.seedAgreement();
        Versioned<Agreement> current = adapter.save(Versioned.newAggregate(agreement));
        agreement.approve(AgreementFixtures.seedDeliberation());
        current = adapter.save(Versioned.of(agreement, current.version()));
        agreement.sign(AgreementFixtures.SIGNATURE_DATE);
        current = adapter.save(Versioned.of(agreement, current.version()));
        agreement.amend(AmendmentRequest.of(LocalDate.of(2020, 3, 1), "Acompte porté à 90 %")
                .withPaymentTerms(PaymentTerms.standard().withAdvanceRate(Rate.ofPercent(90))));
        adapter.save(Versioned.of(agreement, current.version()));

        Long termsRows = database.jdbc().queryForObject("select count(*) from agreement_terms where agreement_id = ?", Long.class,
                SEED_AGREEMENT_ID.value());
        assertThat(termsRows).as("version 0 and version 1, the draft terms being replaced by version 0").isEqualTo(2);
    }

    @Test
    void child_rows_do_not_pile_up_over_saves() {
        Versioned<Agreement> current = adapter.save(Versioned.newAggregate(AgreementScenarios.amended()));
        for (int i = 0; i < 3; i++) {
            current = adapter.save(adapter.findById(SEED_AGREEMENT_ID).orElseThrow());
        }

        assertThat(current.version()).isEqualTo(3);
        long actions = current.value().versions().stream().mapToLong(v -> v.programme().actionCount()).sum();
        assertThat(database.count("agreement_terms_action")).isEqualTo(actions);
        assertThat(database.count("agreement_amendment")).isEqualTo(2);
    }

    @Test
    void a_stale_version_is_refused_naming_the_agreement() {
        adapter.save(Versioned.newAggregate(AgreementFixtures.seedAgreement()));
        Versioned<Agreement> first = adapter.findById(SEED_AGREEMENT_ID).orElseThrow();
        Versioned<Agreement> second = adapter.findById(SEED_AGREEMENT_ID).orElseThrow();
        second.value().changeReference(AgreementReference.of("ECO-2020-SCS-BIS"));
        adapter.save(first);

        assertThatThrownBy(() -> adapter.save(second)).isInstanceOfSatisfying(ConcurrentUpdateException.class, e -> {
            assertThat(e.aggregateType()).isEqualTo("convention");
            assertThat(e.aggregateId()).isEqualTo(SEED_AGREEMENT_ID.toString());
        });
    }
}
