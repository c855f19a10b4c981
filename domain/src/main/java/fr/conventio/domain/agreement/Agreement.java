package fr.conventio.domain.agreement;

import fr.conventio.domain.settlement.KeepUnspentClause;
import fr.conventio.domain.shared.FrenchFormat;
import static fr.conventio.domain.agreement.AgreementStatus.APPROVED;
import static fr.conventio.domain.agreement.AgreementStatus.CLOSED;
import static fr.conventio.domain.agreement.AgreementStatus.DRAFT;
import static fr.conventio.domain.agreement.AgreementStatus.SETTLED;
import static fr.conventio.domain.agreement.AgreementStatus.SIGNED;
import static fr.conventio.domain.agreement.AgreementStatus.SUSPENDED;
import static fr.conventio.domain.agreement.AgreementStatus.TERMINATED;

import fr.conventio.domain.party.Deliberation;
import fr.conventio.domain.party.Representative;
import fr.conventio.domain.party.Signatory;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.Checks;
import fr.conventio.domain.shared.DatePeriod;
import fr.conventio.domain.shared.DomainException;
import fr.conventio.domain.shared.FunderId;
import fr.conventio.domain.shared.IllegalTransitionException;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.shared.Rate;
import fr.conventio.domain.shared.RuleViolationException;
import fr.conventio.domain.shared.TextLimits;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An annual objectives agreement (convention annuelle d'objectifs) between a funder and an
 * association, for one budget year (D2).
 *
 * <p>Lifecycle, and nothing else: {@link #create} → DRAFT; {@link #approve} DRAFT → APPROVED;
 * {@link #sign} APPROVED → SIGNED; {@link #suspend} SIGNED → SUSPENDED and {@link #resume} back;
 * {@link #markSettled} SIGNED/SUSPENDED → SETTLED (liquidée); {@link #close} SETTLED → CLOSED (a manager's decision, D2);
 * {@link #terminate} SIGNED/SUSPENDED/SETTLED → TERMINATED. The terms can be edited only in DRAFT;
 * once signed they change only by {@link #amend amendment} (M1), which can never touch the
 * Article 1 objectives nor the beneficiary (P3). A refused operation changes nothing.
 */
public final class Agreement {

    private final AgreementId id;
    /** Who drafted the agreement (login); unknown ({@code null}) for agreements drafted before it was kept. */
    private final String createdBy;
    private AgreementReference reference;
    private final FunderId funderId;
    private AssociationId associationId;
    private Signatory signatory;
    private Representative representative;
    private BudgetYear budgetYear;
    private AgreementObject object;
    private ActionProgramme programme;
    private ForecastBudget forecastBudget;
    private Subsidy subsidy;
    private PaymentTerms paymentTerms;
    /** The operation's own period (D4); {@code null} when it is the budget year. */
    private DatePeriod operationPeriod;
    /** The keep-unspent clause (A4); none by default. */
    private KeepUnspentClause keepUnspentClause = KeepUnspentClause.none();
    private AgreementStatus status;
    private Deliberation deliberation;
    private LocalDate signatureDate;
    private AgreementVersion originalVersion;
    private final List<Amendment> amendments = new ArrayList<>();
    private final List<ThirdPartyDelegation> thirdPartyDelegations = new ArrayList<>();
    private final List<Suspension> suspensions = new ArrayList<>();
    private Settlement settlement;
    private LocalDate closedOn;
    private Termination termination;

    private Agreement(AgreementId id, AgreementReference reference, FunderId funderId, AssociationId associationId,
                      Signatory signatory, Representative representative, BudgetYear budgetYear, AgreementObject object,
                      ActionProgramme programme, ForecastBudget forecastBudget, Subsidy subsidy, PaymentTerms paymentTerms,
                      String createdBy) {
        this.id = Checks.require("convention (identifiant)", id);
        this.createdBy = createdBy == null ? null : Checks.requireText("convention (rédigée par)", createdBy, TextLimits.USER);
        this.reference = Checks.require("référence de la convention", reference);
        this.funderId = Checks.require("convention (financeur)", funderId);
        this.associationId = Checks.require("convention (association bénéficiaire)", associationId);
        this.signatory = Checks.require("convention (signataire du financeur)", signatory);
        this.representative = Checks.require("convention (représentant de l'association)", representative);
        this.budgetYear = Checks.require("convention (exercice budgétaire)", budgetYear);
        this.object = Checks.require("objet de la convention", object);
        this.programme = Checks.require("programme d'actions", programme);
        this.forecastBudget = Checks.require("budget prévisionnel", forecastBudget);
        this.subsidy = Checks.require("subvention", subsidy);
        this.paymentTerms = Checks.require("modalités de versement", paymentTerms);
        requireSubsidyWithinExpenses(subsidy, forecastBudget);
        this.status = DRAFT;
    }

    /**
     * A new agreement, in DRAFT, drafted by {@code createdBy} (a login: whoever drafted it may not approve it
     * when duties are separated). The subsidy may not exceed the forecast eligible expenses (B2).
     */
    public static Agreement create(AgreementId id, AgreementReference reference, FunderId funderId, AssociationId associationId,
                                   Signatory signatory, Representative representative, BudgetYear budgetYear,
                                   AgreementObject object, ActionProgramme programme, ForecastBudget forecastBudget,
                                   Subsidy subsidy, PaymentTerms paymentTerms, String createdBy) {
        Checks.require("modalités de versement", paymentTerms).requireConsistentWith(Checks.require("subvention", subsidy).votedAmount());
        return new Agreement(id, reference, funderId, associationId, signatory, representative, budgetYear, object,
                programme, forecastBudget, subsidy, paymentTerms, Checks.requireText("convention (rédigée par)", createdBy, TextLimits.USER));
    }

    /**
     * Rebuilds an agreement from storage with every field as saved. The current terms
     * ({@code signatory} ... {@code paymentTerms}) are those in force (after the last amendment).
     * Fields that do not apply to the status are {@code null} (or empty lists): {@code deliberation}
     * before approval; {@code signatureDate} and {@code originalVersion} (version 0) before signature;
     * {@code settlement} before settlement; {@code closedOn} unless CLOSED; {@code termination} unless
     * TERMINATED. {@code createdBy} is {@code null} for agreements drafted before the author was kept. The
     * data must be consistent with the status, amendments numbered 1, 2, ... and the current terms equal to
     * the last version; otherwise a {@link DomainException} is thrown.
     */
    public static Agreement rehydrate(AgreementId id, AgreementReference reference, FunderId funderId, AssociationId associationId,
                                      Signatory signatory, Representative representative, BudgetYear budgetYear,
                                      AgreementObject object, ActionProgramme programme, ForecastBudget forecastBudget,
                                      Subsidy subsidy, PaymentTerms paymentTerms, AgreementStatus status,
                                      Deliberation deliberation, LocalDate signatureDate, AgreementVersion originalVersion,
                                      List<Amendment> amendments, List<ThirdPartyDelegation> thirdPartyDelegations,
                                      List<Suspension> suspensions, Settlement settlement, LocalDate closedOn,
                                      Termination termination, String createdBy) {
        return rehydrate(id, reference, funderId, associationId, signatory, representative, budgetYear, object, programme,
                forecastBudget, subsidy, paymentTerms, null, KeepUnspentClause.none(), status, deliberation, signatureDate,
                originalVersion, amendments, thirdPartyDelegations, suspensions, settlement, closedOn, termination, createdBy);
    }

    /**
     * As the other {@code rehydrate}, with the operation's own period in force (D4, {@code null} for the budget year)
     * and the keep-unspent clause in force (A4).
     */
    public static Agreement rehydrate(AgreementId id, AgreementReference reference, FunderId funderId, AssociationId associationId,
                                      Signatory signatory, Representative representative, BudgetYear budgetYear,
                                      AgreementObject object, ActionProgramme programme, ForecastBudget forecastBudget,
                                      Subsidy subsidy, PaymentTerms paymentTerms, DatePeriod operationPeriod,
                                      KeepUnspentClause keepUnspentClause, AgreementStatus status,
                                      Deliberation deliberation, LocalDate signatureDate, AgreementVersion originalVersion,
                                      List<Amendment> amendments, List<ThirdPartyDelegation> thirdPartyDelegations,
                                      List<Suspension> suspensions, Settlement settlement, LocalDate closedOn,
                                      Termination termination, String createdBy) {
        Agreement agreement = new Agreement(id, reference, funderId, associationId, signatory, representative, budgetYear,
                object, programme, forecastBudget, subsidy, paymentTerms, createdBy);
        agreement.operationPeriod = operationPeriod;
        agreement.keepUnspentClause = Checks.require("clause de conservation", keepUnspentClause);
        agreement.status = Checks.require("convention (état)", status);
        agreement.deliberation = deliberation;
        agreement.signatureDate = signatureDate;
        agreement.originalVersion = originalVersion;
        agreement.amendments.addAll(Checks.copyOf("avenant", amendments));
        agreement.thirdPartyDelegations.addAll(Checks.copyOf("délégation à un tiers", thirdPartyDelegations));
        agreement.suspensions.addAll(Checks.copyOf("suspension", suspensions));
        agreement.settlement = settlement;
        agreement.closedOn = closedOn;
        agreement.termination = termination;
        agreement.checkConsistency();
        return agreement;
    }

    private void checkConsistency() {
        boolean approved = status != DRAFT;
        boolean signed = approved && status != APPROVED;
        boolean settled = status == SETTLED || status == CLOSED || (status == TERMINATED && settlement != null);
        inconsistentIf(approved != (deliberation != null), "délibération présente si et seulement si la convention est approuvée");
        inconsistentIf(signed != (signatureDate != null) || signed != (originalVersion != null),
                "date de signature et version d'origine présentes si et seulement si la convention est signée");
        inconsistentIf(!signed && !(amendments.isEmpty() && suspensions.isEmpty()), "avenants ou suspensions sur une convention non signée");
        inconsistentIf(!approved && !thirdPartyDelegations.isEmpty(), "délégation à un tiers sur une convention non approuvée");
        inconsistentIf(settled != (settlement != null), "solde présent si et seulement si la convention est soldée");
        inconsistentIf((status == CLOSED) != (closedOn != null), "date de clôture présente si et seulement si la convention est clôturée");
        inconsistentIf((status == TERMINATED) != (termination != null), "résiliation présente si et seulement si la convention est résiliée");
        inconsistentIf((status == SUSPENDED) != ongoingSuspension().isPresent(), "suspension en cours si et seulement si la convention est suspendue");
        if (signed) {
            inconsistentIf(originalVersion.number() != 0, "la version d'origine porte le numéro 0");
            for (int i = 0; i < amendments.size(); i++) {
                inconsistentIf(amendments.get(i).number() != i + 1, "avenants non numérotés 1, 2, 3... dans l'ordre");
            }
            inconsistentIf(!sameTerms(currentVersionSnapshot(0, signatureDate), lastVersion()),
                    "les conditions en vigueur diffèrent de la dernière version");
        }
    }

    private void inconsistentIf(boolean condition, String what) {
        if (condition) {
            throw new DomainException("convention " + reference + " : données incohérentes (" + status.label() + ") : " + what);
        }
    }

    // ---------------------------------------------------------------- editing the draft

    public void changeReference(AgreementReference newReference) {
        requireStatus("modifier la référence", DRAFT);
        this.reference = Checks.require("référence de la convention", newReference);
    }

    /** Changes the beneficiary and its representative. Possible only in DRAFT: once signed, never (P3). */
    public void changeBeneficiary(AssociationId newAssociationId, Representative newRepresentative) {
        requireStatus("changer d'association bénéficiaire (une autre association exige une nouvelle convention)", DRAFT);
        Checks.require("convention (association bénéficiaire)", newAssociationId);
        Checks.require("convention (représentant de l'association)", newRepresentative);
        this.associationId = newAssociationId;
        this.representative = newRepresentative;
    }

    public void changeSignatory(Signatory newSignatory) {
        requireStatus("changer le signataire hors avenant", DRAFT);
        this.signatory = Checks.require("convention (signataire du financeur)", newSignatory);
    }

    public void changeRepresentative(Representative newRepresentative) {
        requireStatus("changer le représentant de l'association hors avenant", DRAFT);
        this.representative = Checks.require("convention (représentant de l'association)", newRepresentative);
    }

    public void changeBudgetYear(BudgetYear newBudgetYear) {
        requireStatus("changer l'exercice budgétaire", DRAFT);
        this.budgetYear = Checks.require("convention (exercice budgétaire)", newBudgetYear);
    }

    /** Changes the Article 1 objectives: only in DRAFT, never afterwards (not even by amendment, M1). */
    public void changeObject(AgreementObject newObject) {
        requireStatus("modifier l'objet (article 1er)", DRAFT);
        this.object = Checks.require("objet de la convention", newObject);
    }

    public void changeProgramme(ActionProgramme newProgramme) {
        requireStatus("modifier le programme d'actions hors avenant", DRAFT);
        this.programme = Checks.require("programme d'actions", newProgramme);
    }

    /** Changes the forecast budget and the subsidy together (B1, B2, B3). */
    public void changeFinancials(ForecastBudget newForecastBudget, Subsidy newSubsidy) {
        requireStatus("modifier le budget et la subvention hors avenant", DRAFT);
        Checks.require("budget prévisionnel", newForecastBudget);
        Checks.require("subvention", newSubsidy);
        requireSubsidyWithinExpenses(newSubsidy, newForecastBudget);
        this.forecastBudget = newForecastBudget;
        this.subsidy = newSubsidy;
    }

    public void changeForecastBudget(ForecastBudget newForecastBudget) {
        changeFinancials(newForecastBudget, subsidy);
    }

    public void changeSubsidy(Subsidy newSubsidy) {
        changeFinancials(forecastBudget, newSubsidy);
    }

    public void changePaymentTerms(PaymentTerms newTerms) {
        requireStatus("modifier les modalités de versement hors avenant", DRAFT);
        Checks.require("modalités de versement", newTerms).requireConsistentWith(subsidy.votedAmount());
        this.paymentTerms = newTerms;
    }

    /**
     * Sets the operation's own period (D4): any period (start ≤ end), e.g. a season from September to June across
     * two years; {@code null} for the budget year (the default). Deadlines counted from the end of the operation
     * (O9) use its end.
     */
    public void changeOperationPeriod(DatePeriod newPeriod) {
        requireStatus("modifier la période de l'opération hors avenant", DRAFT);
        this.operationPeriod = newPeriod;
    }

    /** Sets the keep-unspent clause (A4): none, a rate of the subsidy or an amount. */
    public void changeKeepUnspentClause(KeepUnspentClause newClause) {
        requireStatus("modifier la clause de conservation hors avenant", DRAFT);
        this.keepUnspentClause = Checks.require("clause de conservation", newClause);
    }

    // ---------------------------------------------------------------- lifecycle

    /** DRAFT → APPROVED: the funder's deliberation approves the agreement and authorises its signature (P1). */
    public void approve(Deliberation approvingDeliberation) {
        requireStatus("approuver", DRAFT);
        paymentTerms.requireConsistentWith(subsidy.votedAmount());
        this.deliberation = Checks.require("délibération", approvingDeliberation);
        this.status = APPROVED;
    }

    /** APPROVED → SIGNED, on a date not before the authorising deliberation (P1). The signed terms become version 0. */
    public void sign(LocalDate date) {
        requireStatus("signer", APPROVED);
        Checks.require("date de signature", date);
        if (date.isBefore(deliberation.date())) {
            throw new RuleViolationException("P1", "date de signature", "convention " + reference + " : la signature du " + FrenchFormat.date(date)
                    + " ne peut précéder la " + deliberation.designation() + " qui l'autorise");
        }
        this.signatureDate = date;
        this.originalVersion = currentVersionSnapshot(0, date);
        this.status = SIGNED;
    }

    /** SIGNED → SUSPENDED (decision of the funder under A3, recorded elsewhere with its amount). */
    public void suspend(String reason, LocalDate date) {
        requireStatus("suspendre", SIGNED);
        Suspension suspension = new Suspension(reason, date, null);
        requireNotBefore("date de suspension", date, signatureDate, "la signature");
        suspensions.add(suspension);
        this.status = SUSPENDED;
    }

    /** SUSPENDED → SIGNED. */
    public void resume(LocalDate date) {
        requireStatus("reprendre", SUSPENDED);
        Checks.require("date de reprise", date);
        Suspension ongoing = ongoingSuspension().orElseThrow();
        requireNotBefore("date de reprise", date, ongoing.since(), "la suspension");
        suspensions.set(suspensions.size() - 1, ongoing.resumed(date));
        this.status = SIGNED;
    }

    /**
     * SIGNED or SUSPENDED → SETTLED (liquidée) with the outcome of the settlement (A1): the final subsidy,
     * which can never exceed the voted subsidy in force (when real expenses are higher, the subsidy is not
     * raised), the real expenses and the subsidy in force it was computed on, recorded by {@code settledBy} (a
     * login: whoever settled may not pay the balance when duties are separated). An ongoing suspension ends on
     * the settlement date. Settling neither pays the balance nor closes the file (D2).
     */
    public void markSettled(fr.conventio.domain.settlement.Settlement outcome, LocalDate date, String settledBy) {
        requireSettleable();
        Checks.require("liquidation", outcome);
        Settlement newSettlement = new Settlement(outcome.finalSubsidy(), date, outcome.realExpenses(), outcome.votedSubsidy(),
                Checks.requireText("liquidation (enregistrée par)", settledBy, TextLimits.USER));
        requireNotBefore("date de liquidation", date, signatureDate, "la signature");
        if (outcome.finalSubsidy().isGreaterThan(subsidy.votedAmount())) {
            throw new RuleViolationException("A1", "convention " + reference + " : la subvention définitive de " + outcome.finalSubsidy()
                    + " ne peut pas dépasser la subvention votée de " + subsidy.votedAmount() + " (jamais réévaluée à la hausse)");
        }
        endOngoingSuspension(date);
        this.settlement = newSettlement;
        this.status = SETTLED;
    }

    /**
     * SETTLED → CLOSED (clôturée): the explicit decision of a manager that nothing is left to do (D2). Whether
     * anything is still open (an obligation, a balance, a sum to recover) is the agreement account's check,
     * made before; this guards the state and the date.
     */
    public void close(LocalDate date) {
        refuseIfAlreadyDone();
        requireStatus("clôturer", SETTLED);
        Checks.require("date de clôture", date);
        requireNotBefore("date de clôture", date, settlement.settledOn(), "la liquidation");
        this.closedOn = date;
        this.status = CLOSED;
    }

    /**
     * SIGNED, SUSPENDED or SETTLED → TERMINATED. The notice period (T1) and the restitution (T3) are
     * decided by the termination policy; this only guards the state and records date and ground.
     * An ongoing suspension ends on the effective date.
     */
    public void terminate(LocalDate effectiveDate, String ground) {
        refuseIfAlreadyDone();
        requireStatus("résilier", SIGNED, SUSPENDED, SETTLED);
        Termination newTermination = new Termination(effectiveDate, ground);
        requireNotBefore("date d'effet de la résiliation", effectiveDate, signatureDate, "la signature");
        endOngoingSuspension(effectiveDate);
        this.termination = newTermination;
        this.status = TERMINATED;
    }

    /**
     * Records the funder's agreement to entrust all or part of the actions to a third party (P4).
     * Only once the agreement is approved (APPROVED, SIGNED or SUSPENDED), and not before the deliberation.
     */
    public ThirdPartyDelegation recordThirdPartyDelegation(String description, LocalDate agreedOn) {
        requireStatus("enregistrer l'accord du financeur pour confier des actions à un tiers", APPROVED, SIGNED, SUSPENDED);
        ThirdPartyDelegation delegation = new ThirdPartyDelegation(description, agreedOn);
        if (agreedOn.isBefore(deliberation.date())) {
            throw new RuleViolationException("P4", "convention " + reference + " : l'accord du " + FrenchFormat.date(agreedOn)
                    + " pour confier des actions à un tiers ne peut précéder la " + deliberation.designation());
        }
        thirdPartyDelegations.add(delegation);
        return delegation;
    }

    // ---------------------------------------------------------------- amendments (M1)

    /**
     * Amends the agreement (M1), when SIGNED or SUSPENDED. The amendment gets the next number, lists
     * the elements that really change and produces a new version. Refused, changing nothing, when it
     * would change the Article 1 objectives (M1) or the beneficiary (P3), when it changes nothing (M1),
     * when it is dated before the signature or the previous amendment (M1), or when the subsidy would
     * exceed the eligible expenses (B2). Whether the new subsidy stays above what was already paid is
     * the application layer's check.
     */
    public Amendment amend(AmendmentRequest request) {
        requireStatus("modifier par avenant", SIGNED, SUSPENDED);
        Checks.require("avenant", request);
        if (request.beneficiary() != null && !request.beneficiary().equals(associationId)) {
            throw new RuleViolationException("P3", "convention " + reference + " : un avenant ne peut pas changer d'association"
                    + " bénéficiaire (intuitu personae, art. 11) ; un autre bénéficiaire exige une nouvelle convention");
        }
        if (request.object() != null && !request.object().equals(object)) {
            throw new RuleViolationException("M1", "convention " + reference + " : un avenant ne peut jamais remettre en cause"
                    + " les objectifs généraux définis à l'article 1er (art. 9)");
        }
        LocalDate notBefore = amendments.isEmpty() ? signatureDate : amendments.getLast().date();
        if (request.date().isBefore(notBefore)) {
            throw new RuleViolationException("M1", "convention " + reference + " : l'avenant daté du " + FrenchFormat.date(request.date())
                    + " ne peut précéder " + (amendments.isEmpty() ? "la signature" : "l'avenant n° " + amendments.getLast().number())
                    + " du " + FrenchFormat.date(notBefore));
        }
        Subsidy newSubsidy = Objects.requireNonNullElse(request.subsidy(), subsidy);
        ForecastBudget newBudget = Objects.requireNonNullElse(request.forecastBudget(), forecastBudget);
        ActionProgramme newProgramme = Objects.requireNonNullElse(request.programme(), programme);
        PaymentTerms newTerms = Objects.requireNonNullElse(request.paymentTerms(), paymentTerms);
        Signatory newSignatory = Objects.requireNonNullElse(request.signatory(), signatory);
        Representative newRepresentative = Objects.requireNonNullElse(request.representative(), representative);
        DatePeriod newOperationPeriod = request.operationPeriod() == null ? operationPeriod : request.operationPeriod();
        KeepUnspentClause newClause = Objects.requireNonNullElse(request.keepUnspentClause(), keepUnspentClause);

        Set<ChangedElement> changes = EnumSet.noneOf(ChangedElement.class);
        if (!newSubsidy.votedAmount().equals(subsidy.votedAmount())) {
            changes.add(ChangedElement.SUBSIDY_AMOUNT);
        }
        if (!newSubsidy.hasSameSplitAs(subsidy)) {
            changes.add(ChangedElement.SUBSIDY_SPLIT);
        }
        addIfChanged(changes, ChangedElement.FORECAST_BUDGET, newBudget, forecastBudget);
        addIfChanged(changes, ChangedElement.PROGRAMME, newProgramme, programme);
        addIfChanged(changes, ChangedElement.PAYMENT_TERMS, newTerms, paymentTerms);
        addIfChanged(changes, ChangedElement.SIGNATORY, newSignatory, signatory);
        addIfChanged(changes, ChangedElement.REPRESENTATIVE, newRepresentative, representative);
        addIfChanged(changes, ChangedElement.OPERATION_PERIOD, effective(newOperationPeriod), operationPeriod());
        addIfChanged(changes, ChangedElement.KEEP_UNSPENT_CLAUSE, newClause, keepUnspentClause);
        if (request.otherChange() != null) {
            changes.add(ChangedElement.OTHER);
        }
        if (changes.isEmpty()) {
            throw new RuleViolationException("M1", "convention " + reference + " : l'avenant « " + request.description()
                    + " » ne modifie aucun élément de la convention");
        }
        requireSubsidyWithinExpenses(newSubsidy, newBudget);
        newTerms.requireConsistentWith(newSubsidy.votedAmount());

        int number = amendments.size() + 1;
        AgreementVersion version = new AgreementVersion(number, request.date(), newSubsidy, newBudget, newProgramme,
                newTerms, newSignatory, newRepresentative, newOperationPeriod, newClause);
        Amendment amendment = new Amendment(number, request.date(), request.description(), List.copyOf(changes),
                request.otherChange(), version);
        this.subsidy = newSubsidy;
        this.forecastBudget = newBudget;
        this.programme = newProgramme;
        this.paymentTerms = newTerms;
        this.signatory = newSignatory;
        this.representative = newRepresentative;
        this.operationPeriod = newOperationPeriod;
        this.keepUnspentClause = newClause;
        amendments.add(amendment);
        return amendment;
    }

    private static <T> void addIfChanged(Set<ChangedElement> changes, ChangedElement element, T newValue, T current) {
        if (!newValue.equals(current)) {
            changes.add(element);
        }
    }

    // ---------------------------------------------------------------- calculations

    /** The subsidy's share of the forecast eligible expenses, two decimals (B2): 7.69 % for the seed. */
    public Rate shareOfCost() {
        return subsidy.shareOfCost(forecastBudget);
    }

    /** Whether the subsidy makes this agreement mandatory (D3), with the explanation. */
    public AgreementRequirement requirement() {
        return AgreementThreshold.requirementFor(subsidy.votedAmount());
    }

    /** The period of the agreement (D2): its budget year, 1 January to 31 December. */
    public DatePeriod period() {
        return budgetYear.period();
    }

    /** The operation's period (D4): its own when set, otherwise the budget year. O9 counts from its end. */
    public DatePeriod operationPeriod() {
        return effective(operationPeriod);
    }

    /** The operation's own period (D4), when it is not simply the budget year. */
    public Optional<DatePeriod> ownOperationPeriod() {
        return Optional.ofNullable(operationPeriod);
    }

    /** The keep-unspent clause (A4): none, a rate of the subsidy or an amount. */
    public KeepUnspentClause keepUnspentClause() {
        return keepUnspentClause;
    }

    private DatePeriod effective(DatePeriod ownPeriod) {
        return ownPeriod == null ? budgetYear.period() : ownPeriod;
    }

    // ---------------------------------------------------------------- guards

    /**
     * Refuses a settlement unless the agreement is signed or suspended, naming the true reason: an agreement
     * already settled (or closed, or terminated) is refused as such, with the date, not as "not signed".
     * Called before the settlement is computed, so that the refusal does not come from the figures.
     */
    public void requireSettleable() {
        if (settlement != null && (status == SETTLED || status == CLOSED)) {
            throw new IllegalTransitionException("convention " + reference + " : elle a déjà été liquidée le "
                    + FrenchFormat.date(settlement.settledOn()) + " : une convention n'est liquidée qu'une fois");
        }
        refuseIfAlreadyDone();
        requireStatus("liquider", SIGNED, SUSPENDED);
    }

    /** A closed or terminated agreement is refused for what it is (the end of its life), whatever the action. */
    private void refuseIfAlreadyDone() {
        if (status == CLOSED) {
            throw new IllegalTransitionException("convention " + reference + " : le dossier est déjà clôturé depuis le "
                    + FrenchFormat.date(closedOn) + " : plus rien ne peut y être enregistré");
        }
        if (status == TERMINATED) {
            throw new IllegalTransitionException("convention " + reference + " : elle a déjà été résiliée avec effet au "
                    + FrenchFormat.date(termination.effectiveDate()) + " : plus rien ne peut y être enregistré");
        }
    }

    /**
     * Refuses to delete an agreement that is no longer a draft (issue 9): a draft may be deleted while nobody has
     * decided on it; once approved or signed it stays on file, whatever becomes of it.
     */
    public void requireDeletable() {
        if (status != DRAFT) {
            throw new IllegalTransitionException("La convention " + reference + " n'est plus un brouillon (elle est à l'état « "
                    + status.label() + " ») : elle ne peut pas être supprimée.");
        }
    }

    private void requireStatus(String action, AgreementStatus... allowed) {
        if (!Arrays.asList(allowed).contains(status)) {
            throw new IllegalTransitionException("convention " + reference + " : impossible " + FrenchFormat.de(action)
                    + " : elle est à l'état « " + status.label() + " » ; état requis : "
                    + Arrays.stream(allowed).map(s -> "« " + s.label() + " »").collect(Collectors.joining(" ou ")));
        }
    }

    private void requireNotBefore(String field, LocalDate date, LocalDate reference, String referenceName) {
        Checks.require(field, date);
        if (date.isBefore(reference)) {
            throw new InvalidValueException(field, "le " + FrenchFormat.date(date) + " précède " + referenceName + " du " + FrenchFormat.date(reference));
        }
    }

    private static void requireSubsidyWithinExpenses(Subsidy subsidy, ForecastBudget budget) {
        if (subsidy.votedAmount().isGreaterThan(budget.eligibleExpenses())) {
            throw new RuleViolationException("B2", "la subvention de " + subsidy.votedAmount()
                    + " ne peut pas dépasser les dépenses éligibles prévisionnelles de " + budget.eligibleExpenses());
        }
    }

    private AgreementVersion currentVersionSnapshot(int number, LocalDate date) {
        return new AgreementVersion(number, date, subsidy, forecastBudget, programme, paymentTerms, signatory, representative,
                operationPeriod, keepUnspentClause);
    }

    private static boolean sameTerms(AgreementVersion a, AgreementVersion b) {
        return a.subsidy().equals(b.subsidy()) && a.forecastBudget().equals(b.forecastBudget()) && a.programme().equals(b.programme())
                && a.paymentTerms().equals(b.paymentTerms()) && a.signatory().equals(b.signatory())
                && a.representative().equals(b.representative()) && Objects.equals(a.operationPeriod(), b.operationPeriod())
                && a.keepUnspentClause().equals(b.keepUnspentClause());
    }

    private AgreementVersion lastVersion() {
        return amendments.isEmpty() ? originalVersion : amendments.getLast().version();
    }

    /** A suspension still running when the agreement is settled or terminated ends on that date. */
    private void endOngoingSuspension(LocalDate date) {
        ongoingSuspension().ifPresent(ongoing -> suspensions.set(suspensions.size() - 1,
                ongoing.resumed(date.isBefore(ongoing.since()) ? ongoing.since() : date)));
    }

    private Optional<Suspension> ongoingSuspension() {
        return suspensions.isEmpty() || !suspensions.getLast().isOngoing() ? Optional.empty() : Optional.of(suspensions.getLast());
    }

    // ---------------------------------------------------------------- accessors

    public AgreementId id() {
        return id;
    }

    public AgreementReference reference() {
        return reference;
    }

    /** Who drafted the agreement (login), when known (not for agreements drafted before it was kept). */
    public Optional<String> createdBy() {
        return Optional.ofNullable(createdBy);
    }

    public FunderId funderId() {
        return funderId;
    }

    public AssociationId associationId() {
        return associationId;
    }

    public Signatory signatory() {
        return signatory;
    }

    public Representative representative() {
        return representative;
    }

    public BudgetYear budgetYear() {
        return budgetYear;
    }

    public AgreementObject object() {
        return object;
    }

    public ActionProgramme programme() {
        return programme;
    }

    public ForecastBudget forecastBudget() {
        return forecastBudget;
    }

    public Subsidy subsidy() {
        return subsidy;
    }

    public PaymentTerms paymentTerms() {
        return paymentTerms;
    }

    public AgreementStatus status() {
        return status;
    }

    public Optional<Deliberation> deliberation() {
        return Optional.ofNullable(deliberation);
    }

    public Optional<LocalDate> signatureDate() {
        return Optional.ofNullable(signatureDate);
    }

    /** The number of the version in force: the number of amendments (0 for the agreement as signed). */
    public int versionNumber() {
        return amendments.size();
    }

    public List<Amendment> amendments() {
        return List.copyOf(amendments);
    }

    /** Every version, version 0 (as signed) first, then one per amendment; empty before signature. */
    public List<AgreementVersion> versions() {
        if (originalVersion == null) {
            return List.of();
        }
        List<AgreementVersion> versions = new ArrayList<>();
        versions.add(originalVersion);
        amendments.forEach(a -> versions.add(a.version()));
        return List.copyOf(versions);
    }

    public List<ThirdPartyDelegation> thirdPartyDelegations() {
        return List.copyOf(thirdPartyDelegations);
    }

    /** Every suspension period, the ongoing one (if SUSPENDED) last. */
    public List<Suspension> suspensions() {
        return List.copyOf(suspensions);
    }

    public Optional<Suspension> currentSuspension() {
        return status == SUSPENDED ? ongoingSuspension() : Optional.empty();
    }

    public Optional<Settlement> settlement() {
        return Optional.ofNullable(settlement);
    }

    public Optional<LocalDate> closedOn() {
        return Optional.ofNullable(closedOn);
    }

    public Optional<Termination> termination() {
        return Optional.ofNullable(termination);
    }
}
