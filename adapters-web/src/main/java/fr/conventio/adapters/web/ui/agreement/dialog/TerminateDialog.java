package fr.conventio.adapters.web.ui.agreement.dialog;

import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.application.termination.TerminateAgreementCommand;
import fr.conventio.application.termination.TerminateAgreementResult;
import fr.conventio.domain.termination.Party;
import fr.conventio.domain.termination.RestitutionMode;
import fr.conventio.domain.termination.TerminationGround;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Terminates the agreement (T1, T2) with the restitution demanded (T3): ground, party, effective date,
 * restitution (none, full, pro rata temporis) and whether to issue the recovery order at once. The
 * outcome returned (kept, to restitute) is shown in the Contrôle tab.
 */
public final class TerminateDialog extends ActionDialog<TerminateDialog.Form> {

    static final class Form {
        TerminationGround ground;
        Party initiatedBy;
        LocalDate effectiveDate;
        RestitutionMode restitution;
        boolean issueRecoveryOrder;
    }

    private TerminateAgreementResult result;

    public TerminateDialog(AgreementPage page) {
        super(page, Texts.t("agreement.terminate.title"), Texts.t("agreement.terminate.submit"), new Form());
        Select<TerminationGround> ground = new Select<>();
        ground.setLabel(Texts.t("agreement.terminate.ground"));
        ground.setItems(TerminationGround.values());
        ground.setItemLabelGenerator(g -> Texts.t("agreement.terminate.ground." + g.name()));
        binder.forField(ground).asRequired(Texts.t("agreement.field.required", ground.getLabel())).bind(f -> f.ground, (f, v) -> f.ground = v);
        Select<Party> party = new Select<>();
        party.setLabel(Texts.t("agreement.terminate.party"));
        party.setItems(Party.values());
        party.setItemLabelGenerator(p -> Texts.t("agreement.party." + p.name()));
        binder.forField(party).asRequired(Texts.t("agreement.field.required", party.getLabel())).bind(f -> f.initiatedBy, (f, v) -> f.initiatedBy = v);
        DatePicker date = Fields.date(Texts.t("agreement.terminate.date"), page.today());
        Fields.requiredDate(binder, date, f -> f.effectiveDate, (f, v) -> f.effectiveDate = v);
        RadioButtonGroup<RestitutionMode> restitution = new RadioButtonGroup<>(Texts.t("agreement.terminate.restitution"));
        restitution.setItems(RestitutionMode.values());
        restitution.setItemLabelGenerator(r -> Texts.t("agreement.terminate.restitution." + r.name()));
        binder.forField(restitution).asRequired(Texts.t("agreement.field.required", restitution.getLabel()))
                .bind(f -> f.restitution, (f, v) -> f.restitution = v);
        Checkbox issue = new Checkbox(Texts.t("agreement.terminate.issue"));
        binder.forField(issue).bind(f -> f.issueRecoveryOrder, (f, v) -> f.issueRecoveryOrder = v);
        addField(ground, 2);
        addField(party, 1);
        addField(date, 1);
        addField(restitution, 2);
        addField(issue, 2);
        bind();
        party.setValue(Party.FUNDER);
        restitution.setValue(RestitutionMode.PRO_RATA_TEMPORIS);
        issue.setValue(true);
        // T3: restitution is demanded for a breach; the T2 grounds (dissolution, liquidation, competence) default to none
        ground.addValueChangeListener(change -> restitution.setValue(change.getValue() == TerminationGround.BREACH_AFTER_NOTICE
                ? RestitutionMode.PRO_RATA_TEMPORIS : RestitutionMode.NONE));
    }

    @Override
    protected Optional<Confirmation> confirmation() {
        AgreementDetails d = page.details();
        return Optional.of(new Confirmation(Texts.t("agreement.terminate.confirmTitle"),
                Texts.t("agreement.terminate.confirm", d.reference(), Formats.date(form.effectiveDate),
                        Texts.t("agreement.terminate.ground." + form.ground.name()), Formats.amount(d.subsidyInForce()),
                        Formats.amount(d.totalPaid()), Texts.t("agreement.terminate.restitution." + form.restitution.name())),
                Texts.t("agreement.terminate.submit"), true));
    }

    @Override
    protected String perform() {
        result = page.useCases().terminate().terminate(new TerminateAgreementCommand(page.details().id(), page.details().version(),
                form.ground, form.initiatedBy, form.effectiveDate, form.restitution, form.issueRecoveryOrder));
        String done = Texts.t("agreement.terminate.done", Formats.amount(result.outcome().amountKept()),
                Formats.amount(result.outcome().amountToRestitute()));
        return result.optionalRecoveryOrderNumber().map(n -> done + " " + Texts.t("agreement.terminate.orderIssued", n.toString()))
                .orElse(done);
    }

    @Override
    protected void afterSuccess() {
        page.rememberTermination(result);
    }
}
