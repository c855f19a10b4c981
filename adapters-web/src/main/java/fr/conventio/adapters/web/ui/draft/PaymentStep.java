package fr.conventio.adapters.web.ui.draft;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import fr.conventio.adapters.web.ui.common.AmountField;
import fr.conventio.domain.settlement.KeepUnspentClause;
import com.vaadin.flow.data.binder.Binder;
import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.adapters.web.ui.common.Messages;
import fr.conventio.adapters.web.ui.common.RateField;
import fr.conventio.adapters.web.ui.common.FrenchDatePickers;
import fr.conventio.adapters.web.ui.draft.DraftFormData.DateData;
import fr.conventio.adapters.web.ui.draft.DraftFormData.InstalmentData;
import fr.conventio.domain.agreement.InstalmentCondition;
import fr.conventio.domain.agreement.InstalmentSchedule;
import fr.conventio.domain.obligation.ObligationType;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import fr.conventio.domain.agreement.PaymentTerms;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.DomainException;
import fr.conventio.domain.shared.Rate;

import java.util.Optional;

/**
 * Step 5: how the subsidy is paid: « Avance et solde » or « Versements échelonnés » (V5: a table of 2 to 12 instalments,
 * each an amount and a condition — the signature, a document accepted, a date — the last one the balance, with what is
 * left to spread over them shown live and refused, naming the field, unless they add up to the subsidy to the cent).
 * Advance and balance: the advance rate (80 % by default) with the advance cap shown live
 * (as the domain's {@code PaymentTerms.advanceCap} computes it, rounded down), optional payment dates, whether payment waits
 * for an event, and the date the award was notified; then the keep-unspent clause (A4: none, a rate of the subsidy or
 * an amount) with the most the association may keep shown live.
 */
final class PaymentStep extends WizardStep {

    static final int MAX_DATES = 12;

    final RadioButtonGroup<PaymentTerms.Mode> mode = new RadioButtonGroup<>();
    final EditableRows<InstalmentData> instalments;
    final Span leftToSpread = new Span();
    final RateField advanceRate;
    final Span advanceCap = new Span();
    final Checkbox paymentOnEvent = new Checkbox();
    final EditableRows<DateData> paymentDates;
    final DatePicker awardNotifiedOn;
    final RadioButtonGroup<KeepUnspentClause.Kind> keepUnspentKind = new RadioButtonGroup<>();
    final RateField keepUnspentRate;
    final AmountField keepUnspentAmount;
    final Span keepUnspentLimit = new Span();
    private final VerticalLayout advanceAndBalance = new VerticalLayout();
    private final VerticalLayout schedule = new VerticalLayout();

