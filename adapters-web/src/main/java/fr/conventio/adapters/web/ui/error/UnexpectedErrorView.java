package fr.conventio.adapters.web.ui.error;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import fr.conventio.adapters.web.ui.MainLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * 500: opening a page failed unexpectedly. Staff see a French explanation and a short reference; the
 * log has the same reference with the exception and its stack trace, so that a report can be matched
 * to its cause. Nothing of the exception reaches the page.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class UnexpectedErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorView.class);

    public UnexpectedErrorView() {
        super("error.unexpected.title", "error.unexpected.text");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = newReference();
        LOG.error("Unexpected error opening /{} (reference {})", event.getLocation().getPath(), reference,
                parameter.getCaughtException());
        showDetail(getTranslation("error.unexpected.reference", reference));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    /** Eight hexadecimal digits: short enough to read out on the phone, enough to find the log line. */
    static String newReference() {
        return HexFormat.of().withUpperCase().toHexDigits(ThreadLocalRandom.current().nextInt());
    }
}
