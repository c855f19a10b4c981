package fr.conventio.adapters.web.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.adapters.web.testing.UiTesting;
import fr.conventio.application.shared.StorageUnavailableException;

import com.vaadin.flow.server.ErrorEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.SocketTimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * When the database does not answer, staff read "Base de données indisponible, réessayez dans quelques
 * instants." (never the generic "erreur inattendue", never the driver's text), whether the failed use case
 * was run by a dialog's save or escaped a view to the error handler, and the screen stays as it was.
 */
class StorageUnavailableNotificationTest {

    private static final String MESSAGE = "Base de données indisponible, réessayez dans quelques instants.";

    @BeforeEach
    void openUi() {
        UiTesting.setUpFrenchUi();
    }

    @AfterEach
    void closeUi() {
        UiTesting.tearDown();
    }

    @Test
    void a_save_refused_for_an_unavailable_database_shows_the_french_message_and_does_not_go_on() {
        AtomicBoolean closedTheDialog = new AtomicBoolean();

        boolean saved = Notifications.attempt(() -> {
            throw new StorageUnavailableException(new SocketTimeoutException("Read timed out"));
        }, () -> closedTheDialog.set(true));

        assertThat(saved).isFalse();
        assertThat(closedTheDialog).isFalse();
        assertThat(UiTesting.notificationTexts()).containsExactly(MESSAGE);
    }

    @Test
    void an_unavailable_database_reaching_the_error_handler_shows_the_french_message() {
        new ConventioErrorHandler().error(new ErrorEvent(
                new IllegalStateException("grid fetch failed", new StorageUnavailableException(new SocketTimeoutException("Read timed out")))));

        assertThat(UiTesting.notificationTexts()).containsExactly(MESSAGE);
        assertThat(Messages.forStaff(new StorageUnavailableException(null))).contains(MESSAGE);
    }
}
