package fr.conventio.adapters.web.ui.error;

import com.vaadin.flow.router.NotFoundException;

/**
 * A link points to a record that does not exist (an association id no one knows, say). Unlike the
 * router's own {@link NotFoundException}, its message is written for staff and shown on the page.
 * Reroute to it with {@code event.rerouteToError(new RecordNotFoundException(text), text)}.
 */
public class RecordNotFoundException extends NotFoundException {

    public RecordNotFoundException(String messageForStaff) {
        super(messageForStaff);
    }
}
