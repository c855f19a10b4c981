package fr.conventio.adapters.web.ui;

import com.vaadin.flow.server.communication.IndexHtmlRequestListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.nodes.Element;

/**
 * Marks every {@code <script>} of Vaadin's page with the nonce of the request's Content-Security-Policy, so
 * that the policy can refuse every other inline script (an injected one has no nonce). The security wiring draws the nonce, puts it in the request attribute
 * {@link #REQUEST_ATTRIBUTE} and sends the policy naming it; without that attribute the page is left as is.
 */
public class ContentSecurityPolicyNonce implements IndexHtmlRequestListener {

    /** The request attribute that holds this request's nonce (base64). */
    public static final String REQUEST_ATTRIBUTE = "fr.conventio.csp.nonce";

    @Override
    public void modifyIndexHtmlResponse(IndexHtmlResponse response) {
        Object nonce = response.getVaadinRequest().getAttribute(REQUEST_ATTRIBUTE);
        if (nonce instanceof String value && !value.isBlank()) {
            for (Element element : response.getDocument().select("script")) {
                element.attr("nonce", value);
            }
        }
    }
}