    PaymentStep(DraftFormData data, Runnable onChange) {
        super(data, onChange);
        heading();
        mode.setLabel(getTranslation("draft.payment.mode"));
        mode.setId("draft-payment-mode");
        mode.setItems(PaymentTerms.Mode.values());
        mode.setItemLabelGenerator(m -> getTranslation("draft.payment.mode." + m.name()));
        binder.forField(mode).bind(DraftFormData::getPaymentMode, DraftFormData::setPaymentMode);
        mode.addValueChangeListener(event -> {
            if (event.getValue() == PaymentTerms.Mode.INSTALMENTS) {
                startSchedule();
            }
        });
        instalments = new EditableRows<>(data.instalments(), InstalmentData::new, InstalmentEditor::new,
                getTranslation("draft.instalments.add"), n -> getTranslation("draft.instalments.rowName", n), true,
                InstalmentSchedule.MAX, onChange);
        instalments.setId("draft-instalments");
        leftToSpread.setId("draft-instalments-left");
        leftToSpread.getElement().setAttribute("aria-live", "polite");
        advanceRate = new RateField(getTranslation("draft.payment.advanceRate"));
        advanceRate.setId("draft-advance-rate");
        advanceRate.setHelperText(getTranslation("draft.payment.advanceRate.help"));
        binder.forField(advanceRate).asRequired(required("draft.payment.advanceRate"))
                .withConverter(advanceRate.converter())
                .withValidator(rate -> !rate.equals(Rate.ZERO), getTranslation("draft.payment.advanceRate.zero"))
                .bind(DraftFormData::getAdvanceRate, DraftFormData::setAdvanceRate);
        advanceCap.setId("draft-advance-cap");

        paymentOnEvent.setLabel(getTranslation("draft.payment.onEvent"));
        paymentOnEvent.setId("draft-payment-on-event");
        binder.forField(paymentOnEvent).bind(DraftFormData::isPaymentOnEvent, DraftFormData::setPaymentOnEvent);

        paymentDates = new EditableRows<>(data.paymentDates(), DateData::new, DateEditor::new, getTranslation("draft.payment.addDate"),
                n -> getTranslation("draft.payment.dateName", n), false, MAX_DATES, onChange);
        paymentDates.setId("draft-payment-dates");

        awardNotifiedOn = FrenchDatePickers.picker(getTranslation("draft.payment.awardNotifiedOn"));
        awardNotifiedOn.setId("draft-award-notified-on");
        awardNotifiedOn.setWidth("22em"); // the label is cut at the default width
        awardNotifiedOn.setHelperText(getTranslation("draft.payment.awardNotifiedOn.help"));
        binder.forField(awardNotifiedOn).bind(DraftFormData::getAwardNotifiedOn, DraftFormData::setAwardNotifiedOn);

        keepUnspentKind.setLabel(getTranslation("draft.keepUnspent.kind"));
        keepUnspentKind.setId("draft-keep-unspent-kind");
        keepUnspentKind.setItems(KeepUnspentClause.Kind.values());
        keepUnspentKind.setItemLabelGenerator(kind -> getTranslation("draft.keepUnspent.kind." + kind.name()));
        keepUnspentKind.setHelperText(getTranslation("draft.keepUnspent.help"));
        binder.forField(keepUnspentKind).bind(DraftFormData::getKeepUnspentKind, DraftFormData::setKeepUnspentKind);
        keepUnspentRate = new RateField(getTranslation("draft.keepUnspent.rate"));
        keepUnspentRate.setId("draft-keep-unspent-rate");
        keepUnspentRate.setWidth("22em"); // the label is cut at the default width
        binder.forField(keepUnspentRate).withConverter(keepUnspentRate.converter())
                .withValidator(rate -> data.getKeepUnspentKind() != KeepUnspentClause.Kind.RATE || rate != null,
                        getTranslation("draft.error.required", getTranslation("draft.keepUnspent.rate")))
                .withValidator(rate -> rate == null || !rate.equals(Rate.ZERO), getTranslation("draft.keepUnspent.rate.zero"))
                .bind(DraftFormData::getKeepUnspentRate, DraftFormData::setKeepUnspentRate);
        keepUnspentAmount = amountField("draft.keepUnspent.amount");
        keepUnspentAmount.setId("draft-keep-unspent-amount");
        keepUnspentAmount.setWidth("22em");
        binder.forField(keepUnspentAmount).withConverter(keepUnspentAmount.converter())
                .withValidator(amount -> data.getKeepUnspentKind() != KeepUnspentClause.Kind.AMOUNT || amount != null,
                        getTranslation("draft.error.required", getTranslation("draft.keepUnspent.amount")))
                .withValidator(amount -> amount == null || !amount.isZero(), getTranslation("draft.keepUnspent.amount.zero"))
                .bind(DraftFormData::getKeepUnspentAmount, DraftFormData::setKeepUnspentAmount);
        keepUnspentLimit.setId("draft-keep-unspent-limit");

        advanceAndBalance.add(advanceRate, advanceCap, paymentOnEvent, new H4(getTranslation("draft.payment.dates")), paymentDates);
        advanceAndBalance.setPadding(false);
        schedule.add(new H4(getTranslation("draft.instalments.title")), instalments, leftToSpread);
        schedule.setPadding(false);
        getContent().add(mode, advanceAndBalance, schedule, awardNotifiedOn, new H4(getTranslation("draft.keepUnspent.title")), keepUnspentKind, keepUnspentRate, keepUnspentAmount,
                keepUnspentLimit);
        start();
        refresh();
    }

    @Override
    String titleKey() {
        return "draft.step.payment";
    }

