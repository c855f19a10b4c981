package fr.conventio.adapters.web.ui.agreement.dialog;

import fr.conventio.application.document.StoreDocumentCommand;
import fr.conventio.application.document.StoreDocumentUseCase;
import fr.conventio.application.obligation.ReceiveEvidenceCommand;
import fr.conventio.application.port.out.DocumentRef;
import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.domain.obligation.ObligationId;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Receives a piece of evidence for an obligation: the file is uploaded into memory, checked and kept by
 * {@link StoreDocumentUseCase} (size, type: the server decides), then recorded on the obligation with
 * its date of receipt.
 */
public final class EvidenceUploadDialog extends ActionDialog<EvidenceUploadDialog.Form> {

    static final class Form {
        DocumentRef document;
        LocalDate receivedOn;
    }

    private final ObligationId obligationId;
    private final Upload upload = new Upload();
    private final Span received = new Span();

    public EvidenceUploadDialog(AgreementPage page, AgreementDetails.ObligationLine obligation) {
        super(page, Texts.t("agreement.evidence.title"), Texts.t("agreement.evidence.submit"), new Form());
        this.obligationId = obligation.id();
        addField(new Paragraph(obligation.label() + " (" + obligation.ruleId() + ")"), 2);

        upload.setId("evidence-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(StoreDocumentUseCase.MAX_SIZE);
        upload.setAcceptedFileTypes(StoreDocumentUseCase.ACCEPTED_EXTENSIONS.toArray(String[]::new));
        upload.setI18n(frenchUpload());
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> onUploaded(metadata, bytes)));
        upload.getElement().setAttribute("aria-label", Texts.t("agreement.evidence.file"));
        Span label = new Span(Texts.t("agreement.evidence.file"));
        Span hint = new Span(Texts.t("agreement.evidence.fileHelp"));
        hint.addClassName("field-hint");
        received.setId("evidence-received");
        received.getElement().setAttribute("aria-live", "polite");
        addField(label, 2);
        addField(upload, 2);
        addField(hint, 2);
        addField(received, 2);

        DatePicker date = Fields.date(Texts.t("agreement.evidence.date"), page.today());
        Fields.requiredDate(binder, date, f -> f.receivedOn, (f, v) -> f.receivedOn = v);
        addField(date, 1);
        bind();
    }

    /** The upload handler's callback: run with the session lock (the handler itself runs without it). */
    private void onUploaded(UploadMetadata metadata, byte[] bytes) {
        UI ui = getUI().orElse(UI.getCurrent());
        VaadinSession session = ui == null ? null : ui.getSession();
        if (session == null || session.hasLock()) {
            store(metadata, bytes);
        } else {
            ui.access(() -> store(metadata, bytes));
        }
    }

    void store(UploadMetadata metadata, byte[] bytes) {
        String type = metadata.contentType() == null ? "application/octet-stream" : metadata.contentType();
        DocumentRef[] stored = new DocumentRef[1];
        boolean ok = page.attempt(() -> stored[0] = page.useCases().storeDocument().store(new StoreDocumentCommand(metadata.fileName(),
                type, bytes)), () -> {
        }, message -> {
        });
        if (ok) {
            form.document = stored[0];
            received.setText(Texts.t("agreement.evidence.received", stored[0].fileName(), kilobytes(stored[0].size())));
        } else {
            form.document = null;
            received.setText(Texts.t("agreement.evidence.refused", metadata.fileName()));
            upload.clearFileList();
        }
    }

    private static String kilobytes(long size) {
        return BigDecimal.valueOf(size).divide(BigDecimal.valueOf(1024), 1, RoundingMode.UP).toPlainString().replace('.', ',');
    }

    @Override
    protected Optional<String> crossCheck() {
        return form.document == null ? Optional.of(Texts.t("agreement.evidence.missing")) : Optional.empty();
    }

    @Override
    protected String perform() {
        AgreementDetails.ObligationLine obligation = page.obligation(obligationId);
        page.useCases().receiveEvidence().receive(new ReceiveEvidenceCommand(obligationId, obligation.version(), form.document.id(),
                form.document.fileName(), form.receivedOn));
        return Texts.t("agreement.evidence.done", form.document.fileName(), obligation.label());
    }

    private static UploadI18N frenchUpload() {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(Texts.t("agreement.upload.drop")).setMany(Texts.t("agreement.upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(Texts.t("agreement.upload.add")).setMany(Texts.t("agreement.upload.add")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(Texts.t("agreement.upload.tooBig"))
                .setIncorrectFileType(Texts.t("agreement.upload.wrongType")).setTooManyFiles(Texts.t("agreement.upload.tooMany")));
        return i18n;
    }
}
