package fr.conventio.adapters.web.ui.agreement;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import fr.conventio.application.port.out.GeneratedDocumentRepository.GeneratedDocumentRecord;
import fr.conventio.domain.paperwork.DocumentFormat;
import fr.conventio.domain.paperwork.FrenchTypography;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** "Documents": what applies now is offered as PDF and DOCX, a produced document is listed with its download link. */
class DocumentsTabTest extends AgreementPageTestBase {

    @Test
    void the_signed_agreement_is_produced_as_pdf_and_listed_with_its_link() {
        seed.signed();
        openAs("paul.instructeur", "INSTRUCTEUR");
        tab("Documents");

        var available = grid("documents-available");
        assertThat(GridKt._size(available)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(available, 0).get(0)).isEqualTo("Convention");
        assertThat(GridKt._getFormattedRow(available, 1).get(0)).isEqualTo("Notification d'attribution");
        assertThat(rowActions("documents-available", 0)).containsExactly("PDF", "DOCX");

        clickInRow("documents-available", 0, "PDF");

        assertThat(lastNotification()).isEqualTo("« Convention » a été produit : téléchargez-le dans « Documents produits ».");
        tab("Documents");
        assertThat(GridKt._size(grid("documents-generated"))).isEqualTo(1);
        Anchor link = _get(GridKt._getCellComponent(grid("documents-generated"), 0, "file"), Anchor.class);
        assertThat(link.getText()).isEqualTo("convention-ECO-2020-SCS.pdf");
        assertThat(link.getHref()).startsWith("documents/");
        assertThat(app.documentRenderer.renderings()).singleElement().satisfies(r -> {
            assertThat(r.format()).isEqualTo(DocumentFormat.PDF);
            assertThat(FrenchTypography.plain(String.join(" ", r.model().texts()))).contains("80 000,00 €", "64 000,00 €");
        });
    }

    @Test
    void a_reader_sees_the_documents_but_may_not_produce_them() {
        seed.signed();
        openAs("lea.lecture", "LECTURE");
        tab("Documents");

        assertThat(GridKt._size(grid("documents-available"))).isEqualTo(2);
        assertThat(grid("documents-available").getColumnByKey("actions")).isNull();
    }

    @Test
    void a_produced_document_is_sent_by_email_with_its_pdf_once_and_shown_in_the_mails_tab() {
        seed.signed();
        openAs("paul.instructeur", "INSTRUCTEUR");
        tab("Documents");
        assertThat(((Button) GridKt._getCellComponent(grid("documents-available"), 0, "mail")).isEnabled()).as("nothing produced yet").isFalse();
        clickInRow("documents-available", 0, "DOCX");
        tab("Documents");
        clickInRow("documents-available", 0, "PDF");
        tab("Documents");

        _click(_get(GridKt._getCellComponent(grid("documents-available"), 0, "mail"), Button.class));

        assertThat(dialog().getHeaderTitle()).isEqualTo("Envoyer « Convention » par courriel");
        assertThat(field(TextField.class, "Destinataire").getValue()).as("no contact e-mail recorded").isEmpty();
        assertThat(field(TextField.class, "Objet").getValue()).isEqualTo("Convention ECO-2020-SCS");
        assertThat(field(TextArea.class, "Message").getValue()).startsWith("Bonjour,");
        @SuppressWarnings("unchecked")
        Select<GeneratedDocumentRecord> file = _get(dialog(), Select.class, spec -> spec.withLabel("Pièce jointe"));
        assertThat(file.getValue().format()).as("PDF by default").isEqualTo(DocumentFormat.PDF);

        type("Destinataire", "contact@solidarite");
        submit();
        assertThat(field(TextField.class, "Destinataire").getErrorMessage())
                .isEqualTo("Destinataire : adresse invalide, attendu par exemple contact@association.fr");
        assertThat(app.outbox.messages()).isEmpty();

        type("Destinataire", "contact@solidarite-sud.fr");
        submit();

        assertThat(dialogOpen()).isFalse();
        assertThat(lastNotification()).isEqualTo("« convention-ECO-2020-SCS.pdf » part par courriel à contact@solidarite-sud.fr : suivez l'envoi"
                + " dans l'onglet « Courriels ».");
        assertThat(app.outbox.messages()).singleElement().satisfies(m -> {
            assertThat(m.recipients()).containsExactly("contact@solidarite-sud.fr");
            assertThat(m.attachments()).singleElement().satisfies(a -> assertThat(a.fileName()).isEqualTo("convention-ECO-2020-SCS.pdf"));
        });
        tab("Courriels");
        assertThat(GridKt._getFormattedRow(grid("mails-grid"), 0)).anySatisfy(cell -> assertThat(cell).contains("convention-ECO-2020-SCS.pdf"))
                .anySatisfy(cell -> assertThat(cell).contains("contact@solidarite-sud.fr"));
    }

    @Test
    void a_reader_may_not_send_documents_by_email() {
        seed.signed();
        openAs("lea.lecture", "LECTURE");
        tab("Documents");

        assertThat(grid("documents-available").getColumnByKey("mail")).isNull();
    }
}
