package fr.conventio.adapters.web.ui.agreement.dialog;

import fr.conventio.adapters.web.ui.common.Confirmations;
import fr.conventio.adapters.web.ui.common.DialogKeyboard;
import fr.conventio.adapters.web.ui.common.OneClick;
import fr.conventio.application.reading.AuditEntry;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.binder.Binder;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The shape of every action of the agreement page: a dialog with a form bound to a form-data object,
 * "Annuler" and the action button. The action validates the form (errors shown on the fields),
 * asks for a confirmation stating the consequence when the action is irreversible, then calls its use
 * case through {@link AgreementPage#attempt}. On refusal the dialog stays open with what was typed; when
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
    private final Div stale = new Div();
    private final Paragraph staleText = new Paragraph();
    private final Paragraph staleChange = new Paragraph();
    private final Button submit;
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
        add(stale, problem, fields);

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
