package fr.conventio.adapters.documents;

import fr.conventio.application.port.out.DocumentRendererPort.RenderedDocument;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.agreement.ForecastBudget;
import fr.conventio.domain.agreement.PaymentTerms;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.paperwork.AgreementDocument;
import fr.conventio.domain.paperwork.DocumentFormat;
import fr.conventio.domain.paperwork.DocumentKind;
import fr.conventio.domain.paperwork.DocumentModel;
import fr.conventio.domain.paperwork.FrenchTypography;
import fr.conventio.domain.paperwork.Letters;
import fr.conventio.domain.paperwork.PaperworkFacts;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.party.FiscalYear;
import fr.conventio.domain.party.PostalAddress;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.AssociationId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static fr.conventio.domain.sample.RealAgreement2020.*;
import static org.assertj.core.api.Assertions.assertThat;

/** The seed agreement and a small one, generated as PDF and DOCX and read back. */
class DocumentRenderersTest {

    private static final List<String> SEED_FIGURES = List.of("80 000,00 €", "7,69 %", "30 000,00 €", "50 000,00 €", "64 000,00 €",
            "1 040 335,00 € HT", "19 décembre 2019", "3 février 2020", "Gérard BRAMOULLÉ", "Lionel LAPRAS",
            "POLE SOLUTIONS COMMUNICANTES SÉCURISÉES (SCS)", "Métropole Aix-Marseille-Provence", "Territoire du Pays d'Aix",
            "Budget Principal Métropolitain (CT1)", "ECO-2020-SCS", "Tribunal administratif de Marseille");

    private final DocumentRenderers renderers = new DocumentRenderers();

    static DocumentModel seedAgreementModel() {
        return AgreementDocument.build(PaperworkFacts.of(signedSeedAgreement(), seedFunder(), seedAssociation(), LocalDate.of(2020, 2, 10)));
    }

    static PaperworkFacts smallFacts() {
        Association association = Association.create(AssociationId.of("2a3f7c72-f7cd-4ce6-a000-00000000a5c6"), "Les Amis du Théâtre",
                PostalAddress.of("3 rue des Arts", "13100", "Aix-en-Provence"), seedRepresentative(), null, null, FiscalYear.CALENDAR,
                Amount.of(400000));
        Agreement agreement = Agreement.create(AgreementId.of("2a3f7c72-f7cd-4ce6-a000-000000000020"), AgreementReference.of("CULT-2020-07"),
                SEED_FUNDER_ID, association.id(), seedSignatory(), seedRepresentative(), YEAR_2020, seedObject(), seedProgramme(),
                ForecastBudget.ofEligibleExpenses(Amount.of(60000)), Subsidy.onSingleLine(CT1_LINE_ID, Amount.of(20000)),
                PaymentTerms.standard(), SEED_AUTHOR);
        agreement.approve(seedDeliberation());
        return PaperworkFacts.of(agreement, seedFunder(), association, LocalDate.of(2020, 1, 15));
    }

    static String plain(String text) {
        return FrenchTypography.plain(text).replaceAll("[ \\t]+", " ");
    }

    @Test
    void the_seed_agreement_as_pdf_is_tagged_in_french_with_fonts_embedded_and_has_every_article_and_figure() throws IOException {
        RenderedDocument pdf = renderers.render(seedAgreementModel(), DocumentFormat.PDF);
        assertThat(pdf.fileName()).isEqualTo("convention-ECO-2020-SCS.pdf");
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot().getKids()).isNotEmpty();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
            assertThat(document.getDocumentInformation().getTitle()).contains("ECO-2020-SCS");
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
            String text = plain(new PDFTextStripper().getText(document)).replaceAll("\\s+", " ");
            for (String title : AgreementDocument.TITLES) {
                assertThat(text).contains(FrenchTypography.plain(title));
            }
            assertThat(text).contains(SEED_FIGURES);
            assertThat(text).contains("le solde (soit 20 %)", "certifier la conformité des comptes annuels", "commissaire aux comptes");
            assertThat(document.getNumberOfPages()).isBetween(5, 14);
            lookAt(document, "seed-agreement");
        }
    }

    @Test
    void the_seed_agreement_as_docx_has_every_article_and_figure() throws IOException {
        RenderedDocument docx = renderers.render(seedAgreementModel(), DocumentFormat.DOCX);
        assertThat(docx.fileName()).isEqualTo("convention-ECO-2020-SCS.docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.content()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = plain(extractor.getText()).replaceAll("\\s+", " ");
            for (String title : AgreementDocument.TITLES) {
                assertThat(text).contains(FrenchTypography.plain(title));
            }
            assertThat(text).contains(SEED_FIGURES);
            assertThat(document.getProperties().getCoreProperties().getTitle()).contains("ECO-2020-SCS");
            assertThat(document.getTables()).hasSizeGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void a_small_subsidy_has_neither_certification_nor_auditor_clause_and_says_it_is_voluntary() throws IOException {
        RenderedDocument pdf = renderers.render(AgreementDocument.build(smallFacts()), DocumentFormat.PDF);
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            String text = plain(new PDFTextStripper().getText(document)).replaceAll("\\s+", " ");
            assertThat(text).contains("20 000,00 €", "33,33 %", "16 000,00 €", "ne dépasse pas 23 000,00 €", "soixante jours")
                    .doesNotContain("certifier la conformité des comptes annuels", "commissaire aux comptes ;");
            lookAt(document, "small-agreement");
        }
    }

    @Test
    void the_award_notification_renders_in_both_formats() throws IOException {
        DocumentModel letter = Letters.build(smallFacts(), DocumentKind.AWARD_NOTIFICATION, 0);
        RenderedDocument pdf = renderers.render(letter, DocumentFormat.PDF);
        RenderedDocument docx = renderers.render(letter, DocumentFormat.DOCX);
        assertThat(pdf.fileName()).isEqualTo("notification-attribution-CULT-2020-07.pdf");
        assertThat(docx.fileName()).isEqualTo("notification-attribution-CULT-2020-07.docx");
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            assertThat(plain(new PDFTextStripper().getText(document))).contains("NOTIFICATION D'ATTRIBUTION", "20 000,00 €");
            lookAt(document, "award-notification");
        }
    }

    /** Page 1 as PNG under target/rendered, to look at. */
    private static void lookAt(PDDocument document, String name) throws IOException {
        Path dir = Path.of("target", "rendered");
        Files.createDirectories(dir);
        PDFRenderer renderer = new PDFRenderer(document);
        for (int i = 0; i < Math.min(document.getNumberOfPages(), 3); i++) {
            ImageIO.write(renderer.renderImageWithDPI(i, 80), "png", dir.resolve(name + "-" + (i + 1) + ".png").toFile());
        }
    }
}
