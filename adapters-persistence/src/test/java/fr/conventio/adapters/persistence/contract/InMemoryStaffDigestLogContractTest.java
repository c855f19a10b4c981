package fr.conventio.adapters.persistence.contract;

import fr.conventio.application.fakes.InMemoryStaffDigestLog;
import fr.conventio.application.mail.StaffDigestLogPort;

/** The contract on the in-memory fake of the application's tests. */
class InMemoryStaffDigestLogContractTest extends StaffDigestLogContract {

    private final InMemoryStaffDigestLog log = new InMemoryStaffDigestLog();

    @Override
    protected StaffDigestLogPort log() {
        return log;
    }
}
