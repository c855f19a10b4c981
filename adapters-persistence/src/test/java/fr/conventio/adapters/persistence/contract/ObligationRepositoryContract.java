package fr.conventio.adapters.persistence.contract;

import static fr.conventio.adapters.persistence.contract.RunningScenarios.OTHER_AGREEMENT_ID;
import static fr.conventio.domain.agreement.AgreementFixtures.SEED_AGREEMENT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.port.out.ObligationRepository;
import fr.conventio.application.shared.ConcurrentUpdateException;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.obligation.EvidenceRef;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationId;
import fr.conventio.domain.obligation.ObligationStatus;
import fr.conventio.domain.obligation.ObligationType;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every {@link ObligationRepository} does (store with the seed agreement and {@link RunningScenarios#OTHER_AGREEMENT_ID}). */
public abstract class ObligationRepositoryContract {

    private static final LocalDate JUNE_30 = LocalDate.of(2021, 6, 30);

    protected abstract ObligationRepository repository();

    static Stream<Arguments> obligations() {
        return Stream.of(
                Arguments.of("pending", (Supplier<Obligation>) () -> RunningScenarios.pendingObligation(SEED_AGREEMENT_ID, ObligationType.ANNUAL_ACCOUNTS, JUNE_30)),
                Arguments.of("received", (Supplier<Obligation>) () -> RunningScenarios.received(SEED_AGREEMENT_ID)),
                Arguments.of("rejected", (Supplier<Obligation>) () -> RunningScenarios.rejected(SEED_AGREEMENT_ID)),
                Arguments.of("accepted after a rejection", (Supplier<Obligation>) () -> RunningScenarios.acceptedAfterRejection(SEED_AGREEMENT_ID)),
                Arguments.of("waived", (Supplier<Obligation>) () -> RunningScenarios.waived(SEED_AGREEMENT_ID)),
                Arguments.of("added after the signature with its reason (O4)", (Supplier<Obligation>) () -> Obligation.added(ObligationId.newId(),
                        SEED_AGREEMENT_ID, ObligationType.CERTIFIED_ACCOUNTS, JUNE_30, "Obligation ajoutée : comptes annuels certifiés"
                                + " conformes par le président — le total annuel des subventions de la collectivité atteint 95 000,00 €")),
                Arguments.of("annual accounts with the general assembly's approval date (O5)", (Supplier<Obligation>) () -> {
                    Obligation accounts = RunningScenarios.pendingObligation(SEED_AGREEMENT_ID, ObligationType.ANNUAL_ACCOUNTS, JUNE_30);
                    accounts.recordAccountsApproval(LocalDate.of(2021, 5, 20), LocalDate.of(2020, 12, 31), LocalDate.of(2021, 7, 5));
                    return accounts;
                }),
                Arguments.of("publication at the Journal officiel due from the approval, in its history (O5)", (Supplier<Obligation>) () -> {
                    Obligation publication = RunningScenarios.pendingObligation(SEED_AGREEMENT_ID, ObligationType.ACCOUNTS_PUBLICATION,
                            LocalDate.of(2021, 9, 30));
                    publication.countFromAccountsApproval(LocalDate.of(2021, 5, 20), "instructeur", LocalDate.of(2021, 7, 5));
                    return publication;
                }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("obligations")
    void every_field_and_the_whole_history_are_read_back(String name, Supplier<Obligation> scenario) {
        Obligation obligation = scenario.get();

        Versioned<Obligation> saved = repository().save(Versioned.newAggregate(obligation));
        Versioned<Obligation> loaded = repository().findById(obligation.id()).orElseThrow();

        assertThat(saved.version()).isZero();
        assertThat(loaded.version()).isZero();
        assertThat(loaded.value()).isNotSameAs(obligation).usingRecursiveComparison().isEqualTo(obligation);
        assertThat(loaded.value().history()).isEqualTo(obligation.history());
        assertThat(loaded.value().evidence()).isEqualTo(obligation.evidence());
    }

    @Test
    void events_added_later_are_stored_after_the_earlier_ones() {
        Obligation obligation = RunningScenarios.received(SEED_AGREEMENT_ID);
        repository().save(Versioned.newAggregate(obligation));
        Versioned<Obligation> loaded = repository().findById(obligation.id()).orElseThrow();
        loaded.value().reject("Illisible", "cheffe", obligation.dueDate().plusDays(1));
        Versioned<Obligation> afterRejection = repository().save(loaded);
        Versioned<Obligation> again = repository().findById(obligation.id()).orElseThrow();
        again.value().receive(new EvidenceRef("doc-10", "nouvelle.pdf"), obligation.dueDate().plusDays(3), "instructeur");

        Versioned<Obligation> saved = repository().save(again);

        assertThat(afterRejection.version()).isEqualTo(1);
        assertThat(saved.version()).isEqualTo(2);
        Obligation stored = repository().findById(obligation.id()).orElseThrow().value();
        assertThat(stored.status()).isEqualTo(ObligationStatus.RECEIVED);
        assertThat(stored.history()).extracting(e -> e.kind().name()).containsExactly("RECEIVED", "REJECTED", "RECEIVED");
        assertThat(stored.evidence()).extracting(EvidenceRef::documentId).containsExactly("doc-9", "doc-10");
    }

    @Test
    void o5_the_approval_date_of_the_accounts_and_a_due_date_set_from_it_are_stored_by_an_update() {
        Obligation accounts = RunningScenarios.pendingObligation(SEED_AGREEMENT_ID, ObligationType.ANNUAL_ACCOUNTS, JUNE_30);
        Obligation publication = RunningScenarios.pendingObligation(SEED_AGREEMENT_ID, ObligationType.ACCOUNTS_PUBLICATION,
                LocalDate.of(2021, 9, 30));
        repository().save(Versioned.newAggregate(accounts));
        repository().save(Versioned.newAggregate(publication));
        Versioned<Obligation> loadedAccounts = repository().findById(accounts.id()).orElseThrow();
        Versioned<Obligation> loadedPublication = repository().findById(publication.id()).orElseThrow();

        loadedAccounts.value().recordAccountsApproval(LocalDate.of(2021, 5, 20), LocalDate.of(2020, 12, 31), LocalDate.of(2021, 7, 5));
        loadedPublication.value().countFromAccountsApproval(LocalDate.of(2021, 5, 20), "instructeur", LocalDate.of(2021, 7, 5));
        repository().save(loadedAccounts);
        repository().save(loadedPublication);

        assertThat(repository().findById(accounts.id()).orElseThrow().value().accountsApprovedOn()).contains(LocalDate.of(2021, 5, 20));
        Obligation stored = repository().findById(publication.id()).orElseThrow().value();
        assertThat(stored.dueDate()).isEqualTo(LocalDate.of(2021, 8, 20));
        assertThat(stored.dueDateProvisional()).isFalse();
        assertThat(stored.history()).extracting(e -> e.kind().name()).containsExactly("RESCHEDULED");
        assertThat(stored.history().getFirst().reason()).startsWith("Échéance fixée au 20/08/2021");
    }

    @Test
    void a_stale_version_is_refused_and_changes_nothing() {
        Obligation obligation = RunningScenarios.received(SEED_AGREEMENT_ID);
        repository().save(Versioned.newAggregate(obligation));
        Versioned<Obligation> first = repository().findById(obligation.id()).orElseThrow();
        Versioned<Obligation> second = repository().findById(obligation.id()).orElseThrow();
        first.value().accept("cheffe", obligation.dueDate());
        second.value().reject("Non signé", "adjoint", obligation.dueDate());
        repository().save(first);

        assertThatThrownBy(() -> repository().save(second)).isInstanceOf(ConcurrentUpdateException.class);
        assertThat(repository().findById(obligation.id()).orElseThrow().value().status()).isEqualTo(ObligationStatus.ACCEPTED);
        assertThatThrownBy(() -> repository().save(Versioned.newAggregate(obligation))).isInstanceOf(ConcurrentUpdateException.class);
    }

    @Test
    void the_obligations_of_an_agreement_come_earliest_due_date_first_then_in_rule_order() {
        Obligation accounts = RunningScenarios.pendingObligation(SEED_AGREEMENT_ID, ObligationType.ANNUAL_ACCOUNTS, JUNE_30);
        Obligation report = RunningScenarios.pendingObligation(SEED_AGREEMENT_ID, ObligationType.FINANCIAL_REPORT, JUNE_30);
        Obligation insurance = RunningScenarios.received(SEED_AGREEMENT_ID);
        Obligation meeting = RunningScenarios.pendingObligation(SEED_AGREEMENT_ID, ObligationType.EVALUATION_MEETING, LocalDate.of(2021, 2, 28));
        Obligation other = RunningScenarios.pendingObligation(OTHER_AGREEMENT_ID, ObligationType.ANNUAL_ACCOUNTS, JUNE_30);

        List<Versioned<Obligation>> saved = repository().saveAll(Stream.of(accounts, report, insurance, meeting, other)
                .map(Versioned::newAggregate).toList());

        assertThat(saved).extracting(Versioned::version).containsOnly(0L);
        assertThat(repository().findByAgreement(SEED_AGREEMENT_ID)).extracting(v -> v.value().id())
                .containsExactly(insurance.id(), meeting.id(), report.id(), accounts.id());
        assertThat(repository().findByAgreement(OTHER_AGREEMENT_ID)).extracting(v -> v.value().id()).containsExactly(other.id());
        assertThat(repository().findById(ObligationId.newId())).isEmpty();
    }

    @Test
    void what_a_caller_changes_without_saving_is_not_stored() {
        Obligation obligation = RunningScenarios.received(SEED_AGREEMENT_ID);
        repository().save(Versioned.newAggregate(obligation));

        repository().findById(obligation.id()).orElseThrow().value().accept("cheffe", obligation.dueDate());

        assertThat(repository().findById(obligation.id()).orElseThrow().value().status()).isEqualTo(ObligationStatus.RECEIVED);
    }
}
