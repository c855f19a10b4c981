package fr.conventio.adapters.web.download;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.document.OpenDocumentUseCase;
import fr.conventio.application.fakes.InMemoryDocumentStorage;
import fr.conventio.application.document.OpenDocumentService;
import fr.conventio.application.port.out.DocumentRef;
import fr.conventio.application.port.out.DocumentUnavailableException;
import fr.conventio.application.security.NotAllowedException;

import com.github.mvysny.fakeservlet.FakeResponse;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

/** The document download answers with the file under a clean header, or with a French error page: never a stack trace. */
class DocumentDownloadServletTest {

    private static final byte[] PDF = "%PDF-1.7 pièce".getBytes(StandardCharsets.UTF_8);

    private final InMemoryDocumentStorage storage = new InMemoryDocumentStorage();
    private final OpenDocumentUseCase open = new OpenDocumentService(storage);

    @Test
    void a_document_named_with_cr_lf_bidi_and_quotes_downloads_under_its_cleaned_name_with_a_valid_header() {
        DocumentRef ref = storage.store("rapport\r\n\u202Efdp.\"final\" d'été.pdf", "application/pdf", PDF);

        FakeResponse response = Downloads.get(open, DocumentDownloadServlet.link(ref.id()));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getBuffer().toByteArray()).isEqualTo(PDF);
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        String disposition = response.getHeader("Content-Disposition");
        assertThat(disposition).isEqualTo("attachment; filename=\"rapportfdp._final_ d_ete.pdf\"; "
                + "filename*=UTF-8''rapportfdp._final_%20d_%C3%A9t%C3%A9.pdf");
        assertThat(disposition).doesNotContain("\r", "\n", "\u202E");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void an_unknown_or_malformed_document_is_a_404_page_in_french() {
        FakeResponse unknown = Downloads.get(open, "documents/doc-404");
        FakeResponse malformed = Downloads.get(open, "documents/");

        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(body(unknown)).contains("<html lang=\"fr\">", "Ce document n'existe pas");
        assertThat(malformed.getStatus()).isEqualTo(404);
    }

    @Test
    void a_missing_or_altered_file_is_a_500_page_in_french_without_the_internals() {
        OpenDocumentUseCase broken = query -> {
            throw new DocumentUnavailableException("document 1234 (a.pdf) : fichier absent du répertoire des documents /srv/docs/ab/cd/abcd",
                    new java.nio.file.NoSuchFileException("/srv/docs/ab/cd/abcd"));
        };

        FakeResponse response = Downloads.get(broken, "documents/1234");

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(body(response)).contains("Le fichier de ce document est absent ou altéré", "Prévenez l'administrateur")
                .doesNotContain("/srv/docs", "Exception", "at fr.conventio");
        assertThat(response.getHeader("Content-Disposition")).isNull();
    }

    @Test
    void a_user_who_may_not_open_documents_gets_a_403_page() {
        OpenDocumentUseCase refused = query -> {
            throw new NotAllowedException("OpenDocumentUseCase", "inconnu");
        };

        FakeResponse response = Downloads.get(refused, "documents/1234");

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(body(response)).contains("Vous n'avez pas le droit de télécharger ce document.");
    }

    @Test
    void any_other_failure_is_a_500_page_that_says_to_try_again() {
        OpenDocumentUseCase down = query -> {
            throw new IllegalStateException("connection refused: localhost:5432");
        };

        FakeResponse response = Downloads.get(down, "documents/1234");

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(body(response)).contains("Réessayez dans un instant").doesNotContain("5432");
    }

    private static String body(FakeResponse response) {
        return response.getBuffer().toString(StandardCharsets.UTF_8);
    }
}
