package fr.conventio.application.fakes;

import fr.conventio.application.port.out.AgreementAccountRepository;
import fr.conventio.domain.account.AccountFigures;
import fr.conventio.domain.shared.AgreementId;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** In-memory {@link AgreementAccountRepository}: the figures last stored per agreement, as the projection table keeps them. */
public final class InMemoryAgreementAccountRepository implements AgreementAccountRepository {

    private final Map<AgreementId, AccountFigures> figures = new LinkedHashMap<>();

    @Override
    public synchronized void save(AccountFigures account) {
        figures.put(Objects.requireNonNull(account).agreementId(), account);
    }

    @Override
    public synchronized Optional<AccountFigures> findByAgreement(AgreementId agreementId) {
        return Optional.ofNullable(figures.get(agreementId));
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
