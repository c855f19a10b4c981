package fr.conventio.adapters.persistence.contract;

import fr.conventio.application.fakes.InMemoryMultiYearPlanRepository;
import fr.conventio.application.port.out.MultiYearPlanRepository;

/** The contract on the in-memory fake of the application's tests (the reference behaviour). */
class InMemoryMultiYearPlanRepositoryContractTest extends MultiYearPlanRepositoryContract {

    private final InMemoryMultiYearPlanRepository fake = new InMemoryMultiYearPlanRepository();

    @Override
    protected MultiYearPlanRepository repository() {
        return fake;
    }
}
