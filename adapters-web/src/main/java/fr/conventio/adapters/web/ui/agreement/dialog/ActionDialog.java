package fr.conventio.adapters.web.ui.agreement.dialog;

import fr.conventio.adapters.web.ui.common.RefusalDetails;
import fr.conventio.adapters.web.ui.common.Confirmations;
import fr.conventio.adapters.web.ui.common.Messages;
import fr.conventio.application.checking.DryRunOutcome;
import fr.conventio.adapters.web.ui.common.DialogKeyboard;
import fr.conventio.adapters.web.ui.common.OneClick;
import fr.conventio.application.reading.AuditEntry;
import fr.conventio.application.shared.ConcurrentUpdateException;
import fr.conventio.application.shared.InvalidCommandException;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.shared.RuleViolationException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.binder.Binder;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The shape of every action of the agreement page: a dialog with a form bound to a form-data object,
 * "Annuler" and the action button. The action validates the form (errors shown on the fields),
 * then runs the use case as a dry run ({@link fr.conventio.application.checking.DryRunUseCase}: the very call of
 * {@link #perform}, which stores nothing) so that every refusal the domain foresees (a date out of order, a cap, an
 * event not yet recorded...) is shown before any confirmation, on the field it names or in the dialog; then asks
 * for a confirmation stating the consequence when the action is irreversible (it may show what the dry run
 * returned, e.g. the settlement to come), then calls its use case through {@link AgreementPage#attempt}. On refusal the dialog stays open with what was typed; when
 * someone else saved the agreement in between, it says so and offers "Recharger", which reloads the
 * page behind the dialog and keeps the input (the next try carries the new version). It also tells who
 * made the latest change to the agreement, when, and what (the last entry of its history).
 *
 * @param <F> the form-data object
 */
abstract class ActionDialog<F> extends Dialog {

    /**
     * A confirmation before an irreversible action: its title, the consequence with figures, the button; a
     * destructive one (termination, cancellation, rejection...) has the focus on "Annuler", the safe choice.
     */
    record Confirmation(String title, String text, String confirmLabel, boolean destructive) {

        Confirmation(String title, String text, String confirmLabel) {
            this(title, text, confirmLabel, false);
        }
    }

    protected final AgreementPage page;
    protected final F form;
    protected final Binder<F> binder = new Binder<>();
    protected final FormLayout fields = new FormLayout();
    private final Div problem = new Div();
    /** Under {@link #problem}: the collapsed « Détails » (rule id, technical reason) of a refusal a rule made. */
    private final Div problemDetails = new Div();
    private final Div stale = new Div();
    private final Paragraph staleText = new Paragraph();
    private final Paragraph staleChange = new Paragraph();
    private final Button submit;
    /** The fields on which a refusal naming them is shown (by the field name the domain uses, e.g. "date de valeur"). */
    private final Map<String, HasValidation> refusalFields = new HashMap<>();
    private boolean submitAllowed = true;

    protected ActionDialog(AgreementPage page, String title, String submitLabel, F form) {
        this.page = page;
        this.form = form;
        setHeaderTitle(title);
        setCloseOnOutsideClick(false);
        setWidth("min(44rem, 95vw)");
        addClassName("action-dialog");

        problem.addClassName("form-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)").set("margin-bottom", "var(--lumo-space-s)");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);

        Button reload = new Button(Texts.t("agreement.action.reload"), click -> {
            page.reload();
            stale.setVisible(false);
            afterReload();
        });
        reload.setId("dialog-reload");
        staleChange.addClassName("stale-change");
        staleChange.setVisible(false);
        stale.add(staleText, staleChange, reload);
        stale.addClassName("stale-warning");
        stale.getStyle().set("background", "var(--lumo-error-color-10pct)").set("color", "var(--lumo-error-text-color)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("border-radius", "var(--lumo-border-radius-m)");
        stale.getElement().setAttribute("role", "alert");
        stale.setVisible(false);

        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        problemDetails.addClassName("form-problem-details");
        problemDetails.setVisible(false);
        add(stale, problem, problemDetails, fields);

        Button cancel = new Button(Texts.t("agreement.action.cancel"), click -> close());
        cancel.setId("dialog-cancel");
        submit = new Button(submitLabel, click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("dialog-submit");
        submit.setDisableOnClick(true); // one click, one call: enabled again once the answer is a refusal
        getFooter().add(cancel, submit);
        DialogKeyboard.install(this, submit);
    }

    /**
     * Binds the form-data object (call at the end of the subclass constructor, once every field is bound):
     * the values the fields were given (default dates...) go into the form first, so that binding keeps them.
     */
    protected void bind() {
        binder.writeBeanAsDraft(form);
        binder.setBean(form);
    }

    /** The action button may be used (e.g. not while something keeps the action from being taken). */
    protected void setSubmitEnabled(boolean enabled) {
        submitAllowed = enabled;
        submit.setEnabled(enabled);
    }

    protected void addField(Component field, int colspan) {
        fields.add(field, colspan);
    }

    /** Shows a refusal of the use case that names one of {@code names} (as the domain names its fields) on {@code field}. */
    protected void showRefusalsOn(HasValidation field, String... names) {
        for (String name : names) {
            refusalFields.put(name, field);
        }
    }

    /**
     * Whether the action is run as a dry run before its confirmation (default yes). {@link #perform} is then called
     * twice, the first time storing nothing: it must do nothing but call its use case and word the outcome.
     */
    protected boolean checkedBeforeConfirming() {
        return true;
    }

    /** A check across fields, after each field is valid: the message to show, or empty. */
    protected Optional<String> crossCheck() {
        return Optional.empty();
    }

    /** The confirmation to ask before an irreversible action, or empty to act at once. */
    protected Optional<Confirmation> confirmation() {
        return Optional.empty();
    }

    /** Calls the use case with the form's values and the version on screen; returns the success message. */
    protected abstract String perform();

    /** Runs once "Recharger" read the agreement again (the input stays): a dialog showing read figures redraws them. */
    protected void afterReload() {
    }

    /** Runs after a success, before the page reloads (e.g. to keep the outcome returned). */
    protected void afterSuccess() {
    }

    /**
     * The action button was used (a click, or Enter in a field): it stays disabled until the answer, a
     * refusal or a cancelled confirmation enabling it again, so that one intention makes one call.
     */
    final void submit() {
        submit.setEnabled(false);
        problem.setVisible(false);
        problemDetails.removeAll();
        problemDetails.setVisible(false);
        if (!binder.validate().isOk()) {
            allowSubmitAgain();
            return;
        }
        Optional<String> crossProblem = crossCheck();
        if (crossProblem.isPresent()) {
            problem.setText(crossProblem.get());
            problem.setVisible(true);
            allowSubmitAgain();
            return;
        }
        if (checkedBeforeConfirming() && refusedByDryRun()) {
            allowSubmitAgain();
            return;
        }
        Optional<Confirmation> confirm = confirmation();
        if (confirm.isPresent()) {
            Confirmation c = confirm.get();
            if (c.destructive()) {
                Confirmations.confirmDestructive(c.title(), c.text(), c.confirmLabel(), Texts.t("agreement.action.cancel"), this::execute,
                        this::allowSubmitAgain);
            } else {
                Confirmations.confirm(c.title(), c.text(), c.confirmLabel(), this::execute, this::allowSubmitAgain);
            }
        } else {
            execute();
        }
    }

    /**
     * Runs {@link #perform} as a dry run; shows the refusal found (on its field, or in the dialog; a concurrent
     * update offers to reload) and says whether there was one. A refusal the page cannot word (unexpected), or a
     * dry run that cannot be made, lets the action go on: the use case itself decides on confirmation.
     */
    private boolean refusedByDryRun() {
        DryRunOutcome<String> outcome;
        try {
            outcome = page.useCases().dryRun().dryRun(this::perform);
        } catch (RuntimeException notChecked) {
            return false;
        }
        Optional<RuntimeException> refusal = outcome.refusalFound();
        if (refusal.isEmpty()) {
            return false;
        }
        Optional<ConcurrentUpdateException> stale = Messages.staleRecord(refusal.get());
        if (stale.isPresent()) {
            showStale(Messages.of(stale.get()));
            return true;
        }
        Optional<String> message = Messages.forStaff(refusal.get());
        if (message.isEmpty()) {
            return false;
        }
        HasValidation field = refusalFields.get(fieldNamed(refusal.get()));
        if (field != null) {
            field.setErrorMessage(message.get());
            field.setInvalid(true);
        } else {
            problem.setText(message.get());
            problem.setVisible(true);
            RefusalDetails.of(refusal.get()).ifPresent(details -> {
                problemDetails.add(details);
                problemDetails.setVisible(true);
            });
        }
        return true;
    }

    /** The field a refusal names (the domain's name for it), or {@code ""} when it names none. */
    private static String fieldNamed(Throwable refusal) {
        for (Throwable t = refusal; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String field = switch (t) {
                case InvalidValueException invalid -> invalid.field();
                case InvalidCommandException invalid -> invalid.field();
                case RuleViolationException violation -> violation.field();
                default -> null;
            };
            if (field != null) {
                return field;
            }
        }
        return "";
    }

    private void execute() {
        String[] success = new String[1];
        Supplier<String> call = this::perform;
        page.attempt(() -> success[0] = call.get(), () -> {
            afterSuccess();
            close();
            page.reload();
            fr.conventio.adapters.web.ui.common.Notifications.success(success[0]);
        }, this::showStale);
        if (isOpened()) {
            allowSubmitAgain();
        }
    }

    private void allowSubmitAgain() {
        OneClick.enableWhenAnswered(submit, submitAllowed);
    }

    private void showStale(String message) {
        staleText.setText(message + " " + Texts.t("agreement.stale.hint"));
        Optional<AuditEntry> latest = page.latestChange();
        latest.ifPresent(entry -> {
            String what = HistoryFormat.changes(entry.aggregateType(), entry.changes());
            staleChange.setText(Texts.t("agreement.stale.lastChange", entry.actor() == null ? HistoryFormat.NONE : entry.actor(),
                    HistoryFormat.when(entry), HistoryFormat.type(entry.aggregateType()), HistoryFormat.action(entry.action()),
                    what.isEmpty() ? HistoryFormat.NONE : what));
        });
        staleChange.setVisible(latest.isPresent());
        stale.setVisible(true);
    }
}
