package fr.conventio.adapters.web.ui.agreement;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.html.Anchor;
import fr.conventio.domain.paperwork.DocumentFormat;
import fr.conventio.domain.paperwork.FrenchTypography;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

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
}
