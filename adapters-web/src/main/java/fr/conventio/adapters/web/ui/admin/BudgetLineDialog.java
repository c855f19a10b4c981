package fr.conventio.adapters.web.ui.admin;

import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.adapters.web.ui.common.AmountField;
import fr.conventio.adapters.web.ui.common.DialogKeyboard;
import fr.conventio.adapters.web.ui.common.OneClick;
import fr.conventio.adapters.web.ui.common.DomainConverters;
import fr.conventio.adapters.web.ui.common.Notifications;
import fr.conventio.application.funder.DefineBudgetLineCommand;
import fr.conventio.application.funder.DefineBudgetLineUseCase;
import fr.conventio.application.funder.FunderSettings.BudgetLineSettings;
import fr.conventio.application.funder.FunderSettings.YearFigures;
import fr.conventio.application.shared.InvalidCommandException;
import fr.conventio.domain.party.BudgetLine;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.DomainException;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.adapters.web.ui.common.TextInputs;
import fr.conventio.domain.shared.TextLimits;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;

import java.util.function.Function;

/**
 * The dialogs on budget lines (B3, B4): create a line (code, label, optionally a year's envelope and
 * the adoption of its budget), rename a line, set a year's envelope. The domain refuses an envelope
 * below what is already committed (B4): the message shows on the envelope field and the dialog stays
 * open with the amount typed. Updates carry the line's version.
 */
public class BudgetLineDialog extends Dialog {

    enum Mode { CREATE, RENAME, ENVELOPE }

    final TextField code = new TextField();
    final TextField label = new TextField();
    final IntegerField year = new IntegerField();
    final AmountField envelope = new AmountField("");
    final Checkbox adopted = new Checkbox();
    final Button save = new Button();
    final Button cancel = new Button();

    private final Binder<BudgetLineFormData> binder = new Binder<>();
    private final BudgetLineFormData data = new BudgetLineFormData();

