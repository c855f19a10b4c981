package fr.conventio.adapters.web.ui.agreement;

import fr.conventio.adapters.web.download.DocumentDownloadServlet;
import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.adapters.web.ui.agreement.dialog.AgreementPage;
import fr.conventio.adapters.web.ui.agreement.dialog.SendDocumentMailDialog;
import fr.conventio.adapters.web.ui.agreement.dialog.Texts;
import fr.conventio.adapters.web.ui.common.Notifications;
import fr.conventio.adapters.web.ui.common.OneClick;
import fr.conventio.application.mail.SendDocumentByMailUseCase;
import fr.conventio.application.paperwork.AgreementDocuments;
import fr.conventio.application.paperwork.GenerateDocumentCommand;
import fr.conventio.application.paperwork.GenerateDocumentUseCase;
import fr.conventio.application.paperwork.ListAgreementDocumentsQuery;
import fr.conventio.application.port.out.GeneratedDocumentRepository.GeneratedDocumentRecord;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.domain.paperwork.AvailableDocument;
import fr.conventio.domain.paperwork.DocumentFormat;
import fr.conventio.domain.paperwork.DocumentKind;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * "Documents" (issue 11): the documents that apply to the agreement now — the domain decides which (the agreement
 * always, the formal notice only once one was sent, the recovery notice only for a recovery order…) — each
 * generated as PDF or DOCX in one click, sent by e-mail once generated (« Envoyer par courriel », the newest PDF
 * attached by default), and those already generated, to download.
 */
final class DocumentsTab extends VerticalLayout {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final AgreementPage page;

    DocumentsTab(AgreementPage page, Runnable reload) {
        this.page = page;
        setPadding(false);
        AgreementDocuments documents;
        try {
            documents = page.useCases().listDocuments().list(new ListAgreementDocumentsQuery(page.details().id()));
        } catch (RuntimeException unreadable) {
            add(new Paragraph(Texts.t("agreement.documents.unavailable")));
            return;
        }
        add(new H3(Texts.t("agreement.documents.available")));
        add(new Paragraph(Texts.t("agreement.documents.intro")));
        Grid<AvailableDocument> available = BudgetTab.grid(Texts.t("agreement.documents.available"));
        available.setId("documents-available");
        available.addColumn(DocumentsTab::label).setHeader(Texts.t("agreement.documents.column.document")).setFlexGrow(2);
        if (page.may(GenerateDocumentUseCase.class)) {
            available.addComponentColumn(d -> actions(d, reload)).setKey("actions").setHeader(Texts.t("agreement.documents.column.generate")).setAutoWidth(true);
        }
        if (page.may(SendDocumentByMailUseCase.class)) {
            available.addComponentColumn(d -> mail(d, documents.generated())).setKey("mail")
                    .setHeader(Texts.t("agreement.documents.column.mail")).setAutoWidth(true);
        }
        available.setItems(documents.available());
        add(available);

        add(new H3(Texts.t("agreement.documents.generated")));
        Grid<GeneratedDocumentRecord> generated = BudgetTab.grid(Texts.t("agreement.documents.generated"));
        generated.setId("documents-generated");
        generated.addComponentColumn(this::download).setKey("file").setHeader(Texts.t("agreement.documents.column.file")).setFlexGrow(2);
        generated.addColumn(r -> label(r.kind(), r.number())).setHeader(Texts.t("agreement.documents.column.document")).setFlexGrow(1);
        generated.addColumn(r -> r.format().name()).setHeader(Texts.t("agreement.documents.column.format")).setAutoWidth(true);
        generated.addColumn(r -> {
            ZonedDateTime at = r.generatedAt().atZone(PARIS);
            return Texts.t("agreement.documents.at", Formats.date(at.toLocalDate()), TIME.format(at));
        }).setHeader(Texts.t("agreement.documents.column.generatedAt")).setAutoWidth(true);
        generated.addColumn(GeneratedDocumentRecord::generatedBy).setHeader(Texts.t("agreement.documents.column.generatedBy")).setAutoWidth(true);
        generated.setItems(documents.generated());
        add(generated);
    }

    private Component actions(AvailableDocument document, Runnable reload) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(true);
        for (DocumentFormat format : DocumentFormat.values()) {
            Button button = new Button(Texts.t("agreement.documents.format." + format.name()));
            button.addThemeVariants(format == DocumentFormat.PDF ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
            button.setId("documents-generate-" + document.kind().name().toLowerCase(java.util.Locale.ROOT) + "-" + document.number()
                    + "-" + format.extension());
            button.getElement().setAttribute("aria-label", Texts.t("agreement.documents.generate." + format.name(), label(document)));
            SubmissionKey submission = SubmissionKey.newKey();
            button.addClickListener(click -> Notifications.attempt(
                    () -> page.useCases().generateDocument().generate(new GenerateDocumentCommand(submission, page.details().id(),
                            document.kind(), document.number(), format)),
                    () -> {
                        Notifications.success(Texts.t("agreement.documents.generatedNotice", label(document)));
                        reload.run();
                    }));
            OneClick.guard(button);
            buttons.add(button);
        }
        return buttons;
    }

    /** « Envoyer par courriel »: once the document was generated at least once (the dialog attaches one of its files). */
    private Component mail(AvailableDocument document, List<GeneratedDocumentRecord> generated) {
        List<GeneratedDocumentRecord> files = generated.stream()
                .filter(r -> r.kind() == document.kind() && r.number() == document.number()).toList();
        Button button = new Button(Texts.t("agreement.documents.mail.open"));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setId("documents-mail-" + document.kind().name().toLowerCase(java.util.Locale.ROOT) + "-" + document.number());
        button.getElement().setAttribute("aria-label", Texts.t("agreement.documents.mail.aria", label(document)));
        if (files.isEmpty()) {
            button.setEnabled(false);
            button.setTooltipText(Texts.t("agreement.documents.mail.generateFirst"));
        } else {
            button.addClickListener(click -> new SendDocumentMailDialog(page, files, label(document)).open());
        }
        return button;
    }

    private Component download(GeneratedDocumentRecord record) {
        Anchor link = new Anchor(DocumentDownloadServlet.link(record.documentId()), record.fileName(), AnchorTarget.BLANK);
        link.setRouterIgnore(true);
        link.getElement().setAttribute("rel", "noopener");
        link.getElement().setAttribute("aria-label", Texts.t("agreement.documents.download", record.fileName()));
        link.addClassName("generated-document-link");
        return link;
    }

    static String label(AvailableDocument document) {
        return label(document.kind(), document.number());
    }

    static String label(DocumentKind kind, int number) {
        return Texts.t("agreement.documents.kind." + kind.name(), String.valueOf(number));
    }
}
