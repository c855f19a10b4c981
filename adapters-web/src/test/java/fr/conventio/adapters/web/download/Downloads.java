package fr.conventio.adapters.web.download;

import fr.conventio.application.document.OpenDocumentUseCase;

import com.github.mvysny.fakeservlet.FakeResponse;
import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;

/** Runs {@link DocumentDownloadServlet} on a request for a link, without a servlet container. */
public final class Downloads {

    private Downloads() {
    }

    /** The response to {@code GET <link>} (a link as the page gives it: "documents/<id>"). */
    public static FakeResponse get(OpenDocumentUseCase openDocument, String link) {
        String pathInfo = "/" + link.substring(DocumentDownloadServlet.LINK_PREFIX.length());
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(Downloads.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "getPathInfo" -> java.net.URLDecoder.decode(pathInfo, java.nio.charset.StandardCharsets.UTF_8);
                    case "getMethod" -> "GET";
                    case "toString" -> "GET " + link;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        FakeResponse response = new FakeResponse();
        try {
            new DocumentDownloadServlet(openDocument).doGet(request, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return response;
    }
}