    private BudgetLineDialog(Mode mode, String title, Function<BudgetLineFormData, DefineBudgetLineCommand> command,
                             DefineBudgetLineUseCase defineBudgetLine, Runnable onSaved) {
        setHeaderTitle(title);
        setModal(true);
        setCloseOnOutsideClick(false);
        setWidth("min(40rem, 100%)");
        code.setId("budget-line-code");
        code.setLabel(getTranslation("admin.line.code"));
        label.setId("budget-line-label");
        label.setLabel(getTranslation("admin.line.label"));
        year.setId("budget-line-year");
        year.setLabel(getTranslation("admin.line.year"));
        year.setStepButtonsVisible(true);
        envelope.setId("budget-line-envelope");
        envelope.setLabel(getTranslation("admin.line.envelope"));
        envelope.setHelperText(getTranslation("admin.line.envelope.help"));
        TextInputs.limit(code, TextLimits.CODE);
        TextInputs.limit(label, TextLimits.LABEL);
        TextInputs.limit(envelope, 20);
        adopted.setId("budget-line-adopted");
        adopted.setLabel(getTranslation("admin.line.adoptedField"));

        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28em", 2));
        if (mode != Mode.ENVELOPE) {
            binder.forField(code).asRequired(required("admin.line.code")).bind(BudgetLineFormData::getCode, BudgetLineFormData::setCode);
            binder.forField(label).asRequired(required("admin.line.label"))
                    .bind(BudgetLineFormData::getLabel, BudgetLineFormData::setLabel);
            form.add(code, label);
        }
        if (mode != Mode.RENAME) {
            var yearBinding = binder.forField(year);
            if (mode == Mode.ENVELOPE) {
                yearBinding.asRequired(required("admin.line.year"));
            }
            yearBinding.bind(BudgetLineFormData::getYear, BudgetLineFormData::setYear);
            var envelopeBinding = binder.forField(envelope);
            if (mode == Mode.ENVELOPE) {
                envelopeBinding = envelopeBinding.asRequired(required("admin.line.envelope"));
            }
            envelopeBinding.withConverter(envelope.converter())
                    .bind(BudgetLineFormData::getEnvelope, BudgetLineFormData::setEnvelope);
            form.add(year, envelope);
        }
        if (mode == Mode.CREATE) {
            binder.forField(adopted).bind(BudgetLineFormData::isAdopted, BudgetLineFormData::setAdopted);
            form.add(adopted, 2);
        }
        add(form);

        save.setText(getTranslation("admin.line.save"));
        save.setId("budget-line-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save(command, defineBudgetLine, onSaved));
        OneClick.guard(save, this::isOpened);
        cancel.setText(getTranslation("admin.dialog.cancel"));
        cancel.addClickListener(click -> close());
        getFooter().add(cancel, save);
        DialogKeyboard.install(this, save);
    }

    private String required(String labelKey) {
        return getTranslation("admin.field.required", getTranslation(labelKey));
    }

    /** A new line; the year and envelope are optional, the adoption needs a year. */
    static BudgetLineDialog create(DefineBudgetLineUseCase defineBudgetLine, int defaultYear, Runnable onSaved) {
        BudgetLineDialog dialog = new BudgetLineDialog(Mode.CREATE, "", d -> DefineBudgetLineCommand.create(d.getCode(), d.getLabel(),
                d.getYear() == null ? null : BudgetYear.of(d.getYear()), d.getEnvelope(), d.isAdopted()), defineBudgetLine, onSaved);
        dialog.setHeaderTitle(dialog.getTranslation("admin.line.create.title"));
        dialog.data.setYear(defaultYear);
        dialog.binder.readBean(dialog.data);
        return dialog;
    }

    static BudgetLineDialog rename(DefineBudgetLineUseCase defineBudgetLine, BudgetLineSettings line, Runnable onSaved) {
        BudgetLineDialog dialog = new BudgetLineDialog(Mode.RENAME, "", d -> new DefineBudgetLineCommand(line.id(), line.version(),
                d.getCode(), d.getLabel(), null, null, false), defineBudgetLine, onSaved);
        dialog.setHeaderTitle(dialog.getTranslation("admin.line.rename.title", line.code()));
        dialog.data.setCode(line.code());
        dialog.data.setLabel(line.label());
        dialog.binder.readBean(dialog.data);
        return dialog;
    }

    /** Sets the envelope of a year; shows what is committed that year (the floor of B4). */
    static BudgetLineDialog envelope(DefineBudgetLineUseCase defineBudgetLine, BudgetLineSettings line, int year, Runnable onSaved) {
        BudgetLineDialog dialog = new BudgetLineDialog(Mode.ENVELOPE, "", d -> new DefineBudgetLineCommand(line.id(), line.version(),
                line.code(), line.label(), BudgetYear.of(d.getYear()), d.getEnvelope(), false), defineBudgetLine, onSaved);
        dialog.setHeaderTitle(dialog.getTranslation("admin.line.envelope.title", line.code(), line.label()));
        dialog.data.setYear(year);
        line.years().stream().filter(f -> f.year().value() == year).findFirst().map(YearFigures::envelope)
                .ifPresent(dialog.data::setEnvelope);
        line.years().stream().filter(f -> f.year().value() == year).findFirst().ifPresent(f ->
                dialog.addComponentAsFirst(new Paragraph(dialog.getTranslation("admin.line.envelope.committed", String.valueOf(year),
                        Formats.amount(f.committed())))));
        dialog.binder.readBean(dialog.data);
        return dialog;
    }

    private void save(Function<BudgetLineFormData, DefineBudgetLineCommand> command, DefineBudgetLineUseCase defineBudgetLine,
                      Runnable onSaved) {
        if (!binder.writeBeanIfValid(data)) {
            return;
        }
        Notifications.attemptWithReload(() -> {
            try {
                defineBudgetLine.define(command.apply(data));
            } catch (DomainException refusal) {
                if (BudgetLine.RULE.equals(refusal.ruleId())) {
                    envelope.setErrorMessage(refusal.getMessage());
                    envelope.setInvalid(true);
                } else if (refusal instanceof InvalidValueException badValue && "exercice".equals(badValue.field())
                        || refusal instanceof InvalidCommandException badCommand && "exercice".equals(badCommand.field())) {
                    year.setErrorMessage(DomainConverters.message(year.getLabel(), refusal));
                    year.setInvalid(true);
                }
                throw refusal;
            }
        }, () -> {
            close();
            Notifications.success(getTranslation("admin.line.saved"));
            onSaved.run();
        }, () -> {
            close();
            onSaved.run();
        });
    }
}
