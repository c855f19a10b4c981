package fr.conventio.adapters.persistence.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The accepted kinds are recognised from the content, whatever the name says. */
class DocumentTypeTest {

    @Test
    void each_accepted_kind_is_recognised_by_its_content() {
        assertThat(types(DocumentSamples.pdf("bilan"))).isEqualTo("PDF");
        assertThat(types(DocumentSamples.png())).isEqualTo("PNG");
        assertThat(types(DocumentSamples.jpeg())).isEqualTo("JPEG");
        assertThat(types(DocumentSamples.openDocument("application/vnd.oasis.opendocument.text"))).isEqualTo("ODT");
        assertThat(types(DocumentSamples.openDocument("application/vnd.oasis.opendocument.spreadsheet"))).isEqualTo("ODS");
        assertThat(types(DocumentSamples.docx())).isEqualTo("DOCX");
        assertThat(types(DocumentSamples.xlsx())).isEqualTo("XLSX");
        assertThat(types(DocumentSamples.ole2())).isEqualTo("DOC, XLS");
    }

    @Test
    void other_contents_are_not_recognised() {
        assertThat(DocumentType.detect(DocumentSamples.executable())).isEmpty();
        assertThat(DocumentType.detect(DocumentSamples.zip())).isEmpty();
        assertThat(DocumentType.detect(DocumentSamples.openDocument("application/vnd.oasis.opendocument.presentation"))).isEmpty();
        assertThat(DocumentType.detect("Bonjour, ceci est un PDF".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(DocumentType.detect(new byte[] {'%', 'P', 'D'})).isEmpty();
        assertThat(DocumentType.detect(new byte[0])).isEmpty();
    }

    @Test
    void the_extension_picks_doc_or_xls_in_their_shared_container() {
        DocumentType.Family ole2 = DocumentType.detect(DocumentSamples.ole2()).orElseThrow();

        assertThat(ole2.withExtension(DocumentType.extensionOf("Budget 2020.XLS"))).contains(DocumentType.XLS);
        assertThat(ole2.withExtension(DocumentType.extensionOf("statuts.doc"))).contains(DocumentType.DOC);
        assertThat(ole2.withExtension(DocumentType.extensionOf("statuts.pdf"))).isEmpty();
        assertThat(DocumentType.extensionOf("sans-extension")).isEmpty();
        assertThat(DocumentType.extensionOf("point.")).isEmpty();
        assertThat(DocumentType.detect(DocumentSamples.jpeg()).orElseThrow().withExtension("jpeg")).contains(DocumentType.JPEG);
    }

    private static String types(byte[] content) {
        Optional<DocumentType.Family> family = DocumentType.detect(content);
        return family.map(f -> String.join(", ", f.types().stream().map(DocumentType::label).toList())).orElse("aucun");
    }
}
