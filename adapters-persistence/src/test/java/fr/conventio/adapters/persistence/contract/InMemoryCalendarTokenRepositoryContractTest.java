package fr.conventio.adapters.persistence.contract;

import fr.conventio.application.fakes.InMemoryCalendarTokens;
import fr.conventio.application.port.out.CalendarTokenRepository;

/** The contract on the in-memory fake of the application's tests (the reference behaviour). */
class InMemoryCalendarTokenRepositoryContractTest extends CalendarTokenRepositoryContract {

    private final InMemoryCalendarTokens fake = new InMemoryCalendarTokens();

    @Override
    protected CalendarTokenRepository tokens() {
        return fake;
    }
}
