package fr.conventio.adapters.web.ui.agreement.dialog;

import fr.conventio.application.mail.DocumentMailDraft;
import fr.conventio.application.mail.OutboxMessage;
import fr.conventio.application.mail.GetDocumentMailDraftQuery;
import fr.conventio.application.mail.SendDocumentByMailCommand;
import fr.conventio.application.port.out.GeneratedDocumentRepository.GeneratedDocumentRecord;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.domain.paperwork.DocumentFormat;
import fr.conventio.domain.party.EmailAddress;
import fr.conventio.domain.shared.InvalidValueException;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.util.Comparator;
import java.util.List;

/**
 * « Envoyer par courriel » a generated document (Documents tab): the recipient prefilled from the association's
 * contact e-mail (editable, checked as an address), subject and body prefilled in French, the file attached — one of
 * the files generated for that document, the newest PDF by default. Without an SMTP server the dialog says so and
 * sends nothing. One opening of the dialog, one message: the submission key is drawn when it opens.
 */
public final class SendDocumentMailDialog extends ActionDialog<SendDocumentMailDialog.Form> {

    private final SubmissionKey submission = SubmissionKey.newKey();

    static final class Form {
        GeneratedDocumentRecord file;
        String recipient;
        String subject;
        String body;
    }

    /**
     * @param files the files generated for one document (kind and number), any order; at least one
     * @param label the document's name on screen (« Mise en demeure n° 1 »)
     */
    public SendDocumentMailDialog(AgreementPage page, List<GeneratedDocumentRecord> files, String label) {
        super(page, Texts.t("agreement.documents.mail.title", label), Texts.t("agreement.documents.mail.submit"), new Form());
        List<GeneratedDocumentRecord> choices = files.stream()
                .sorted(Comparator.comparing((GeneratedDocumentRecord r) -> r.format() != DocumentFormat.PDF)
                        .thenComparing(GeneratedDocumentRecord::generatedAt, Comparator.reverseOrder()))
                .toList();
        GeneratedDocumentRecord byDefault = choices.getFirst();
        DocumentMailDraft draft = page.useCases().getDocumentMailDraft().prepare(new GetDocumentMailDraftQuery(page.details().id(), byDefault.id()));

        if (!draft.mailConfigured()) {
            Paragraph off = new Paragraph(Texts.t("agreement.documents.mail.notConfigured"));
            off.setId("mail-not-configured");
            off.getElement().setAttribute("role", "alert");
            addField(off, 2);
            setSubmitEnabled(false);
        }

        TextField recipient = Fields.text(Texts.t("agreement.documents.mail.recipient"), EmailAddress.MAX_LENGTH);
        recipient.setId("mail-recipient");
        recipient.setHelperText(draft.recipient() == null ? Texts.t("agreement.documents.mail.noContact")
                : Texts.t("agreement.documents.mail.fromContact"));
        binder.forField(recipient).asRequired(Texts.t("agreement.field.required", recipient.getLabel()))
                .withValidator(SendDocumentMailDialog::isAddress, Texts.t("agreement.documents.mail.recipient.invalid"))
                .bind(f -> f.recipient, (f, v) -> f.recipient = v);
        showRefusalsOn(recipient, "destinataire");

        TextField subject = Fields.text(Texts.t("agreement.documents.mail.subject"), OutboxMessage.MAX_SUBJECT);
        subject.setId("mail-subject");
        Fields.requiredText(binder, subject, subject.getLabel(), f -> f.subject, (f, v) -> f.subject = v);
        showRefusalsOn(subject, "objet");

        TextArea body = Fields.area(Texts.t("agreement.documents.mail.body"), SendDocumentByMailCommand.MAX_BODY);
        body.setId("mail-body");
        body.setMinHeight("12em");
        Fields.requiredText(binder, body, body.getLabel(), f -> f.body, (f, v) -> f.body = v);
        showRefusalsOn(body, "message");

        Select<GeneratedDocumentRecord> file = new Select<>();
        file.setId("mail-attachment");
        file.setLabel(Texts.t("agreement.documents.mail.attachment"));
        file.setItems(choices);
        file.setItemLabelGenerator(r -> Texts.t("agreement.documents.mail.attachment.item", r.fileName(), r.format().name()));
        binder.forField(file).asRequired(Texts.t("agreement.field.required", file.getLabel())).bind(f -> f.file, (f, v) -> f.file = v);
        showRefusalsOn(file, "pièce jointe", "document");

        addField(recipient, 2);
        addField(subject, 2);
        addField(body, 2);
        addField(file, 2);
        recipient.setValue(draft.recipient() == null ? "" : draft.recipient());
        subject.setValue(draft.subject());
        body.setValue(draft.body());
        file.setValue(byDefault);
        bind();
    }

    private static boolean isAddress(String value) {
        try {
            new EmailAddress(value == null ? null : value.strip());
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    /** Sending queues a message: no dry run (it would claim nothing anyway), no confirmation beyond this dialog. */
    @Override
    protected boolean checkedBeforeConfirming() {
        return false;
    }

    @Override
    protected String perform() {
        page.useCases().sendDocumentByMail().send(new SendDocumentByMailCommand(submission, page.details().id(), form.file.id(),
                form.recipient, form.subject, form.body));
        return Texts.t("agreement.documents.mail.done", form.file.fileName(), form.recipient.strip());
    }
}
