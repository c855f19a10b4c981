package fr.conventio.application.fakes;

import fr.conventio.application.port.out.AgreementAccountRepository;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.account.AccountFigures;
import fr.conventio.domain.shared.AgreementId;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** In-memory {@link AgreementAccountRepository}: the figures last stored per agreement, as the projection table keeps them. */
public final class InMemoryAgreementAccountRepository implements AgreementAccountRepository {

    private final InMemoryAgreementRepository agreements;
    private final Map<AgreementId, AccountFigures> figures = new LinkedHashMap<>();

    public InMemoryAgreementAccountRepository(InMemoryAgreementRepository agreements) {
        this.agreements = Objects.requireNonNull(agreements);
    }

    @Override
    public synchronized void save(AccountFigures account) {
        figures.put(Objects.requireNonNull(account).agreementId(), account);
    }

    @Override
    public synchronized void delete(AgreementId agreementId) {
        figures.remove(agreementId);
    }

    @Override
    public synchronized Optional<AccountFigures> findByAgreement(AgreementId agreementId) {
        return Optional.ofNullable(figures.get(agreementId));
    }

    @Override
    public synchronized List<AgreementId> agreementsWithoutFigures(int limit) {
        return agreements.findAll(a -> !figures.containsKey(a.id())).stream().map(Versioned::value).map(a -> a.id()).limit(limit).toList();
    }

    /** Forgets the figures of an agreement, as a database from before the accounts would have none. */
    public synchronized void forget(AgreementId agreementId) {
        figures.remove(agreementId);
    }

    /** Every stored figure, in the order first stored. */
    public synchronized List<AccountFigures> findAll() {
        return List.copyOf(figures.values());
    }

    /** Each agreement's stored figures, for the "nothing was written" assertions. */
    public synchronized Map<String, Object> snapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        figures.forEach((id, f) -> snapshot.put("compte:" + id, f));
        return snapshot;
    }
}
