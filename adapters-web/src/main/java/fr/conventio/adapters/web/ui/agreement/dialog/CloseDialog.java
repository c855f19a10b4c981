package fr.conventio.adapters.web.ui.agreement.dialog;

import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.application.lifecycle.CloseAgreementCommand;
import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.domain.account.OpenItem;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Closes the agreement's file (D2), a manager's decision: lists what the account says is still open
 * (obligations neither accepted nor waived, the balance still due, sums to claim by a recovery order,
 * orders still waiting for money); the action is possible only once nothing is open. When someone else
 * changed the agreement in between, "Recharger" redraws the list; the use case checks again anyway and
 * refuses with the list.
 */
public final class CloseDialog extends ActionDialog<CloseDialog.Form> {

    static final class Form {
        LocalDate closedOn;
    }

    private final Div openItems = new Div();

    public CloseDialog(AgreementPage page) {
        super(page, Texts.t("agreement.close.title", page.details().reference()), Texts.t("agreement.close.submit"), new Form());
        addField(openItems, 2);
        DatePicker date = Fields.date(Texts.t("agreement.close.date"), page.today());
        Fields.requiredDate(binder, date, f -> f.closedOn, (f, v) -> f.closedOn = v);
        addField(date, 1);
        bind();
        showOpenItems();
    }

    /** What is open now, by the details on screen; the action only once nothing is. */
    private void showOpenItems() {
        List<OpenItem> open = page.details().openItems();
        openItems.removeAll();
        if (open.isEmpty()) {
            Paragraph nothing = new Paragraph(Texts.t("agreement.close.nothingOpen"));
            nothing.setId("close-nothing-open");
            openItems.add(nothing);
        } else {
            UnorderedList items = new UnorderedList();
            items.setId("close-open-items");
            open.forEach(item -> items.add(new ListItem(describe(item))));
            openItems.add(new Paragraph(Texts.t("agreement.close.open")), items);
        }
        setSubmitEnabled(open.isEmpty());
    }

    @Override
    protected void afterReload() {
        showOpenItems();
    }

    /** One open item in French, with its figures. */
    static String describe(OpenItem item) {
        return switch (item.kind()) {
            case OBLIGATION -> Texts.t("agreement.close.item.OBLIGATION", item.obligationType().label(), Formats.date(item.dueDate()));
            case BALANCE -> Texts.t("agreement.close.item.BALANCE", Formats.amount(item.amount()));
            case TO_CLAIM -> Texts.t("agreement.close.item.TO_CLAIM", Formats.amount(item.amount()),
                    Texts.t("agreement.recovery.ground." + item.ground().name()));
            case ORDER_TO_RECOVER -> Texts.t("agreement.close.item.ORDER_TO_RECOVER", item.orderNumber().toString(),
                    Formats.amount(item.amount()));
        };
    }

    @Override
    protected Optional<Confirmation> confirmation() {
        return Optional.of(new Confirmation(Texts.t("agreement.close.confirmTitle"),
                Texts.t("agreement.close.confirm", page.details().reference(), Formats.date(form.closedOn)), Texts.t("agreement.close.submit")));
    }

    @Override
    protected String perform() {
        AgreementDetails d = page.details();
        page.useCases().closeAgreement().close(new CloseAgreementCommand(d.id(), d.version(), form.closedOn));
        return Texts.t("agreement.close.done", d.reference(), Formats.date(form.closedOn));
    }
}
