package fr.conventio.adapters.persistence.contract;

import fr.conventio.application.fakes.InMemoryRecoveryOrderNumbering;
import fr.conventio.application.port.out.RecoveryOrderNumberingPort;
import fr.conventio.domain.shared.FunderId;

/** The contract on the in-memory fake of the application's tests (the reference behaviour). */
class InMemoryRecoveryOrderNumberingContractTest extends RecoveryOrderNumberingContract {

    private final InMemoryRecoveryOrderNumbering fake = new InMemoryRecoveryOrderNumbering();

    @Override
    protected RecoveryOrderNumberingPort numbering() {
        return fake;
    }

    @Override
    protected FunderId otherFunder() {
        return FunderId.newId();
    }
}
