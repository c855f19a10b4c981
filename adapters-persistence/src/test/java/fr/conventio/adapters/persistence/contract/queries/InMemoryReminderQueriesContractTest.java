package fr.conventio.adapters.persistence.contract.queries;

import fr.conventio.adapters.persistence.contract.ReadSideApp;
import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.mail.ReminderQueries;
import java.time.LocalDate;

/** The contract on the in-memory fake of the application's tests (the reference behaviour). */
class InMemoryReminderQueriesContractTest extends ReminderQueriesContract {

    private InMemoryConventio fakes;

    @Override
    protected ReadSideApp.Store emptyStore() {
        fakes = new InMemoryConventio(LocalDate.of(2020, 1, 6));
        return ReadSideApp.Store.of(fakes);
    }

    @Override
    protected ReminderQueries queries() {
        return fakes.reminderQueries;
    }
}
