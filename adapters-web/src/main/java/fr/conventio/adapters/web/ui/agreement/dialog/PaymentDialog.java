package fr.conventio.adapters.web.ui.agreement.dialog;

import fr.conventio.adapters.web.ui.common.AmountField;
import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.application.payment.RecordPaymentCommand;
import fr.conventio.application.reading.AgreementAction;
import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.domain.account.LineAccount;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.payment.LineCharge;
import fr.conventio.domain.payment.PaymentKind;
import fr.conventio.domain.payment.PaymentOrderReference;
import fr.conventio.domain.payment.PaymentRequest;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetLineId;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Records an advance or the balance (V1–V4). The view computes no rule: the amount is pre-filled with
 * what the agreement's account says may be paid now (the advance available, or the balance payable) and
 * the charge on each budget line with the charges the account proposes; staff may change both (the live
 * total is the sum of what they typed, which must equal the amount). Then the value date and the payment
 * order number. The use case decides (V1–V4) and refuses with a French message.
 */
public final class PaymentDialog extends ActionDialog<PaymentDialog.Form> {

    static final class Form {
        PaymentKind kind;
        Amount amount;
        final Map<BudgetLineId, Amount> charges = new LinkedHashMap<>();
        LocalDate valueDate;
        String orderReference;
    }

    private final AmountField amount = Fields.amount(Texts.t("agreement.payment.amount"));
    private final Map<BudgetLineId, AmountField> lineFields = new LinkedHashMap<>();
    private final Span total = new Span();
    /** This dialog is one intention: a second click or a replayed request records no second payment. */
    private final SubmissionKey submission = SubmissionKey.newKey();

    public PaymentDialog(AgreementPage page, PaymentKind initialKind) {
        super(page, Texts.t("agreement.payment.title"), Texts.t("agreement.payment.submit"), new Form());
        AgreementDetails d = page.details();

        RadioButtonGroup<PaymentKind> kind = new RadioButtonGroup<>(Texts.t("agreement.payment.kind"));
        List<PaymentKind> kinds = new ArrayList<>();
        if (d.allows(AgreementAction.RECORD_ADVANCE)) {
            kinds.add(PaymentKind.ADVANCE);
        }
        if (d.allows(AgreementAction.RECORD_INSTALMENT)) {
            kinds.add(PaymentKind.INSTALMENT);
        }
        if (d.allows(AgreementAction.RECORD_BALANCE)) {
            kinds.add(PaymentKind.BALANCE);
        }
        if (!kinds.contains(initialKind)) {
            kinds.add(initialKind);
        }
        kind.setItems(kinds);
        kind.setItemLabelGenerator(this::kindLabel);
        binder.forField(kind).asRequired(Texts.t("agreement.field.required", kind.getLabel())).bind(f -> f.kind, (f, v) -> f.kind = v);
        addField(kind, 2);

        amount.setId("payment-amount");
        Fields.requiredAmount(binder, amount, f -> f.amount, (f, v) -> f.amount = v);
        addField(amount, 1);

        int index = 0;
        for (SubsidyAllocation allocation : d.subsidy().split()) {
            BudgetLineId id = allocation.budgetLineId();
            Optional<LineAccount> account = d.account().lines().stream().filter(l -> l.budgetLineId().equals(id)).findFirst();
            String label = Texts.t("agreement.payment.charge", allocation.label() == null
                            ? Texts.t("agreement.budget.line") + " " + (index + 1) : allocation.label(),
                    Formats.amount(account.map(LineAccount::share).orElse(allocation.amount())),
                    Formats.amount(account.map(LineAccount::paid).orElse(Amount.ZERO)));
            AmountField line = Fields.amount(label);
            line.setId("payment-charge-" + index++);
            binder.forField(line).withConverter(line.converter()).bind(f -> f.charges.get(id), (f, v) -> f.charges.put(id, v));
            line.addValueChangeListener(change -> showTotal());
            lineFields.put(id, line);
            addField(line, 2); // full width: the label names the line and its share, too long for half the dialog
        }
        total.setId("payment-total");
        total.getElement().setAttribute("aria-live", "polite");
        addField(total, 2);

        DatePicker valueDate = Fields.date(Texts.t("agreement.payment.valueDate"), page.today());
        Fields.requiredPastDate(binder, valueDate, page.today(), f -> f.valueDate, (f, v) -> f.valueDate = v);
        TextField order = Fields.text(Texts.t("agreement.payment.order"), PaymentOrderReference.MAX_LENGTH);
        order.setMaxLength(PaymentOrderReference.MAX_LENGTH);
        order.setHelperText(Texts.t("agreement.payment.orderHelp"));
        binder.forField(order).bind(f -> f.orderReference, (f, v) -> f.orderReference = v);
        addField(valueDate, 1);
        addField(order, 1);
        showRefusalsOn(amount, PaymentRequest.AMOUNT);
        showRefusalsOn(valueDate, PaymentRequest.VALUE_DATE);

        bind();
        kind.addValueChangeListener(change -> {
            if (change.getValue() != null && change.isFromClient()) {
                prefill(change.getValue());
            }
        });
        kind.setValue(initialKind);
        prefill(initialKind);
    }

    /** "Acompte", "Solde", or for the next instalment due (V5) "Versement n° 2 de l'échéancier (01/06/2020)". */
    private String kindLabel(PaymentKind k) {
        AgreementDetails d = page.details();
        if (k == PaymentKind.INSTALMENT && d.nextInstalment() != null) {
            return Texts.t("agreement.payment.kind.INSTALMENT.next", String.valueOf(d.nextInstalment().number()),
                    InstalmentLabels.condition(d.nextInstalment().instalment()));
        }
        return Texts.t("agreement.payment.kind." + k.name());
    }

    /** Puts what the account proposes for {@code kind} in the amount field and in the charges (zero on the other lines). */
    void prefill(PaymentKind kind) {
        AgreementDetails d = page.details();
        List<LineCharge> charges = switch (kind) {
            case ADVANCE -> d.proposedAdvance();
            case BALANCE -> d.proposedBalance();
            case INSTALMENT -> d.proposedInstalment();
        };
        Amount proposed = switch (kind) {
            case ADVANCE -> d.account().advanceAvailable();
            case BALANCE -> d.account().balancePayable();
            case INSTALMENT -> Amount.sum(charges.stream().map(LineCharge::amount).toList());
        };
        amount.setNumber(proposed);
        amount.setHelperText(Texts.t("agreement.payment.amountHelp", Formats.amount(proposed)));
        lineFields.forEach((line, field) -> field.setNumber(charges.stream().filter(c -> c.budgetLineId().equals(line))
                .map(LineCharge::amount).findFirst().orElse(Amount.ZERO)));
        showTotal();
    }

    private Amount chargedTotal() {
        return Amount.sum(lineFields.values().stream().map(AmountField::number).flatMap(Optional::stream).toList());
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
        page.useCases().recordPayment().record(new RecordPaymentCommand(page.details().id(),
                page.details().version(), form.kind, charges(), form.valueDate, order, submission,
                form.kind == PaymentKind.INSTALMENT && page.details().nextInstalment() != null ? page.details().nextInstalment().number() : null));
        String done = Texts.t("agreement.payment.done", Texts.t("agreement.payment.kind." + form.kind.name()), Formats.amount(form.amount));
        return form.kind == PaymentKind.BALANCE ? done + " " + Texts.t("agreement.staysOpen") : done;
    }
}
