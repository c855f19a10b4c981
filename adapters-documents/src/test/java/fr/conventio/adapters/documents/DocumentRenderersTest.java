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
import fr.conventio.domain.paperwork.FunderLogo;
import fr.conventio.domain.sample.PaperworkSamples;
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
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
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

    static FunderLogo logo() throws IOException {
        BufferedImage image = new BufferedImage(360, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0, 85, 164));
        g.fillRoundRect(0, 0, 120, 120, 30, 30);
        g.setColor(new Color(239, 65, 53));
        g.fillOval(140, 20, 80, 80);
        g.setColor(Color.DARK_GRAY);
        g.fillRect(240, 40, 120, 40);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return FunderLogo.of("logo.png", out.toByteArray());
    }

    static PaperworkFacts cpoFacts() {
        return PaperworkFacts.of(PaperworkSamples.multiYearAgreement(), seedFunder(), seedAssociation(), LocalDate.of(2024, 2, 10))
                .withMultiYearPlan(PaperworkSamples.multiYearPlan());
    }

    @Test
    void the_funder_s_logo_heads_the_first_page_of_the_pdf_as_a_figure_with_its_alternative_text() throws IOException {
        RenderedDocument pdf = renderers.render(seedAgreementModel().withLogo(logo()), DocumentFormat.PDF);
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            PDPage first = document.getPage(0);
            List<String> images = new java.util.ArrayList<>();
            for (var name : first.getResources().getXObjectNames()) {
                if (first.getResources().getXObject(name) instanceof PDImageXObject image) {
                    images.add(image.getWidth() + "x" + image.getHeight());
                }
            }
            assertThat(images).containsExactly("360x120");
            assertThat(document.getPage(1).getResources().getXObjectNames()).isEmpty();
            var figure = (PDStructureElement) ((PDStructureElement) document.getDocumentCatalog().getStructureTreeRoot().getKids().get(0))
                    .getKids().get(0);
            assertThat(figure.getStructureType()).isEqualTo("Figure");
            assertThat(figure.getAlternateDescription()).isEqualTo("Logo du financeur");
            assertThat(plain(new PDFTextStripper().getText(document))).contains("CONVENTION ANNUELLE D'OBJECTIFS");
            lookAt(document, "seed-agreement-logo");
        }
    }

    @Test
    void the_funder_s_logo_heads_the_docx_as_a_picture_with_its_alternative_text() throws IOException {
        RenderedDocument docx = renderers.render(Letters.build(smallFacts(), DocumentKind.AWARD_NOTIFICATION, 0).withLogo(logo()),
                DocumentFormat.DOCX);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.content()))) {
            assertThat(document.getAllPictures()).singleElement().satisfies(p -> assertThat(p.getData()).isEqualTo(logo().content()));
            var first = document.getParagraphs().get(0);
            assertThat(first.getRuns().get(0).getEmbeddedPictures()).singleElement()
                    .satisfies(p -> assertThat(p.getDescription()).isEqualTo("Logo du financeur"));
        }
    }

    @Test
    void v5_a4_d5_the_three_year_cpo_paid_in_instalments_renders_its_schedule_years_and_keep_unspent_clause() throws IOException {
        DocumentModel model = AgreementDocument.build(cpoFacts()).withLogo(logo());
        RenderedDocument pdf = renderers.render(model, DocumentFormat.PDF);
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            String text = plain(new PDFTextStripper().getText(document)).replaceAll("\\s+", " ");
            assertThat(text).contains("CONVENTION PLURIANNUELLE D'OBJECTIFS", "2024, 2025 et 2026", "à la signature", "le 15 mars 2024",
                    "à l'acceptation du rapport d'activité", "sous réserve du vote du budget 2025", "90 000,00 €",
                    "dans la limite de 5 % du montant de la subvention", "du 1er mars 2024 au 31 décembre 2024");
            keep(pdf, "cpo-agreement");
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(renderers.render(model, DocumentFormat.DOCX).content()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(plain(extractor.getText())).contains("sous réserve du vote du budget 2026", "le 15 mars 2024");
        }
    }

    @Test
    void d3_a_15_000_euro_subsidy_renders_a_voluntary_agreement() throws IOException {
        PaperworkFacts facts = PaperworkFacts.of(PaperworkSamples.smallAgreement(), seedFunder(), seedAssociation(), LocalDate.of(2020, 2, 10));
        RenderedDocument pdf = renderers.render(AgreementDocument.build(facts), DocumentFormat.PDF);
        try (PDDocument document = Loader.loadPDF(pdf.content())) {
            String text = plain(new PDFTextStripper().getText(document)).replaceAll("\\s+", " ");
            assertThat(text).contains("15 000,00 €", "ne dépasse pas 23 000,00 €", "12 000,00 €", "soixante jours")
                    .doesNotContain("certifier la conformité des comptes annuels");
            keep(pdf, "small-15000-agreement");
        }
        keep(renderers.render(seedAgreementModel(), DocumentFormat.PDF), "seed-agreement");
    }

    /** The PDF under target/rendered, to convert and look at (pdftoppm -r 60). */
    private static void keep(RenderedDocument pdf, String name) throws IOException {
        Path dir = Path.of("target", "rendered");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".pdf"), pdf.content());
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
