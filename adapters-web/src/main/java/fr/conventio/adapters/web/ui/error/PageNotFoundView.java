package fr.conventio.adapters.web.ui.error;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import fr.conventio.adapters.web.ui.MainLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * 404: no page at this address (an unknown route, or a record a link points to that does not exist).
 * The router's message (which names the path and, in development mode, lists the routes) is never
 * shown; a {@link RecordNotFoundException}'s message, written for staff, is.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class PageNotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    public PageNotFoundView() {
        super("error.notFound.title", "error.notFound.text");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        if (parameter.getException() instanceof RecordNotFoundException record) {
            showDetail(record.getMessage());
        }
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
