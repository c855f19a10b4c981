package fr.conventio.adapters.web.ui.agreement.dialog;

import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.application.obligation.AcceptEvidenceCommand;
import fr.conventio.application.obligation.RejectEvidenceCommand;
import fr.conventio.application.obligation.WaiveObligationCommand;
import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.domain.obligation.ObligationId;
import fr.conventio.domain.shared.TextLimits;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The decisions on an obligation: accept the evidence received, reject it (reason required, told to the
 * association), or waive the obligation (O11: an explicit decision recorded with who, when and why).
 * Rejecting and waiving are confirmed first.
 */
public final class EvidenceReviewDialog extends ActionDialog<EvidenceReviewDialog.Form> {

    public enum Decision { ACCEPT, REJECT, WAIVE }

    static final class Form {
        String reason;
        LocalDate date;
    }

    private final Decision decision;
    private final ObligationId obligationId;
    private final String label;

    public EvidenceReviewDialog(AgreementPage page, AgreementDetails.ObligationLine obligation, Decision decision) {
        super(page, Texts.t("agreement.review." + decision.name() + ".title"), Texts.t("agreement.review." + decision.name() + ".submit"),
                new Form());
        this.decision = decision;
        this.obligationId = obligation.id();
        this.label = obligation.label();
        addField(new Paragraph(label), 2);
        if (decision != Decision.ACCEPT) {
            TextArea reason = Fields.area(Texts.t("agreement.review." + decision.name() + ".reason"), TextLimits.REASON);
            reason.setId("review-reason");
            Fields.requiredText(binder, reason, reason.getLabel(), f -> f.reason, (f, v) -> f.reason = v);
            addField(reason, 2);
        }
        DatePicker date = Fields.date(Texts.t("agreement.review." + decision.name() + ".date"), page.today());
        Fields.requiredDate(binder, date, f -> f.date, (f, v) -> f.date = v);
        addField(date, 1);
        if (decision == Decision.WAIVE) {
            addField(new Paragraph(Texts.t("agreement.review.WAIVE.explain", page.staff().name())), 2);
        }
        bind();
    }

    @Override
    protected Optional<Confirmation> confirmation() {
        return switch (decision) {
            case ACCEPT -> Optional.empty();
            case REJECT -> Optional.of(new Confirmation(Texts.t("agreement.review.REJECT.confirmTitle"),
                    Texts.t("agreement.review.REJECT.confirm", label, form.reason.strip()), Texts.t("agreement.review.REJECT.submit"), true));
            case WAIVE -> Optional.of(new Confirmation(Texts.t("agreement.review.WAIVE.confirmTitle"),
                    Texts.t("agreement.review.WAIVE.confirm", label, page.staff().name(), Formats.date(form.date), form.reason.strip()),
                    Texts.t("agreement.review.WAIVE.submit"), true));
        };
    }

    @Override
    protected String perform() {
        long version = page.obligation(obligationId).version();
        switch (decision) {
            case ACCEPT -> page.useCases().acceptEvidence().accept(new AcceptEvidenceCommand(obligationId, version, form.date));
            case REJECT -> page.useCases().rejectEvidence().reject(new RejectEvidenceCommand(obligationId, version, form.reason, form.date));
            case WAIVE -> page.useCases().waiveObligation().waive(new WaiveObligationCommand(obligationId, version, form.reason, form.date));
        }
        return Texts.t("agreement.review." + decision.name() + ".done", label);
    }
}
