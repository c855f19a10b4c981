package fr.conventio.adapters.web.ui.draft;

import fr.conventio.application.drafting.AgreementTerms;
import fr.conventio.application.drafting.MultiYearTerms;
import fr.conventio.application.reading.AgreementDetails;
import fr.conventio.domain.agreement.Action;
import fr.conventio.domain.agreement.ActionCategory;
import fr.conventio.domain.agreement.ActionProgramme;
import fr.conventio.domain.agreement.AgreementObject;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.agreement.ForecastBudget;
import fr.conventio.domain.agreement.FundingSource;
import fr.conventio.domain.agreement.FundingSourceKind;
import fr.conventio.domain.agreement.InKindContribution;
import fr.conventio.domain.agreement.InKindContributionKind;
import fr.conventio.domain.agreement.Instalment;
import fr.conventio.domain.agreement.InstalmentCondition;
import fr.conventio.domain.agreement.InstalmentSchedule;
import fr.conventio.domain.multiyear.SettlementMode;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.settlement.KeepUnspentClause;
import fr.conventio.domain.agreement.PaymentTerms;
import fr.conventio.domain.agreement.RomanNumerals;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.party.Representative;
import fr.conventio.domain.party.Signatory;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.DatePeriod;
import fr.conventio.domain.shared.Rate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the draft wizard edits, step by step: plain mutable fields for the binders (values already
 * converted to domain values where a converter applies), and {@link #toTerms()} which builds the
 * command's {@link AgreementTerms} through the domain's constructors (so the domain refuses, e.g. B3
 * when the split does not add up to the subsidy).
 */
public final class DraftFormData {

    // step 1: parties
    private AssociationChoice association;
    private String reference;
    private Signatory signatory;
    private Integer budgetYear;
    /** The representative stored with the agreement being edited; {@code null} = the association's own. */
    private Representative representative;
    private AssociationId representativeOf;
    // step 2: object and programme
    private String objectives;
    private final List<CategoryData> categories = new ArrayList<>();
    // step 3: forecast budget
    private Amount eligibleExpenses;
    private final List<FundingSourceData> financingPlan = new ArrayList<>();
    private final List<InKindData> inKindContributions = new ArrayList<>();
    // step 4: subsidy
    private Amount subsidy;
    private final List<AllocationData> allocations = new ArrayList<>();
    // step 5: payment terms
    private Rate advanceRate = PaymentTerms.DEFAULT_ADVANCE_RATE;
    private final List<DateData> paymentDates = new ArrayList<>();
    private boolean paymentOnEvent;
    private LocalDate awardNotifiedOn;
    // V5: advance + balance, or a schedule of instalments (the last one the balance)
    private PaymentTerms.Mode paymentMode = PaymentTerms.Mode.ADVANCE_AND_BALANCE;
    private final List<InstalmentData> instalments = new ArrayList<>();
    // D5: the duration (1 = annual) and, for a multi-year agreement, the later years and the settlement mode
    private int years = 1;
    private SettlementMode settlementMode = SettlementMode.YEARLY;
    private final List<LaterYearData> laterYears = new ArrayList<>(List.of(new LaterYearData(), new LaterYearData(), new LaterYearData()));
    // D4: the operation's own period (both empty: the budget year)
    private LocalDate operationStart;
    private LocalDate operationEnd;
    // A4: the keep-unspent clause
    private KeepUnspentClause.Kind keepUnspentKind = KeepUnspentClause.Kind.NONE;
    private Rate keepUnspentRate;
    private Amount keepUnspentAmount;

    /** An empty draft for {@code year}: one empty category with one empty action, one empty line of split. */
    public static DraftFormData blank(int year) {
        DraftFormData data = new DraftFormData();
        data.budgetYear = year;
        CategoryData first = new CategoryData();
        first.actions().add(new ActionData());
        data.categories.add(first);
        data.allocations.add(new AllocationData());
        return data;
    }

    /** The form filled with a stored draft; budget lines are looked up among {@code lines} by id. */
    public static DraftFormData of(AgreementDetails details, Function<fr.conventio.domain.shared.BudgetLineId, Optional<BudgetLineChoice>> lines) {
        DraftFormData data = new DraftFormData();
        data.association = new AssociationChoice(details.associationId(), details.associationName(), null);
        data.reference = details.reference();
        data.signatory = details.signatory();
        data.budgetYear = details.budgetYear().value();
        data.representative = details.representative();
        data.representativeOf = details.associationId();
        data.objectives = details.object().objectives();
        for (ActionCategory category : details.programme().categories()) {
            CategoryData row = new CategoryData();
            row.setTitle(category.title());
            category.actions().forEach(action -> row.actions().add(new ActionData(action.text())));
            data.categories.add(row);
        }
        ForecastBudget budget = details.forecastBudget();
        data.eligibleExpenses = budget.eligibleExpenses();
        budget.financingPlan().forEach(s -> data.financingPlan.add(new FundingSourceData(s.kind(), s.name(), s.amount())));
        budget.inKindContributions().forEach(c -> data.inKindContributions.add(new InKindData(c.kind(), c.description(), c.value())));
        data.subsidy = details.subsidy().votedAmount();
        for (SubsidyAllocation allocation : details.subsidy().split()) {
            BudgetLineChoice line = lines.apply(allocation.budgetLineId()).orElseGet(() -> new BudgetLineChoice(allocation.budgetLineId(),
                    "?", allocation.label() == null ? allocation.budgetLineId().toString() : allocation.label(), Map.of()));
            data.allocations.add(new AllocationData(line, allocation.amount()));
        }
        PaymentTerms terms = details.paymentTerms();
        data.advanceRate = terms.advanceRate();
        terms.paymentDates().forEach(date -> data.paymentDates.add(new DateData(date)));
        data.paymentOnEvent = terms.paymentOnEvent();
        data.awardNotifiedOn = terms.awardNotifiedOn();
        terms.instalments().ifPresent(schedule -> {
            data.paymentMode = PaymentTerms.Mode.INSTALMENTS;
            schedule.instalments().forEach(instalment -> data.instalments.add(InstalmentData.of(instalment)));
        });
        if (details.operationTerms().ownPeriod()) {
            data.operationStart = details.operationTerms().operationPeriod().start();
            data.operationEnd = details.operationTerms().operationPeriod().end();
        }
        KeepUnspentClause clause = details.operationTerms().keepUnspentClause();
        data.keepUnspentKind = clause.kind();
        data.keepUnspentRate = clause.rate();
        data.keepUnspentAmount = clause.amount();
        return data;
    }

    /**
     * The command's terms, built by the domain's value objects: throws the domain's refusal (a
     * {@code DomainException} with a French message naming the field or the rule) when a part is wrong.
     */
    public AgreementTerms toTerms() {
        Checks.require("association bénéficiaire", association);
        Checks.require("exercice budgétaire", budgetYear);
        List<ActionCategory> programme = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            CategoryData category = categories.get(i);
            programme.add(new ActionCategory(RomanNumerals.of(i + 1), category.getTitle(),
                    category.actions().stream().map(action -> new Action(action.getText())).toList()));
        }
        ForecastBudget budget = new ForecastBudget(eligibleExpenses,
                financingPlan.stream().map(s -> new FundingSource(s.getKind(), s.getName(), s.getAmount())).toList(),
                inKindContributions.stream().map(c -> new InKindContribution(c.getKind(), c.getDescription(), c.getValue())).toList());
        Subsidy voted = new Subsidy(subsidy, allocations.stream()
                .map(a -> new SubsidyAllocation(Checks.require("répartition (ligne budgétaire)", a.getLine()).id(),
                        a.getLine().allocationLabel(), a.getAmount()))
                .toList());
        PaymentTerms terms = paidByInstalments()
                ? new PaymentTerms(advanceRate, List.of(), false, awardNotifiedOn, instalmentSchedule())
                : new PaymentTerms(advanceRate, paymentDates.stream().map(DateData::getDate).filter(Objects::nonNull).toList(),
                        paymentOnEvent, awardNotifiedOn);
        Representative kept = association.id().equals(representativeOf) ? representative : null;
        return new AgreementTerms(new AgreementReference(reference), association.id(), signatory, kept, BudgetYear.of(budgetYear),
                new AgreementObject(objectives), new ActionProgramme(programme), budget, voted, terms, operationPeriod(), keepUnspentClause());
    }

    /** V5: whether the subsidy is paid by a schedule of instalments rather than advance + balance. */
    public boolean paidByInstalments() {
        return paymentMode == PaymentTerms.Mode.INSTALMENTS;
    }

    /**
     * V5: the schedule typed, built by the domain (2 to 12 instalments, dated ones in order); the last row is the balance.
     * That it adds up to the subsidy is checked by {@link InstalmentSchedule#requireAddsUpTo}.
     */
    public InstalmentSchedule instalmentSchedule() {
        List<Instalment> schedule = new ArrayList<>();
        for (int i = 0; i < instalments.size(); i++) {
            schedule.add(instalments.get(i).toInstalment(i == instalments.size() - 1));
        }
        return new InstalmentSchedule(schedule);
    }

    /** V5: the total of the instalments typed so far (empty amounts count as zero). */
    public Amount instalmentsTotal() {
        return Amount.sum(instalments.stream().map(InstalmentData::getAmount).filter(Objects::nonNull).toList());
    }

    /** D5: whether the agreement runs over two to four budget years. */
    public boolean multiYear() {
        return years > 1;
    }

    /** D5: the later years typed (years 2 to {@link #getYears()}), or none for an annual agreement. */
    public List<LaterYearData> plannedLaterYears() {
        return multiYear() ? laterYears.subList(0, Math.min(years, laterYears.size() + 1) - 1) : List.of();
    }

    /**
     * D5: the later years for the command, each split on the budget lines of the subsidy's split (B3, checked by
     * {@link Subsidy}: the lines add up to the year's amount to the cent), or {@code null} for an annual agreement.
     */
    public MultiYearTerms multiYearTerms() {
        if (!multiYear()) {
            return null;
        }
        List<Subsidy> later = new ArrayList<>();
        for (LaterYearData year : plannedLaterYears()) {
            later.add(year.toSubsidy(allocations));
        }
        return new MultiYearTerms(settlementMode, later);
    }

    /** D4: the operation's own period typed, or {@code null} for the budget year; the domain refuses an end before the start. */
    public DatePeriod operationPeriod() {
        if (operationStart == null && operationEnd == null) {
            return null;
        }
        return new DatePeriod(Checks.require("début de l'opération", operationStart), Checks.require("fin de l'opération", operationEnd));
    }

    /** A4: the clause typed, built by the domain (which refuses a zero rate or amount). */
    public KeepUnspentClause keepUnspentClause() {
        return switch (keepUnspentKind == null ? KeepUnspentClause.Kind.NONE : keepUnspentKind) {
            case NONE -> KeepUnspentClause.none();
            case RATE -> KeepUnspentClause.rate(keepUnspentRate);
            case AMOUNT -> KeepUnspentClause.amount(keepUnspentAmount);
        };
    }

    public LocalDate getOperationStart() {
        return operationStart;
    }

    public void setOperationStart(LocalDate operationStart) {
        this.operationStart = operationStart;
    }

    public LocalDate getOperationEnd() {
        return operationEnd;
    }

    public void setOperationEnd(LocalDate operationEnd) {
        this.operationEnd = operationEnd;
    }

    public KeepUnspentClause.Kind getKeepUnspentKind() {
        return keepUnspentKind;
    }

    public void setKeepUnspentKind(KeepUnspentClause.Kind keepUnspentKind) {
        this.keepUnspentKind = keepUnspentKind;
    }

    public Rate getKeepUnspentRate() {
        return keepUnspentRate;
    }

    public void setKeepUnspentRate(Rate keepUnspentRate) {
        this.keepUnspentRate = keepUnspentRate;
    }

    public Amount getKeepUnspentAmount() {
        return keepUnspentAmount;
    }

    public void setKeepUnspentAmount(Amount keepUnspentAmount) {
        this.keepUnspentAmount = keepUnspentAmount;
    }

    /** The total of the split lines typed so far (empty amounts count as zero). */
    public Amount allocatedTotal() {
        return Amount.sum(allocations.stream().map(AllocationData::getAmount).filter(Objects::nonNull).toList());
    }

    public Amount financingTotal() {
        return Amount.sum(financingPlan.stream().map(FundingSourceData::getAmount).filter(Objects::nonNull).toList());
    }

    public Amount inKindTotal() {
        return Amount.sum(inKindContributions.stream().map(InKindData::getValue).filter(Objects::nonNull).toList());
    }

    // ------------------------------------------------------------------ accessors for the binders

    public PaymentTerms.Mode getPaymentMode() {
        return paymentMode;
    }

    public void setPaymentMode(PaymentTerms.Mode paymentMode) {
        this.paymentMode = paymentMode == null ? PaymentTerms.Mode.ADVANCE_AND_BALANCE : paymentMode;
    }

    public List<InstalmentData> instalments() {
        return instalments;
    }

    public int getYears() {
        return years;
    }

    public void setYears(Integer years) {
        this.years = years == null ? 1 : years;
    }

    public SettlementMode getSettlementMode() {
        return settlementMode;
    }

    public void setSettlementMode(SettlementMode settlementMode) {
        this.settlementMode = settlementMode;
    }

    /** Years 2, 3 and 4 (the ones beyond {@link #getYears()} are kept as typed, unused). */
    public List<LaterYearData> laterYears() {
        return laterYears;
    }

    public AssociationChoice getAssociation() {
        return association;
    }

    public void setAssociation(AssociationChoice association) {
        this.association = association;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public Signatory getSignatory() {
        return signatory;
    }

    public void setSignatory(Signatory signatory) {
        this.signatory = signatory;
    }

    public Integer getBudgetYear() {
        return budgetYear;
    }

    public void setBudgetYear(Integer budgetYear) {
        this.budgetYear = budgetYear;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = objectives;
    }

    public List<CategoryData> categories() {
        return categories;
    }

    public Amount getEligibleExpenses() {
        return eligibleExpenses;
    }

    public void setEligibleExpenses(Amount eligibleExpenses) {
        this.eligibleExpenses = eligibleExpenses;
    }

    public List<FundingSourceData> financingPlan() {
        return financingPlan;
    }

    public List<InKindData> inKindContributions() {
        return inKindContributions;
    }

    public Amount getSubsidy() {
        return subsidy;
    }

    public void setSubsidy(Amount subsidy) {
        this.subsidy = subsidy;
    }

    public List<AllocationData> allocations() {
        return allocations;
    }

    public Rate getAdvanceRate() {
        return advanceRate;
    }

    public void setAdvanceRate(Rate advanceRate) {
        this.advanceRate = advanceRate;
    }

    public List<DateData> paymentDates() {
        return paymentDates;
    }

    public boolean isPaymentOnEvent() {
        return paymentOnEvent;
    }

    public void setPaymentOnEvent(boolean paymentOnEvent) {
        this.paymentOnEvent = paymentOnEvent;
    }

    public LocalDate getAwardNotifiedOn() {
        return awardNotifiedOn;
    }

    public void setAwardNotifiedOn(LocalDate awardNotifiedOn) {
        this.awardNotifiedOn = awardNotifiedOn;
    }

    // ------------------------------------------------------------------ rows

    /** A category of the programme: its title and actions (its numeral is its position). */
    public static final class CategoryData {
        private String title;
        private final List<ActionData> actions = new ArrayList<>();

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public List<ActionData> actions() {
            return actions;
        }
    }

    /** One action of a category. */
    public static final class ActionData {
        private String text;

        public ActionData() {
        }

        public ActionData(String text) {
            this.text = text;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    /** One resource of the financing plan. */
    public static final class FundingSourceData {
        private FundingSourceKind kind;
        private String name;
        private Amount amount;

        public FundingSourceData() {
        }

        public FundingSourceData(FundingSourceKind kind, String name, Amount amount) {
            this.kind = kind;
            this.name = name;
            this.amount = amount;
        }

        public FundingSourceKind getKind() {
            return kind;
        }

        public void setKind(FundingSourceKind kind) {
            this.kind = kind;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Amount getAmount() {
            return amount;
        }

        public void setAmount(Amount amount) {
            this.amount = amount;
        }
    }

    /** One in-kind contribution. */
    public static final class InKindData {
        private InKindContributionKind kind;
        private String description;
        private Amount value;

        public InKindData() {
        }

        public InKindData(InKindContributionKind kind, String description, Amount value) {
            this.kind = kind;
            this.description = description;
            this.value = value;
        }

        public InKindContributionKind getKind() {
            return kind;
        }

        public void setKind(InKindContributionKind kind) {
            this.kind = kind;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public Amount getValue() {
            return value;
        }

        public void setValue(Amount value) {
            this.value = value;
        }
    }

    /** The part of the subsidy on one budget line. */
    public static final class AllocationData {
        private BudgetLineChoice line;
        private Amount amount;

        public AllocationData() {
        }

        public AllocationData(BudgetLineChoice line, Amount amount) {
            this.line = line;
            this.amount = amount;
        }

        public BudgetLineChoice getLine() {
            return line;
        }

        public void setLine(BudgetLineChoice line) {
            this.line = line;
        }

        public Amount getAmount() {
            return amount;
        }

        public void setAmount(Amount amount) {
            this.amount = amount;
        }
    }

    /** One payment date. */
    public static final class DateData {
        private LocalDate date;

        public DateData() {
        }

        public DateData(LocalDate date) {
            this.date = date;
        }

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }
    }

    /** One instalment of the schedule (V5): its amount and what it waits for; the last row is the balance. */
    public static final class InstalmentData {
        private Amount amount;
        private InstalmentCondition condition = InstalmentCondition.SIGNATURE;
        private LocalDate date;
        private ObligationType document;

        public InstalmentData() {
        }

        public InstalmentData(Amount amount, InstalmentCondition condition, LocalDate date, ObligationType document) {
            this.amount = amount;
            this.condition = condition;
            this.date = date;
            this.document = document;
        }

        static InstalmentData of(Instalment instalment) {
            return new InstalmentData(instalment.amount(), instalment.isBalance() ? InstalmentCondition.SIGNATURE : instalment.condition(),
                    instalment.dueDate(), instalment.awaitedDocument().map(ObligationType::valueOf).orElse(null));
        }

        /** The domain's instalment: the balance when {@code last}, otherwise on its condition (a date or a document only for those). */
        Instalment toInstalment(boolean last) {
            if (last) {
                return Instalment.balance(amount);
            }
            InstalmentCondition chosen = condition == null ? InstalmentCondition.SIGNATURE : condition;
            return new Instalment(amount, chosen, chosen == InstalmentCondition.DATE ? date : null,
                    chosen == InstalmentCondition.DOCUMENT_ACCEPTED && document != null ? document.name() : null);
        }

        public Amount getAmount() {
            return amount;
        }

        public void setAmount(Amount amount) {
            this.amount = amount;
        }

        public InstalmentCondition getCondition() {
            return condition;
        }

        public void setCondition(InstalmentCondition condition) {
            this.condition = condition;
        }

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public ObligationType getDocument() {
            return document;
        }

        public void setDocument(ObligationType document) {
            this.document = document;
        }
    }

    /** A later year of a multi-year agreement (D5): its amount and its part on each budget line of the subsidy's split. */
    public static final class LaterYearData {
        private Amount amount;
        private final Map<BudgetLineId, Amount> amountsByLine = new HashMap<>();

        public Amount getAmount() {
            return amount;
        }

        public void setAmount(Amount amount) {
            this.amount = amount;
        }

        public Map<BudgetLineId, Amount> amountsByLine() {
            return amountsByLine;
        }

        /** The total of its lines typed so far, on the lines of {@code split} (empty amounts count as zero). */
        public Amount splitTotal(List<AllocationData> split) {
            return Amount.sum(split.stream().filter(a -> a.getLine() != null).map(a -> amountsByLine.get(a.getLine().id()))
                    .filter(Objects::nonNull).toList());
        }

        /** The year's subsidy on the lines of {@code split} with an amount above zero; the domain checks B3. */
        Subsidy toSubsidy(List<AllocationData> split) {
            List<SubsidyAllocation> lines = new ArrayList<>();
            for (AllocationData allocation : split) {
                BudgetLineChoice line = Checks.require("répartition (ligne budgétaire)", allocation.getLine());
                Amount onLine = amountsByLine.get(line.id());
                if (onLine != null && !onLine.isZero()) {
                    lines.add(SubsidyAllocation.of(line.id(), line.allocationLabel(), onLine));
                }
            }
            return new Subsidy(Checks.require("montant de l'exercice", amount), lines);
        }
    }
}
