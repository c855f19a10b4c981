package fr.conventio.adapters.web.download;

import fr.conventio.application.document.OpenDocumentQuery;
import fr.conventio.application.document.OpenDocumentUseCase;
import fr.conventio.application.port.out.DocumentUnavailableException;
import fr.conventio.application.port.out.StoredDocument;
import fr.conventio.application.security.NotAllowedException;
import fr.conventio.application.shared.InvalidCommandException;
import fr.conventio.application.shared.NotFoundException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET <context>/documents/<id>}: a stored document (evidence of an obligation), through
 * {@link OpenDocumentUseCase} (so with its authorization), as an attachment under its cleaned name
 * ({@link ContentDisposition}), with its stored type, {@code nosniff} and {@code no-store}. It needs no
 * Vaadin page: the link works from anywhere the user is signed in, and every failure is an HTTP status with
 * a short French page, never a stack trace — 404 for an unknown or malformed id, 403 when the user may not
 * open documents, 500 when the file is missing or altered in the documents directory (the details go to
 * the log, for the operator).
 */
public final class DocumentDownloadServlet extends HttpServlet {

    /** Where the servlet is mapped (relative to the application's context path). */
    public static final String MAPPING = "/documents/*";
    /** The link of a document, relative to the application's root (the page's base). */
    public static final String LINK_PREFIX = "documents/";

    private static final Logger LOG = LoggerFactory.getLogger(DocumentDownloadServlet.class);
    private static final long serialVersionUID = 1L;

    private final transient OpenDocumentUseCase openDocument;

    public DocumentDownloadServlet(OpenDocumentUseCase openDocument) {
        this.openDocument = openDocument;
    }

    /** The link that downloads the document with this id. */
    public static String link(String documentId) {
        return LINK_PREFIX + ContentDisposition.percentEncoded(documentId);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        String id = path == null ? "" : path.substring(1);
        StoredDocument document;
        try {
            document = openDocument.open(new OpenDocumentQuery(id));
        } catch (NotFoundException | InvalidCommandException unknown) {
            error(response, HttpServletResponse.SC_NOT_FOUND, "Document introuvable",
                    "Ce document n'existe pas : le lien est incomplet, ou le document a été supprimé.");
            return;
        } catch (NotAllowedException refused) {
            LOG.info("Download of document {} refused: {}", id, refused.getMessage());
            error(response, HttpServletResponse.SC_FORBIDDEN, "Accès refusé", "Vous n'avez pas le droit de télécharger ce document.");
            return;
        } catch (DocumentUnavailableException unavailable) {
            LOG.error("Document {} cannot be served: {}", id, unavailable.getMessage(), unavailable);
            error(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Document indisponible",
                    "Le fichier de ce document est absent ou altéré dans le dépôt des documents : il ne peut pas être téléchargé. "
                            + "Prévenez l'administrateur de l'application.");
            return;
        } catch (RuntimeException failure) {
            LOG.error("Download of document {} failed", id, failure);
            error(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Téléchargement impossible",
                    "Le document ne peut pas être téléchargé pour le moment. Réessayez dans un instant ; si cela se reproduit, "
                            + "prévenez l'administrateur de l'application.");
            return;
        }
        byte[] content = document.content();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(document.ref().contentType());
        response.setContentLengthLong(content.length);
        response.setHeader("Content-Disposition", ContentDisposition.attachment(document.ref().fileName()));
        noStore(response);
        try (OutputStream out = response.getOutputStream()) {
            out.write(content);
        }
    }

    private static void error(HttpServletResponse response, int status, String title, String message) throws IOException {
        byte[] page = ("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>" + title + " — Conventio</title></head>\n"
                + "<body><h1>" + title + "</h1><p>" + message + "</p><p><a href=\"../\">Retour à Conventio</a></p></body></html>\n")
                .getBytes(StandardCharsets.UTF_8);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setContentLength(page.length);
        noStore(response);
        response.getOutputStream().write(page);
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    }
}