    @Override
    boolean validate() {
        boolean ok = super.validate();
        if (!data.paidByInstalments()) {
            return ok & paymentDates.validate();
        }
        ok &= instalments.validate();
        Optional<String> problem = scheduleProblem();
        problem.ifPresent(message -> {
            leftToSpread.setText(message);
            leftToSpread.addClassName("draft-error-text");
            leftToSpread.getElement().setAttribute("role", "alert");
        });
        return ok && problem.isEmpty();
    }

    /** Switching to instalments with fewer than two rows gives the two a schedule has at least. */
    private void startSchedule() {
        while (data.paidByInstalments() && instalments.size() < InstalmentSchedule.MIN) {
            instalments.add();
        }
    }

    /**
     * V5, as the domain says it: the schedule typed refused (fewer than two instalments, dates out of order...) or not
     * adding up to the subsidy to the cent; empty when it may be saved. Rows with a missing value are left to their field.
     */
    private Optional<String> scheduleProblem() {
        Amount voted = data.getSubsidy();
        Amount total = data.instalmentsTotal();
        if (voted != null && !total.equals(voted)) {
            return Optional.of(getTranslation("draft.instalments.error.total", Formats.amount(total), Formats.amount(voted),
                    total.isLessThan(voted) ? getTranslation("draft.instalments.missing", Formats.amount(voted.minus(total)))
                            : getTranslation("draft.instalments.tooMuch", Formats.amount(total.minus(voted)))));
        }
        try {
            data.instalmentSchedule();
            return Optional.empty();
        } catch (DomainException refused) {
            return Optional.of(Messages.of(refused));
        }
    }

    @Override
    void refresh() {
        boolean byInstalments = data.paidByInstalments();
        advanceAndBalance.setVisible(!byInstalments);
        schedule.setVisible(byInstalments);
        for (int i = 0; i < instalments.size(); i++) {
            ((InstalmentEditor) instalments.editor(i)).showAsBalance(i == instalments.size() - 1);
        }
        refreshLeftToSpread();
        Amount voted = data.getSubsidy();
        Rate rate = data.getAdvanceRate();
        advanceCap.setText(voted == null || rate == null ? "" : advanceCap(voted, rate)
                .map(cap -> getTranslation("draft.payment.advanceCap", Formats.amount(cap), Formats.rate(rate))).orElse(""));
        KeepUnspentClause.Kind kind = data.getKeepUnspentKind() == null ? KeepUnspentClause.Kind.NONE : data.getKeepUnspentKind();
        keepUnspentRate.setVisible(kind == KeepUnspentClause.Kind.RATE);
        keepUnspentAmount.setVisible(kind == KeepUnspentClause.Kind.AMOUNT);
        keepUnspentLimit.setText(kind == KeepUnspentClause.Kind.NONE || voted == null ? getTranslation("draft.keepUnspent.none")
                : keepUnspentLimit(voted).map(limit -> getTranslation("draft.keepUnspent.limit", Formats.amount(limit))).orElse(""));
    }

    /** "Reste à répartir : 1 234,00 €" over the instalments, or that they add up to the subsidy. */
    private void refreshLeftToSpread() {
        Amount voted = data.getSubsidy();
        Amount total = data.instalmentsTotal();
        leftToSpread.removeClassName("draft-error-text");
        leftToSpread.getElement().removeAttribute("role");
        if (voted == null) {
            leftToSpread.setText(getTranslation("draft.instalments.noSubsidy"));
        } else if (total.equals(voted)) {
            leftToSpread.setText(getTranslation("draft.instalments.complete"));
        } else {
            leftToSpread.addClassName("draft-error-text");
            leftToSpread.setText(total.isLessThan(voted)
                    ? getTranslation("draft.instalments.left", Formats.amount(voted.minus(total)))
                    : getTranslation("draft.instalments.over", Formats.amount(total.minus(voted))));
        }
    }

    /** A4: the most the association may keep, as the domain computes it (a rate's limit rounded down), or empty while incomplete. */
    private Optional<Amount> keepUnspentLimit(Amount voted) {
        try {
            return Optional.of(data.keepUnspentClause().limit(voted));
        } catch (DomainException incomplete) {
            return Optional.empty();
        }
    }

