package fr.conventio.application.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.port.out.DocumentRef;
import fr.conventio.application.port.out.StoredDocument;
import fr.conventio.application.shared.InvalidCommandException;
import fr.conventio.application.shared.NotFoundException;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

/** Storing evidence documents (checked on the server) and reading them back. */
class DocumentsTest {

    private final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2021, 5, 10));
    private static final byte[] PDF = "%PDF-1.7 compte de résultat".getBytes(StandardCharsets.UTF_8);

    @Test
    void a_pdf_is_stored_and_read_back_byte_for_byte() {
        DocumentRef ref = app.storeDocument.store(new StoreDocumentCommand("compte-resultat.pdf", "application/pdf", PDF));

        assertThat(ref.fileName()).isEqualTo("compte-resultat.pdf");
        assertThat(ref.contentType()).isEqualTo("application/pdf");
        assertThat(ref.size()).isEqualTo(PDF.length);
        StoredDocument read = app.openDocument.open(new OpenDocumentQuery(ref.id()));
        assertThat(read.content()).isEqualTo(PDF);
        assertThat(read.ref()).isEqualTo(ref);
    }

    @Test
    void an_empty_file_is_refused_and_nothing_is_stored() {
        Map<String, Object> before = app.snapshot();
        assertThatThrownBy(() -> app.storeDocument.store(new StoreDocumentCommand("vide.pdf", "application/pdf", new byte[0])))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessage("fichier : « vide.pdf » est vide");
        assertThat(app.snapshot()).isEqualTo(before);
    }

    @Test
    void a_file_above_10_mo_is_refused_with_its_size() {
        byte[] big = new byte[StoreDocumentUseCase.MAX_SIZE + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> app.storeDocument.store(new StoreDocumentCommand("gros.pdf", "application/pdf", big)))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessage("fichier : « gros.pdf » pèse 10,1 Mo : un fichier pèse au plus 10 Mo");
        assertThat(app.documents.size()).isZero();
    }

    @Test
    void a_type_not_accepted_is_refused_naming_the_type() {
        assertThatThrownBy(() -> app.storeDocument.store(new StoreDocumentCommand("page.html", "text/html",
                "<html>".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessage("fichier : « page.html » est de type « text/html », qui n'est pas accepté (PDF, JPEG, PNG, ODT, ODS, DOCX ou XLSX)");
        assertThat(app.documents.size()).isZero();
    }

    @Test
    void a_file_whose_content_is_not_its_declared_type_is_refused() {
        assertThatThrownBy(() -> app.storeDocument.store(new StoreDocumentCommand("faux.pdf", "application/pdf",
                "MZ executable".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidCommandException.class)
                .hasMessage("fichier : le contenu de « faux.pdf » ne correspond pas à son type déclaré (application/pdf)");
        assertThat(app.documents.size()).isZero();
    }

    @Test
    void an_unknown_document_is_not_found() {
        assertThatThrownBy(() -> app.openDocument.open(new OpenDocumentQuery("doc-404")))
                .isInstanceOf(NotFoundException.class)
                .hasFieldOrPropertyWithValue("id", "doc-404")
                .hasMessage("Document introuvable : l'enregistrement demandé n'existe pas ou plus (supprimé, ou lien erroné).");
    }

    @Test
    void the_command_keeps_its_own_copy_of_the_bytes() {
        byte[] bytes = PDF.clone();
        StoreDocumentCommand command = new StoreDocumentCommand("a.pdf", "application/pdf", bytes);
        bytes[0] = 'X';
        assertThat(command.content()[0]).isEqualTo((byte) '%');
    }
}
