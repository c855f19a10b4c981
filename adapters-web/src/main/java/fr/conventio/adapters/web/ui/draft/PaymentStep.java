package fr.conventio.adapters.web.ui.draft;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
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
 * for an event, and the date the award was notified.
 */
final class PaymentStep extends WizardStep {

    static final int MAX_DATES = 12;

    final RateField advanceRate;
    final Span advanceCap = new Span();
    final Checkbox paymentOnEvent = new Checkbox();
    final EditableRows<DateData> paymentDates;
    final DatePicker awardNotifiedOn;

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

        getContent().add(advanceRate, advanceCap, paymentOnEvent, new H4(getTranslation("draft.payment.dates")), paymentDates,
                awardNotifiedOn);
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
