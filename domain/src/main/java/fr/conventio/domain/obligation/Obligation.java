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

    private Obligation(ObligationId id, AgreementId agreementId, ObligationType type, LocalDate dueDate,
                       ObligationStatus status, List<ObligationEvent> history, String addedReason) {
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
    }

    /** A new obligation, PENDING until evidence arrives. */
    public static Obligation create(ObligationId id, AgreementId agreementId, ObligationType type, LocalDate dueDate) {
        return new Obligation(id, agreementId, type, dueDate, ObligationStatus.PENDING, List.of(), null);
    }

    /**
     * A new obligation added to an agreement already signed, PENDING, with the reason it was added (O4: the
     * association's annual total from the funder now exceeds the threshold), kept with it and in its history.
     */
    public static Obligation added(ObligationId id, AgreementId agreementId, ObligationType type, LocalDate dueDate, String reason) {
        if (reason == null) {
            throw new InvalidValueException("motif de l'ajout", "une obligation ajoutée après la signature dit pourquoi");
        }
        return new Obligation(id, agreementId, type, dueDate, ObligationStatus.PENDING, List.of(), reason);
    }

    /**
     * Rebuilds an obligation from storage: its stored status (never OVERDUE, which is derived) and
     * its full history, oldest first. No rule is applied again.
     */
    public static Obligation rehydrate(ObligationId id, AgreementId agreementId, ObligationType type, LocalDate dueDate,
                                       ObligationStatus status, List<ObligationEvent> history) {
        return new Obligation(id, agreementId, type, dueDate, status, history, null);
    }

    /** {@link #rehydrate}, for an obligation added after the signature with its reason ({@code null}: it came with the signature). */
    public static Obligation rehydrate(ObligationId id, AgreementId agreementId, ObligationType type, LocalDate dueDate,
                                       ObligationStatus status, List<ObligationEvent> history, String addedReason) {
        return new Obligation(id, agreementId, type, dueDate, status, history, addedReason);
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
        return status == ObligationStatus.REJECTED ? Optional.ofNullable(history.getLast().reason()) : Optional.empty();
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
