package fr.conventio.adapters.web.ui.draft;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import fr.conventio.adapters.web.ui.Formats;
import fr.conventio.adapters.web.ui.agreement.dialog.InstalmentLabels;
import fr.conventio.adapters.web.ui.draft.DraftFormData.AllocationData;
import fr.conventio.adapters.web.ui.draft.DraftFormData.InstalmentData;
import fr.conventio.adapters.web.ui.draft.DraftFormData.LaterYearData;
import fr.conventio.domain.agreement.Instalment;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.DomainException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The last step, « Récapitulatif »: what saving would record — the reference, the beneficiary, the subsidy and its split,
 * how it is paid (advance and balance, or each instalment with what it waits for, V5) and the duration with each year's
 * amount and its part on each budget line (D5). It edits nothing; what is incomplete is said as such.
 */
final class ReviewStep extends WizardStep {

    final Paragraph agreement = new Paragraph();
    final UnorderedList payment = new UnorderedList();
    final UnorderedList years = new UnorderedList();
    private final Paragraph paymentTitle = new Paragraph();
    private final boolean creating;

    /** @param creating false for a saved draft: its years are planned from its page, not shown here */
    ReviewStep(DraftFormData data, boolean creating, Runnable onChange) {
        super(data, onChange);
        this.creating = creating;
        heading();
        agreement.setId("draft-review-agreement");
        payment.setId("draft-review-payment");
        years.setId("draft-review-years");
        paymentTitle.setId("draft-review-payment-mode");
        Div holder = new Div(agreement, new H4(getTranslation("draft.step.payment")), paymentTitle, payment,
                new H4(getTranslation("draft.step.duration")), years);
        holder.addClassName("draft-review");
        getContent().add(holder);
        start();
        refresh();
    }

    @Override
    String titleKey() {
        return "draft.step.review";
    }

    @Override
    void refresh() {
        String reference = data.getReference() == null || data.getReference().isBlank() ? getTranslation("draft.review.missing")
                : data.getReference().strip();
        String beneficiary = data.getAssociation() == null ? getTranslation("draft.review.missing") : data.getAssociation().name();
        agreement.setText(getTranslation("draft.review.agreement", reference, beneficiary, amount(data.getSubsidy())));
        payment.removeAll();
        if (data.paidByInstalments()) {
            paymentTitle.setText(getTranslation("draft.payment.mode.INSTALMENTS"));
            List<InstalmentData> rows = data.instalments();
            for (int i = 0; i < rows.size(); i++) {
                payment.add(item("draft-review-instalment-" + (i + 1),
                        getTranslation("draft.review.instalment", i + 1, amount(rows.get(i).getAmount()), condition(rows.get(i), i == rows.size() - 1))));
            }
        } else {
            paymentTitle.setText(getTranslation("draft.payment.mode.ADVANCE_AND_BALANCE"));
            payment.add(item("draft-review-advance", data.getAdvanceRate() == null ? getTranslation("draft.review.missing")
                    : getTranslation("draft.review.advance", Formats.rate(data.getAdvanceRate()))));
        }
        years.removeAll();
        if (!creating) {
            years.add(item("draft-review-years-from-page", getTranslation("draft.duration.fromPage")));
            return;
        }
        Integer first = data.getBudgetYear();
        String firstYear = first == null ? "…" : String.valueOf(first);
        if (!data.multiYear()) {
            years.add(item("draft-review-year-1", getTranslation("draft.review.annual", firstYear, amount(data.getSubsidy()))));
            return;
        }
        years.add(item("draft-review-year-1", getTranslation("draft.review.year", 1, firstYear, amount(data.getSubsidy()),
                split(data.allocations().stream().filter(a -> a.getLine() != null)
                        .map(a -> lineText(a.getLine(), a.getAmount())).toList()))));
        List<LaterYearData> later = data.plannedLaterYears();
        for (int i = 0; i < later.size(); i++) {
            LaterYearData year = later.get(i);
            int rank = i + 2;
            years.add(item("draft-review-year-" + rank, getTranslation("draft.review.year", rank,
                    first == null ? "…" : String.valueOf(first + rank - 1), amount(year.getAmount()),
                    split(data.allocations().stream().map(AllocationData::getLine).filter(Objects::nonNull).distinct()
                            .map(line -> lineText(line, year.amountsByLine().get(line.id()))).toList()))));
        }
        years.add(item("draft-review-settlement", getTranslation("draft.review.settlement",
                getTranslation("multiyear.mode." + data.getSettlementMode().name()))));
    }

    private String condition(InstalmentData row, boolean last) {
        try {
            Instalment instalment = row.toInstalment(last);
            return InstalmentLabels.condition(instalment);
        } catch (DomainException incomplete) {
            return getTranslation("draft.review.missing");
        }
    }

    private String lineText(BudgetLineChoice line, Amount onLine) {
        return getTranslation("draft.review.line", line.code(), amount(onLine));
    }

    private static String split(List<String> lines) {
        return String.join(" ; ", new ArrayList<>(lines));
    }

    private String amount(Amount value) {
        return value == null ? getTranslation("draft.review.missing") : Formats.amount(value);
    }

    private static ListItem item(String id, String text) {
        ListItem item = new ListItem(text);
        item.setId(id);
        return item;
    }
}
