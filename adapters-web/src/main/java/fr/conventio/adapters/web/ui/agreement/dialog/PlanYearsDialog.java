package fr.conventio.adapters.web.ui.agreement.dialog;

import fr.conventio.adapters.web.ui.common.AmountField;
import fr.conventio.application.multiyear.MultiYearPlanView;
import fr.conventio.application.multiyear.PlanMultiYearAgreementCommand;
import fr.conventio.application.multiyear.PlanMultiYearAgreementUseCase;
import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.multiyear.SettlementMode;
import fr.conventio.domain.shared.Amount;

import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * D5: makes a draft a multi-year agreement (« Convention pluriannuelle ») of 2 to 4 years, or annual again: for each
 * later year its amount split on the budget lines of the draft's own split (the same editor as the subsidy's split:
 * one amount per line), and whether settlement is yearly or once at the end. Nothing is committed before each year is
 * confirmed.
 */
public final class PlanYearsDialog extends ActionDialog<PlanYearsDialog.Form> {

    static final class Form {
        int years = 3;
        SettlementMode mode = SettlementMode.YEARLY;
        final Map<String, Amount> amounts = new HashMap<>();
    }

    private final PlanMultiYearAgreementUseCase planUseCase;
    private final List<SubsidyAllocation> lines;
    private final List<List<AmountField>> fieldsByYear = new ArrayList<>();
    private final List<H4> headings = new ArrayList<>();

    public PlanYearsDialog(AgreementPage page, PlanMultiYearAgreementUseCase planUseCase, Optional<MultiYearPlanView> existing) {
        super(page, Texts.t("multiyear.plan.title"), Texts.t("multiyear.plan.submit"), new Form());
        this.planUseCase = planUseCase;
        AgreementDetails d = page.details();
        this.lines = d.subsidy().split();
        existing.ifPresent(p -> {
            form.years = p.years().size();
            form.mode = p.settlementMode();
        });
        Select<Integer> years = new Select<>();
        years.setLabel(Texts.t("multiyear.plan.years"));
        years.setItems(1, 2, 3, 4);
        years.setItemLabelGenerator(n -> n == 1 ? Texts.t("multiyear.plan.annual") : Texts.t("multiyear.plan.yearsCount", String.valueOf(n),
                String.valueOf(d.budgetYear().value()), String.valueOf(d.budgetYear().value() + n - 1)));
        years.setId("multiyear-years");
        binder.forField(years).bind(f -> f.years, (f, v) -> f.years = v == null ? 1 : v);
        addField(years, 1);
        RadioButtonGroup<SettlementMode> mode = new RadioButtonGroup<>(Texts.t("multiyear.plan.mode"));
        mode.setItems(SettlementMode.values());
        mode.setItemLabelGenerator(m -> Texts.t("multiyear.mode." + m.name()));
        mode.setId("multiyear-mode");
        binder.forField(mode).bind(f -> f.mode, (f, v) -> f.mode = v);
        addField(mode, 1);
        addField(new Paragraph(Texts.t("multiyear.plan.explain", String.valueOf(d.budgetYear().value()),
                fr.conventio.adapters.web.ui.Formats.amount(d.subsidy().votedAmount()))), 2);
        for (int rank = 2; rank <= 4; rank++) {
            H4 heading = new H4(Texts.t("multiyear.plan.yearHeading", String.valueOf(rank), String.valueOf(d.budgetYear().value() + rank - 1)));
            headings.add(heading);
            addField(heading, 2);
            List<AmountField> row = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                SubsidyAllocation line = lines.get(i);
                String key = rank + "/" + i;
                AmountField field = Fields.amount(Texts.t("multiyear.plan.lineAmount",
                        line.label() == null ? Texts.t("agreement.budget.line") : line.label(), String.valueOf(d.budgetYear().value() + rank - 1)));
                field.setId("multiyear-amount-" + rank + "-" + i);
                binder.forField(field).withConverter(field.converter()).bind(f -> f.amounts.get(key), (f, v) -> f.amounts.put(key, v));
                row.add(field);
                addField(field, 1);
            }
            fieldsByYear.add(row);
        }
        years.setValue(form.years);
        mode.setValue(form.mode);
        years.addValueChangeListener(e -> showYears(e.getValue() == null ? 1 : e.getValue()));
        bind();
        showYears(form.years);
    }

    private void showYears(int count) {
        for (int rank = 2; rank <= 4; rank++) {
            boolean visible = rank <= count;
            headings.get(rank - 2).setVisible(visible);
            fieldsByYear.get(rank - 2).forEach(f -> f.setVisible(visible));
        }
    }

    @Override
    protected boolean checkedBeforeConfirming() {
        return false; // planning writes no agreement file: nothing to check but the amounts, done below
    }

    @Override
    protected Optional<String> crossCheck() {
        for (int rank = 2; rank <= form.years; rank++) {
            Amount total = Amount.ZERO;
            for (int i = 0; i < lines.size(); i++) {
                Amount amount = form.amounts.get(rank + "/" + i);
                if (amount == null) {
                    return Optional.of(Texts.t("agreement.field.required", fieldsByYear.get(rank - 2).get(i).getLabel()));
                }
                total = total.plus(amount);
            }
            if (total.isZero()) {
                return Optional.of(Texts.t("multiyear.plan.zero", String.valueOf(page.details().budgetYear().value() + rank - 1)));
            }
        }
        return Optional.empty();
    }

    @Override
    protected String perform() {
        List<Subsidy> later = new ArrayList<>();
        for (int rank = 2; rank <= form.years; rank++) {
            List<SubsidyAllocation> split = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                Amount amount = form.amounts.get(rank + "/" + i);
                if (!amount.isZero()) {
                    split.add(SubsidyAllocation.of(lines.get(i).budgetLineId(), lines.get(i).label(), amount));
                }
            }
            later.add(new Subsidy(Amount.sum(split.stream().map(SubsidyAllocation::amount).toList()), split));
        }
        planUseCase.plan(new PlanMultiYearAgreementCommand(page.details().id(), form.mode, later));
        return form.years == 1 ? Texts.t("multiyear.plan.doneAnnual") : Texts.t("multiyear.plan.done", String.valueOf(form.years));
    }
}
