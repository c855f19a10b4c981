package fr.conventio.adapters.web.ui.agreement.dialog;

import fr.conventio.adapters.web.ui.common.Uploads;
import fr.conventio.domain.shared.FileNames;
import fr.conventio.application.document.StoreDocumentCommand;
import fr.conventio.application.document.StoreDocumentUseCase;
import fr.conventio.application.obligation.ReceiveEvidenceCommand;
import fr.conventio.application.port.out.DocumentRef;
import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.domain.obligation.ObligationId;
import fr.conventio.domain.obligation.ObligationType;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.server.streams.UploadMetadata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Receives a piece of evidence for an obligation: the file is streamed into memory by a
 * {@link BoundedUploadHandler} (the size limit of {@link StoreDocumentUseCase#MAX_SIZE} checked while it
 * is read, the rest never read), checked and kept by {@link StoreDocumentUseCase} (size, type: the server
 * decides), then recorded on the obligation with its date of receipt (and, for the annual accounts, the general
 * assembly's approval date when known: O5). The file's name is shown as uploaded,
 * its invisible characters written out ({@link FileNames#display}). A file stored but not recorded (the
 * dialog cancelled) is purged later by the storage.
 */
public final class EvidenceUploadDialog extends ActionDialog<EvidenceUploadDialog.Form> {

    static final class Form {
        DocumentRef document;
        LocalDate receivedOn;
        /** O5: with the annual accounts, when the general assembly approved them; optional. */
        LocalDate accountsApprovedOn;
    }

    private final ObligationId obligationId;
    private final Upload upload = new Upload();
    private final Span received = new Span();

    public EvidenceUploadDialog(AgreementPage page, AgreementDetails.ObligationLine obligation) {
        super(page, Texts.t("agreement.evidence.title"), Texts.t("agreement.evidence.submit"), new Form());
        this.obligationId = obligation.id();
        addField(new Paragraph(obligation.label()), 2);

        upload.setId("evidence-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(StoreDocumentUseCase.MAX_SIZE);
        upload.setAcceptedFileTypes(StoreDocumentUseCase.ACCEPTED_EXTENSIONS.toArray(String[]::new));
        upload.setI18n(Uploads.french(Texts.t("agreement.upload.drop"), Texts.t("agreement.upload.add"), Texts.t("agreement.upload.tooBig"),
                Texts.t("agreement.upload.wrongType"), Texts.t("agreement.upload.tooMany")));
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setUploadHandler(new BoundedUploadHandler(StoreDocumentUseCase.MAX_SIZE,
                Texts.t("agreement.evidence.tooBig", BoundedUploadHandler.NAME, String.valueOf(StoreDocumentUseCase.MAX_SIZE / (1024 * 1024))),
                new BoundedUploadHandler.Receiver() {
                    @Override
                    public void received(UploadMetadata metadata, byte[] content) {
                        Uploads.inSession(EvidenceUploadDialog.this, () -> store(metadata, content));
                    }

                    @Override
                    public void tooLarge(String fileName, String message) {
                        Uploads.inSession(EvidenceUploadDialog.this, () -> refused(message));
                    }
                }));
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
        if (obligation.type() == ObligationType.ANNUAL_ACCOUNTS) {
            // O5: the Journal officiel deadline counts from this date; the use case refuses one before the year end
            DatePicker approval = Fields.date(Texts.t("agreement.evidence.accountsApproval"), null);
            approval.setId("evidence-accounts-approval");
            approval.setHelperText(Texts.t("agreement.evidence.accountsApprovalHelp"));
            Fields.optionalPastDate(binder, approval, page.today(), f -> f.accountsApprovedOn, (f, v) -> f.accountsApprovedOn = v);
            addField(approval, 1);
        }
        bind();
    }

    private void refused(String message) {
        form.document = null;
        received.setText(message);
        upload.clearFileList();
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
            received.setText(Texts.t("agreement.evidence.received", FileNames.display(stored[0].originalName()), kilobytes(stored[0].size())));
        } else {
            refused(Texts.t("agreement.evidence.refused", FileNames.display(metadata.fileName())));
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
        page.useCases().receiveEvidence().receive(new ReceiveEvidenceCommand(obligationId, obligation.version(), form.document.id(), form.receivedOn,
                form.accountsApprovedOn));
        return Texts.t("agreement.evidence.done", FileNames.display(form.document.originalName()), obligation.label());
    }

}
