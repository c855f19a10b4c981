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
import fr.conventio.adapters.web.ui.common.RateField;
import fr.conventio.adapters.web.ui.common.FrenchDatePickers;
import fr.conventio.adapters.web.ui.draft.DraftFormData.DateData;
import fr.conventio.domain.agreement.PaymentTerms;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.DomainException;
import fr.conventio.domain.shared.Rate;

import java.util.Optional;

/**
 * Step 5: payment terms (V1, N1): the advance rate (80 % by default) with the advance cap shown live
 * (as the domain's {@code PaymentTerms.advanceCap} computes it, rounded down), optional payment dates, whether payment waits
 * for an event, and the date the award was notified; then the keep-unspent clause (A4: none, a rate of the subsidy or
 * an amount) with the most the association may keep shown live.
 */
final class PaymentStep extends WizardStep {

    static final int MAX_DATES = 12;

    final RateField advanceRate;
    final Span advanceCap = new Span();
    final Checkbox paymentOnEvent = new Checkbox();
    final EditableRows<DateData> paymentDates;
    final DatePicker awardNotifiedOn;
    final RadioButtonGroup<KeepUnspentClause.Kind> keepUnspentKind = new RadioButtonGroup<>();
    final RateField keepUnspentRate;
    final AmountField keepUnspentAmount;
    final Span keepUnspentLimit = new Span();

    PaymentStep(DraftFormData data, Runnable onChange) {
        super(data, onChange);
        heading();
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

        getContent().add(advanceRate, advanceCap, paymentOnEvent, new H4(getTranslation("draft.payment.dates")), paymentDates,
                awardNotifiedOn, new H4(getTranslation("draft.keepUnspent.title")), keepUnspentKind, keepUnspentRate, keepUnspentAmount,
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
        return super.validate() & paymentDates.validate();
    }

    @Override
    void refresh() {
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
}