    /** The V1 cap as the domain computes it (rounded down), or empty while the rate typed is not one the terms accept. */
    private static Optional<Amount> advanceCap(Amount voted, Rate rate) {
        try {
            return Optional.of(PaymentTerms.standard().withAdvanceRate(rate).advanceCap(voted));
        } catch (DomainException notARate) {
            return Optional.empty();
        }
    }

    /** One payment date. */
    final class DateEditor implements EditableRows.RowEditor {

        private final Binder<DateData> rowBinder = new Binder<>();
        final DatePicker date = FrenchDatePickers.picker("");

        DateEditor(DateData row) {
            rowBinder.forField(date).asRequired(getTranslation("draft.error.required", getTranslation("draft.payment.date")))
                    .bind(DateData::getDate, DateData::setDate);
            rowBinder.setBean(row);
            rowBinder.addValueChangeListener(event -> onChange.run());
        }

        @Override
        public Component component() {
            return date;
        }

        @Override
        public boolean validate() {
            return rowBinder.validate().isOk();
        }

        @Override
        public void setPosition(int position) {
            date.setLabel(getTranslation("draft.payment.dateLabel", position));
        }
    }

    /** One instalment: its amount and what it waits for (the signature, a document accepted, a date); the last one is the balance. */
    final class InstalmentEditor extends EditableRows.FormRowEditor<InstalmentData> {

        final AmountField amount = amountField("draft.instalments.amount");
        final Select<InstalmentCondition> condition = new Select<>();
        final DatePicker date = FrenchDatePickers.picker(getTranslation("draft.instalments.date"));
        final Select<ObligationType> document = new Select<>();
        final Span balance = new Span(getTranslation("draft.instalments.balance"));
        private boolean last;

        InstalmentEditor(InstalmentData row) {
            rowBinder.forField(amount).asRequired(getTranslation("draft.error.required", getTranslation("draft.instalments.amount")))
                    .withConverter(amount.converter())
                    .bind(InstalmentData::getAmount, InstalmentData::setAmount);
            condition.setLabel(getTranslation("draft.instalments.condition"));
            condition.setItems(InstalmentCondition.SIGNATURE, InstalmentCondition.DOCUMENT_ACCEPTED, InstalmentCondition.DATE);
            condition.setItemLabelGenerator(c -> getTranslation("draft.instalments.condition." + c.name()));
            rowBinder.forField(condition).bind(InstalmentData::getCondition, InstalmentData::setCondition);
            rowBinder.forField(date)
                    .withValidator(d -> last || row.getCondition() != InstalmentCondition.DATE || d != null,
                            getTranslation("draft.error.required", getTranslation("draft.instalments.date")))
                    .bind(InstalmentData::getDate, InstalmentData::setDate);
            document.setLabel(getTranslation("draft.instalments.document"));
            document.setItems(ObligationType.values());
            document.setItemLabelGenerator(ObligationType::label);
            rowBinder.forField(document)
                    .withValidator(d -> last || row.getCondition() != InstalmentCondition.DOCUMENT_ACCEPTED || d != null,
                            getTranslation("draft.error.required", getTranslation("draft.instalments.document")))
                    .bind(InstalmentData::getDocument, InstalmentData::setDocument);
            rowBinder.setBean(row);
            rowBinder.addValueChangeListener(event -> {
                showCondition();
                onChange.run();
            });
            balance.addClassName("draft-instalment-balance");
            layout.add(amount, condition, date, document, balance);
            layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
            showCondition();
        }

        @Override
        public void setPosition(int position) {
            amount.setLabel(getTranslation("draft.instalments.amountLabel", position));
        }

        /** The last row is the balance (V2): no condition to choose. */
        void showAsBalance(boolean isLast) {
            last = isLast;
            showCondition();
        }

        private void showCondition() {
            InstalmentCondition chosen = rowBinder.getBean().getCondition();
            condition.setVisible(!last);
            balance.setVisible(last);
            date.setVisible(!last && chosen == InstalmentCondition.DATE);
            document.setVisible(!last && chosen == InstalmentCondition.DOCUMENT_ACCEPTED);
        }
    }
}
