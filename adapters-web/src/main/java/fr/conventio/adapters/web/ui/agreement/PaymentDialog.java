package fr.conventio.adapters.web.ui.agreement;

import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.application.payment.RecordPaymentCommand;
import fr.conventio.application.payment.RecordPaymentResult;
import fr.conventio.application.reading.AgreementAction;
import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.payment.LineCharge;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.payment.PaymentOrderReference;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetLineId;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Records an advance or the balance (V1–V4): the amount is pre-filled with what is due (advance cap
 * minus what was paid, or the balance due), the charge on each budget line with its share of the
 * subsidy's split (editable, with a live total), then the value date and the payment order number.
 */
final class PaymentDialog extends ActionDialog<PaymentDialog.Form> {

    static final class Form {
        PaymentKind kind;
        Amount amount;
        final Map<BudgetLineId, Amount> charges = new LinkedHashMap<>();
        LocalDate valueDate;
        String orderReference;
    }

    private final BigDecimalField amount = Fields.amount(Texts.t("agreement.payment.amount"));
    private final Map<BudgetLineId, BigDecimalField> lineFields = new LinkedHashMap<>();
    private final Span total = new Span();

    PaymentDialog(AgreementPage page, PaymentKind initialKind) {
        super(page, Texts.t("agreement.payment.title"), Texts.t("agreement.payment.submit"), new Form());
        AgreementDetails d = page.details();

        RadioButtonGroup<PaymentKind> kind = new RadioButtonGroup<>(Texts.t("agreement.payment.kind"));
        List<PaymentKind> kinds = new ArrayList<>();
        if (d.allows(AgreementAction.RECORD_ADVANCE)) {
            kinds.add(PaymentKind.ADVANCE);
        }
        if (d.allows(AgreementAction.RECORD_BALANCE)) {
            kinds.add(PaymentKind.BALANCE);
        }
        if (!kinds.contains(initialKind)) {
            kinds.add(initialKind);
        }
        kind.setItems(kinds);
        kind.setItemLabelGenerator(k -> Texts.t("agreement.payment.kind." + k.name()));
        binder.forField(kind).asRequired(Texts.t("agreement.field.required", kind.getLabel())).bind(f -> f.kind, (f, v) -> f.kind = v);
        addField(kind, 2);

        amount.setId("payment-amount");
        amount.setHelperText(Texts.t("agreement.payment.amountHelp"));
        Fields.requiredAmount(binder, amount, f -> f.amount, (f, v) -> f.amount = v);
        addField(amount, 1);

        int index = 0;
        for (SubsidyAllocation allocation : d.subsidy().split()) {
            String label = Texts.t("agreement.payment.charge", allocation.label() == null
                    ? Texts.t("agreement.budget.line") + " " + (index + 1) : allocation.label(), Formats.amount(allocation.amount()));
            BigDecimalField line = Fields.amount(label);
            line.setId("payment-charge-" + index++);
            BudgetLineId id = allocation.budgetLineId();
            binder.forField(line).withConverter(Fields.amountConverter()).bind(f -> f.charges.get(id), (f, v) -> f.charges.put(id, v));
            line.addValueChangeListener(change -> showTotal());
            lineFields.put(id, line);
            addField(line, 2); // full width: the label names the line and its share, too long for half the dialog
        }
        total.setId("payment-total");
        total.getElement().setAttribute("aria-live", "polite");
        addField(total, 2);

        DatePicker valueDate = Fields.date(Texts.t("agreement.payment.valueDate"), page.today());
        Fields.requiredDate(binder, valueDate, f -> f.valueDate, (f, v) -> f.valueDate = v);
        TextField order = Fields.text(Texts.t("agreement.payment.order"));
        order.setMaxLength(PaymentOrderReference.MAX_LENGTH);
        order.setHelperText(Texts.t("agreement.payment.orderHelp"));
        binder.forField(order).bind(f -> f.orderReference, (f, v) -> f.orderReference = v);
        addField(valueDate, 1);
        addField(order, 1);

        bind();
        kind.addValueChangeListener(change -> {
            if (change.getValue() != null && change.isFromClient()) {
                prefill(change.getValue());
            }
        });
        kind.setValue(initialKind);
        prefill(initialKind);
        amount.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                split(typedAmount().orElse(null));
            }
        });
    }

    /** Puts what is due in the amount field and splits it on the lines. */
    void prefill(PaymentKind kind) {
        AgreementDetails d = page.details();
        Amount due = kind == PaymentKind.ADVANCE
                ? d.advanceCap().minusOrZero(d.totalPaid()).min(d.balanceDue())
                : d.balanceDue();
        amount.setValue(due.value());
        split(due);
    }

    /** The charge on each line, pro rata of the subsidy's split (the last line takes the rounding rest). */
    private void split(Amount toSplit) {
        if (toSplit == null) {
            return;
        }
        AgreementDetails d = page.details();
        List<SubsidyAllocation> split = d.subsidy().split();
        Amount allocated = Amount.ZERO;
        for (int i = 0; i < split.size(); i++) {
            SubsidyAllocation allocation = split.get(i);
            Amount share = i == split.size() - 1
                    ? toSplit.minusOrZero(allocated)
                    : toSplit.prorata(allocation.amount(), d.subsidy().votedAmount());
            allocated = allocated.plus(share);
            lineFields.get(allocation.budgetLineId()).setValue(share.value());
        }
        showTotal();
    }

    private Optional<Amount> typedAmount() {
        return valid(amount.getValue());
    }

    private static Optional<Amount> valid(BigDecimal value) {
        if (value == null || value.signum() < 0 || value.stripTrailingZeros().scale() > 2) {
            return Optional.empty();
        }
        return Optional.of(new Amount(value));
    }

    private Amount chargedTotal() {
        return Amount.sum(lineFields.values().stream().map(f -> valid(f.getValue())).flatMap(Optional::stream).toList());
    }

    private void showTotal() {
        total.setText(Texts.t("agreement.payment.total", Formats.amount(chargedTotal())));
    }

    @Override
    protected Optional<String> crossCheck() {
        Amount charged = Amount.sum(form.charges.values().stream().filter(a -> a != null).toList());
        if (!charged.equals(form.amount)) {
            return Optional.of(Texts.t("agreement.payment.mismatch", Formats.amount(charged), Formats.amount(form.amount)));
        }
        return Optional.empty();
    }

    @Override
    protected Optional<Confirmation> confirmation() {
        String lines = charges().stream().map(c -> Formats.amount(c.amount()) + " — " + lineLabel(c.budgetLineId()))
                .collect(Collectors.joining(" ; "));
        String order = form.orderReference == null || form.orderReference.isBlank() ? Texts.t("agreement.payment.noOrder")
                : form.orderReference.strip();
        return Optional.of(new Confirmation(Texts.t("agreement.payment.confirmTitle"),
                Texts.t("agreement.payment.confirm", Texts.t("agreement.payment.kind." + form.kind.name()).toLowerCase(),
                        Formats.amount(form.amount), Formats.date(form.valueDate), order, lines),
                Texts.t("agreement.payment.submit")));
    }

    private String lineLabel(BudgetLineId id) {
        return page.details().subsidy().split().stream().filter(a -> a.budgetLineId().equals(id)).findFirst()
                .map(a -> a.label() == null ? Texts.t("agreement.budget.line") : a.label()).orElse("?");
    }

    private List<LineCharge> charges() {
        List<LineCharge> charges = new ArrayList<>();
        form.charges.forEach((line, charged) -> {
            if (charged != null && !charged.isZero()) {
                charges.add(new LineCharge(line, charged));
            }
        });
        return charges;
    }

    @Override
    protected String perform() {
        PaymentOrderReference order = form.orderReference == null || form.orderReference.isBlank() ? null
                : PaymentOrderReference.of(form.orderReference);
        RecordPaymentResult result = page.useCases().recordPayment().record(new RecordPaymentCommand(page.details().id(),
                page.details().version(), form.kind, charges(), form.valueDate, order));
        String done = Texts.t("agreement.payment.done", Texts.t("agreement.payment.kind." + form.kind.name()), Formats.amount(form.amount));
        return result.agreementClosed() ? done + " " + Texts.t("agreement.closedNow") : done;
    }
}
