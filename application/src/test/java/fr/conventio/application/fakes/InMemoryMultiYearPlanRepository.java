package fr.conventio.application.fakes;

import fr.conventio.application.port.out.MultiYearPlanRepository;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.multiyear.MultiYearPlan;
import fr.conventio.domain.multiyear.PlannedYear;
import fr.conventio.domain.shared.AgreementId;

import java.util.Optional;

/** In-memory {@link MultiYearPlanRepository}: one plan per head agreement, optimistic locking, stores copies. */
public final class InMemoryMultiYearPlanRepository implements MultiYearPlanRepository {

    final InMemoryStore<AgreementId, MultiYearPlan> store = new InMemoryStore<>("Convention pluriannuelle",
            MultiYearPlan::headAgreementId, InMemoryMultiYearPlanRepository::copy);

    static MultiYearPlan copy(MultiYearPlan p) {
        return MultiYearPlan.rehydrate(p.headAgreementId(), p.firstYear(), p.firstYearAmount(), p.settlementMode(),
                p.laterYears(), p.terminatedOn().orElse(null));
    }

    @Override
    public Optional<Versioned<MultiYearPlan>> findByHead(AgreementId headAgreementId) {
        return store.find(headAgreementId);
    }

    @Override
    public Optional<Versioned<MultiYearPlan>> findByMember(AgreementId agreementId) {
        return store.findAll(p -> p.headAgreementId().equals(agreementId) || p.laterYears().stream()
                .flatMap(y -> y.confirmationIfAny().stream()).anyMatch(c -> c.awardId().equals(agreementId))).stream().findFirst();
    }

    @Override
    public Versioned<MultiYearPlan> save(Versioned<MultiYearPlan> plan) {
        return store.save(plan);
    }

    @Override
    public void delete(AgreementId headAgreementId) {
        store.delete(headAgreementId);
    }

    @SuppressWarnings("unused")
    private static boolean confirmed(PlannedYear year) {
        return year.confirmed();
    }
}
