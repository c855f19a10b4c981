package fr.conventio.domain.obligation;

import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.FrenchFormat;
import fr.conventio.domain.shared.IllegalTransitionException;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.shared.RuleViolationException;
import fr.conventio.domain.shared.TextLimits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One item the association owes the funder (O1–O10), with its due date, the evidence received and
 * the review of it. An aggregate of its own that refers to its agreement by id.
 *
 * <ul>
 *   <li>PENDING, RECEIVED, REJECTED —receive→ RECEIVED (several pieces allowed)</li>
 *   <li>RECEIVED —accept→ ACCEPTED; RECEIVED —reject (reason)→ REJECTED, new evidence expected</li>
 *   <li>PENDING, RECEIVED, REJECTED —waive (who, when, why: O11)→ WAIVED</li>
 * </ul>
 *
 * OVERDUE is derived by {@link #statusOn(LocalDate)}: lateness alone never changes the stored
 * state, and tolerating a late item never waives it (O11). Every transition is kept in the history.
 */
public final class Obligation {

    private final ObligationId id;
    private final AgreementId agreementId;
    private final ObligationType type;
    private LocalDate dueDate;
    private ObligationStatus status;
    private final List<ObligationEvent> history;
    /** Why the obligation was added after the signature (O4 re-evaluated on the annual total), {@code null} when it came with it. */
    private final String addedReason;
    /** O5: when the general assembly approved the accounts, recorded with the annual accounts (O3); {@code null} until known. */
    private LocalDate accountsApprovedOn;

    private Obligation(ObligationId id, AgreementId agreementId, ObligationType type, LocalDate dueDate,
                       ObligationStatus status, List<ObligationEvent> history, String addedReason, LocalDate accountsApprovedOn) {
        this.id = Objects.requireNonNull(id, "obligation : identifiant absent");
        this.agreementId = Objects.requireNonNull(agreementId, "obligation : convention absente");
        this.type = Objects.requireNonNull(type, "obligation : nature absente");
        if (dueDate == null) {
            throw new InvalidValueException("échéance", "l'obligation « " + type.label() + " » n'a pas d'échéance");
        }
        this.dueDate = dueDate;
        this.status = Objects.requireNonNull(status, "obligation : statut absent");
        if (status == ObligationStatus.OVERDUE) {
            throw new InvalidValueException("statut", "le retard est calculé, jamais enregistré");
        }
        this.history = new ArrayList<>(history);
        if (addedReason != null) {
            TextLimits.check("motif de l'ajout", addedReason.strip(), TextLimits.REASON);
            if (addedReason.isBlank()) {
                throw new InvalidValueException("motif de l'ajout", "le motif de l'ajout est vide");
            }
        }
        this.addedReason = addedReason == null ? null : addedReason.strip();
        if (accountsApprovedOn != null && type != ObligationType.ANNUAL_ACCOUNTS) {
            throw new InvalidValueException(ObligationSchedule.ACCOUNTS_APPROVAL_FIELD, "seuls les comptes annuels portent cette date");
        }
        this.accountsApprovedOn = accountsApprovedOn;
    }

    /** A new obligation, PENDING until evidence arrives. */
    public static Obligation create(ObligationId id, AgreementId agreementId, ObligationType type, LocalDate dueDate) {
        return new Obligation(id, agreementId, type, dueDate, ObligationStatus.PENDING, List.of(), null, null);
    }

    /**
     * A new obligation added to an agreement already signed, PENDING, with the reason it was added (O4: the
     * association's annual total from the funder now exceeds the threshold), kept with it and in its history.
     */
    public static Obligation added(ObligationId id, AgreementId agreementId, ObligationType type, LocalDate dueDate, String reason) {
        if (reason == null) {
            throw new InvalidValueException("motif de l'ajout", "une obligation ajoutée après la signature dit pourquoi");
        }
        return new Obligation(id, agreementId, type, dueDate, ObligationStatus.PENDING, List.of(), reason, null);
    }

    /**
     * Rebuilds an obligation from storage: its stored status (never OVERDUE, which is derived) and
     * its full history, oldest first. No rule is applied again.
     */
    public static Obligation rehydrate(ObligationId id, AgreementId agreementId, ObligationType type, LocalDate dueDate,
                                       ObligationStatus status, List<ObligationEvent> history) {
        return new Obligation(id, agreementId, type, dueDate, status, history, null, null);
    }

    /** {@link #rehydrate}, for an obligation added after the signature with its reason ({@code null}: it came with the signature). */
    public static Obligation rehydrate(ObligationId id, AgreementId agreementId, ObligationType type, LocalDate dueDate,
                                       ObligationStatus status, List<ObligationEvent> history, String addedReason) {
        return new Obligation(id, agreementId, type, dueDate, status, history, addedReason, null);
    }

    /**
     * {@link #rehydrate}, with the general assembly's approval date of the accounts when the annual accounts carry
     * one (O5; {@code null}: not known, or not the annual accounts).
     */
    public static Obligation rehydrate(ObligationId id, AgreementId agreementId, ObligationType type, LocalDate dueDate,
                                       ObligationStatus status, List<ObligationEvent> history, String addedReason,
                                       LocalDate accountsApprovedOn) {
        return new Obligation(id, agreementId, type, dueDate, status, history, addedReason, accountsApprovedOn);
    }

    /**
     * O5: records, on the annual accounts (O3), the date the general assembly approved them, refused when it is after
     * {@code today} or before the close of the fiscal year ({@link ObligationSchedule#checkAccountsApproval}). It may
     * be corrected later, while the annual accounts are not accepted.
     */
    public void recordAccountsApproval(LocalDate approvedOn, LocalDate fiscalYearEnd, LocalDate today) {
        if (type != ObligationType.ANNUAL_ACCOUNTS) {
            throw new InvalidValueException(ObligationSchedule.ACCOUNTS_APPROVAL_FIELD, "elle se renseigne avec les comptes annuels, pas avec « "
                    + type.label() + " »");
        }
        if (status.isFulfilled()) {
            throw new IllegalTransitionException("l'obligation « " + type.label() + " » est " + status.label()
                    + " : impossible de modifier la date d'approbation des comptes");
        }
        this.accountsApprovedOn = ObligationSchedule.checkAccountsApproval(approvedOn, fiscalYearEnd, today);
    }

    /**
     * O5: sets the due date of an obligation counted from the general assembly's approval of the accounts (three
     * months after {@code approvedOn}) and records it in the history with the reason (« Échéance fixée au … : comptes
     * approuvés par l'assemblée générale le … »), the provisional date it replaces included. An obligation accepted or
     * waived keeps its date; an obligation not counted from that approval is left as is.
     *
     * @return whether the history got the new date
     */
    public boolean countFromAccountsApproval(LocalDate approvedOn, String by, LocalDate on) {
        Optional<LocalDate> due = ObligationSchedule.dueFromAccountsApproval(type, approvedOn);
        if (due.isEmpty() || status.isFulfilled()) {
            return false;
        }
        String reason = "Échéance fixée au " + FrenchFormat.date(due.get()) + " : comptes approuvés par l'assemblée générale le "
                + FrenchFormat.date(approvedOn) + " (échéance précédente : " + FrenchFormat.date(dueDate) + ")";
        // on the day the approval was recorded, or the day of the last event when that is later (the history stays in order)
        LocalDate at = history.isEmpty() || on == null || !on.isBefore(history.getLast().on()) ? on : history.getLast().on();
        history.add(event(ObligationEvent.Kind.RESCHEDULED, at, by, null, reason));
        this.dueDate = due.get();
        return true;
    }

    /**
     * Whether the due date is still the provisional one (O5: counted from the general assembly's approval of the
     * accounts, which is not recorded yet): no {@link ObligationEvent.Kind#RESCHEDULED} in the history.
     */
    public boolean dueDateProvisional() {
        return dueDateProvisional(type, history);
    }

    /** {@link #dueDateProvisional()} for an obligation of {@code type} with {@code history} (the read side's lines). */
    public static boolean dueDateProvisional(ObligationType type, List<ObligationEvent> history) {
        return ObligationSchedule.countsFromAccountsApproval(type)
                && history.stream().noneMatch(e -> e.kind() == ObligationEvent.Kind.RESCHEDULED);
    }

    /**
     * Moves the due date when the date it counts from changes (D4: an amendment changes the end of the operation,
     * O7–O9). An obligation already accepted or waived keeps its date (it is done).
     *
     * @return whether the due date changed
     */
    public boolean reschedule(LocalDate newDueDate) {
        if (newDueDate == null) {
            throw new InvalidValueException("échéance", "l'obligation « " + type.label() + " » n'a pas d'échéance");
        }
        if (status.isFulfilled() || newDueDate.equals(dueDate)) {
            return false;
        }
        this.dueDate = newDueDate;
        return true;
    }

    /** Records a piece of evidence (several allowed); the obligation waits for review. */
    public void receive(EvidenceRef evidence, LocalDate receivedOn, String receivedBy) {
        requireStatus("recevoir une pièce", ObligationStatus.PENDING, ObligationStatus.RECEIVED, ObligationStatus.REJECTED);
        if (evidence == null) {
            throw new InvalidValueException("pièce justificative", "aucune pièce n'est jointe");
        }
        ObligationEvent event = event(ObligationEvent.Kind.RECEIVED, receivedOn, receivedBy, evidence, null);
        history.add(event);
        status = ObligationStatus.RECEIVED;
    }

    /** Accepts the evidence received. Only from RECEIVED: nothing can be accepted without evidence. */
    public void accept(String by, LocalDate on) {
        requireStatus("l'accepter", ObligationStatus.RECEIVED);
        ObligationEvent event = event(ObligationEvent.Kind.ACCEPTED, on, by, null, null);
        history.add(event);
        status = ObligationStatus.ACCEPTED;
    }

    /** Rejects the evidence received, with a reason; new evidence is then expected. */
    public void reject(String reason, String by, LocalDate on) {
        requireStatus("la rejeter", ObligationStatus.RECEIVED);
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("motif de rejet", "un rejet est motivé : le motif est absent");
        }
        TextLimits.check("motif de rejet", reason.strip(), TextLimits.REASON);
        ObligationEvent event = event(ObligationEvent.Kind.REJECTED, on, by, null, reason.strip());
        history.add(event);
        status = ObligationStatus.REJECTED;
    }

    /**
     * Waives the obligation by an explicit decision (O11), which must say who decided, when and why.
     * Tolerating a late item is never a waiver.
     */
    public void waive(String reason, String by, LocalDate on) {
        requireStatus("la lever", ObligationStatus.PENDING, ObligationStatus.RECEIVED, ObligationStatus.REJECTED);
        List<String> missing = new ArrayList<>();
        if (by == null || by.isBlank()) {
            missing.add("qui la décide");
        }
        if (on == null) {
            missing.add("quand");
        }
        if (reason == null || reason.isBlank()) {
            missing.add("pourquoi (motif)");
        }
        if (!missing.isEmpty()) {
            throw new RuleViolationException("O11", "lever l'obligation « " + type.label()
                    + " » est une décision explicite : il manque " + String.join(", ", missing));
        }
        TextLimits.check("motif de la levée", reason.strip(), TextLimits.REASON);
        ObligationEvent event = event(ObligationEvent.Kind.WAIVED, on, by, null, reason.strip());
        history.add(event);
        status = ObligationStatus.WAIVED;
    }

    /** The status as staff see it on {@code today}: OVERDUE when the due date has passed and it is neither accepted nor waived. */
    public ObligationStatus statusOn(LocalDate today) {
        if (!status.isFulfilled() && today.isAfter(dueDate)) {
            return ObligationStatus.OVERDUE;
        }
        return status;
    }

    public boolean isOverdueOn(LocalDate today) {
        return statusOn(today) == ObligationStatus.OVERDUE;
    }

    private void requireStatus(String action, ObligationStatus... allowed) {
        for (ObligationStatus each : allowed) {
            if (status == each) {
                return;
            }
        }
        throw new IllegalTransitionException("l'obligation « " + type.label() + " » est " + status.label()
                + " : impossible de " + action);
    }

    private ObligationEvent event(ObligationEvent.Kind kind, LocalDate on, String by, EvidenceRef evidence, String reason) {
        if (on == null) {
            throw new InvalidValueException("date", "la date est absente");
        }
        if (by == null || by.isBlank()) {
            throw new InvalidValueException("auteur", "l'auteur est absent");
        }
        if (!history.isEmpty() && on.isBefore(history.getLast().on())) {
            throw new InvalidValueException("date", "la date (" + FrenchFormat.date(on) + ") précède le dernier événement ("
                    + FrenchFormat.date(history.getLast().on()) + ")");
        }
        return new ObligationEvent(kind, on, by.strip(), evidence, reason);
    }

    /** Every piece of evidence received, oldest first. */
    public List<EvidenceRef> evidence() {
        return history.stream().map(ObligationEvent::evidence).filter(Objects::nonNull).toList();
    }

    /** The reason of the last rejection, if the obligation is REJECTED. */
    public Optional<String> rejectionReason() {
        return status == ObligationStatus.REJECTED
                ? history.reversed().stream().filter(e -> e.kind() == ObligationEvent.Kind.REJECTED).findFirst().map(ObligationEvent::reason)
                : Optional.empty();
    }

    /** The waiver decision (who, when, why), if the obligation is WAIVED. */
    public Optional<ObligationEvent> waiver() {
        return status == ObligationStatus.WAIVED ? Optional.of(history.getLast()) : Optional.empty();
    }

    public ObligationId id() {
        return id;
    }

    public AgreementId agreementId() {
        return agreementId;
    }

    public ObligationType type() {
        return type;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    /** The stored status (never OVERDUE; see {@link #statusOn(LocalDate)}). */
    public ObligationStatus status() {
        return status;
    }

    public List<ObligationEvent> history() {
        return List.copyOf(history);
    }

    /** O5: when the general assembly approved the accounts, on the annual accounts once recorded. */
    public Optional<LocalDate> accountsApprovedOn() {
        return Optional.ofNullable(accountsApprovedOn);
    }

    /** Why it was added after the signature, when it was (« Obligation ajoutée : … »). */
    public Optional<String> addedReason() {
        return Optional.ofNullable(addedReason);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Obligation obligation && obligation.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Obligation[" + type + ", " + dueDate + ", " + status + "]";
    }
}
