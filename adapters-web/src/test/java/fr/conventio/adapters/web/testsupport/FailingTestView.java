package fr.conventio.adapters.web.testsupport;

import com.vaadin.flow.component.html.Div;
import jakarta.annotation.security.PermitAll;

/**
 * Test-only page that fails while it is built, as a bug would; registered by the error page tests
 * themselves (it has no {@code @Route}, and it sits outside the UI package, so no route scan finds it).
 */
@PermitAll
public class FailingTestView extends Div {

    /** What the failure says: internals that must never reach the screen. */
    public static final String INTERNALS = "fr.conventio.Secret: connection refused to db.internal:5432";

    public FailingTestView() {
        throw new IllegalStateException(INTERNALS);
    }
}
