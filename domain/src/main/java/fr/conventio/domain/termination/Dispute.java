package fr.conventio.domain.termination;

import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.FrenchFormat;
import fr.conventio.domain.shared.IllegalTransitionException;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.shared.RuleViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A dispute on the execution of an agreement (L1, Art. 12): it goes to the competent court (the
 * Tribunal administratif de Marseille unless the agreement names another), and only after the
 * parties met to try an amicable solution.
 */
public final class Dispute {

    /** The court of the seed agreement. */
    public static final String DEFAULT_COURT = "Tribunal administratif de Marseille";

    private final DisputeId id;
    private final AgreementId agreementId;
    private final String subject;
    private final LocalDate openedOn;
    private final String competentCourt;
    private final List<AmicableMeeting> meetings;
    private DisputeStatus status;
    private LocalDate closedOn;

    private Dispute(DisputeId id, AgreementId agreementId, String subject, LocalDate openedOn, String competentCourt,
                    List<AmicableMeeting> meetings, DisputeStatus status, LocalDate closedOn) {
        this.id = Objects.requireNonNull(id, "litige : identifiant absent");
        this.agreementId = Objects.requireNonNull(agreementId, "litige : convention absente");
        if (subject == null || subject.isBlank()) {
            throw new InvalidValueException("objet du litige", "l'objet du litige est absent");
        }
        this.subject = subject.strip();
        this.openedOn = Objects.requireNonNull(openedOn, "litige : date d'ouverture absente");
        if (competentCourt == null || competentCourt.isBlank()) {
            throw new InvalidValueException("juridiction", "la juridiction compétente est absente");
        }
        this.competentCourt = competentCourt.strip();
        this.meetings = new ArrayList<>(meetings);
        this.status = Objects.requireNonNull(status, "litige : statut absent");
        this.closedOn = closedOn;
    }

    /** A new dispute before the seed's court. */
    public static Dispute open(DisputeId id, AgreementId agreementId, String subject, LocalDate openedOn) {
        return open(id, agreementId, subject, openedOn, DEFAULT_COURT);
    }

    /** A new dispute before the court the agreement names. */
    public static Dispute open(DisputeId id, AgreementId agreementId, String subject, LocalDate openedOn, String competentCourt) {
        return new Dispute(id, agreementId, subject, openedOn, competentCourt, List.of(), DisputeStatus.OPEN, null);
    }

    /** Rebuilds a dispute from storage, as it was; {@code closedOn} is {@code null} while OPEN. */
    public static Dispute rehydrate(DisputeId id, AgreementId agreementId, String subject, LocalDate openedOn, String competentCourt,
                                    List<AmicableMeeting> meetings, DisputeStatus status, LocalDate closedOn) {
        return new Dispute(id, agreementId, subject, openedOn, competentCourt, meetings, status, closedOn);
    }

    public void recordAmicableMeeting(AmicableMeeting meeting) {
        requireOpen("enregistrer une rencontre amiable");
        Objects.requireNonNull(meeting, "rencontre absente");
        if (meeting.heldOn().isBefore(openedOn)) {
            throw new InvalidValueException("date de la rencontre", "la rencontre (" + FrenchFormat.date(meeting.heldOn())
                    + ") précède l'ouverture du litige (" + FrenchFormat.date(openedOn) + ")");
        }
        meetings.add(meeting);
    }

    public void settleAmicably(LocalDate on) {
        requireOpen("le régler à l'amiable");
        status = DisputeStatus.SETTLED_AMICABLY;
        closedOn = Objects.requireNonNull(on, "date absente");
    }

    /** Refers the dispute to the competent court; refused (L1) unless an amicable meeting was held on or before {@code on}. */
    public void referToCourt(LocalDate on) {
        requireOpen("le porter devant le tribunal");
        Objects.requireNonNull(on, "date absente");
        boolean metBefore = meetings.stream().anyMatch(m -> !m.heldOn().isAfter(on));
        if (!metBefore) {
            throw new RuleViolationException("L1", "avant tout recours devant le " + competentCourt
                    + ", les parties doivent s'être rencontrées pour rechercher une solution amiable : aucune rencontre n'est enregistrée");
        }
        status = DisputeStatus.REFERRED_TO_COURT;
        closedOn = on;
    }

    private void requireOpen(String action) {
        if (status != DisputeStatus.OPEN) {
            throw new IllegalTransitionException("le litige est " + status.label() + " : impossible de " + action);
        }
    }

    public DisputeId id() {
        return id;
    }

    public AgreementId agreementId() {
        return agreementId;
    }

    public String subject() {
        return subject;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public String competentCourt() {
        return competentCourt;
    }

    public List<AmicableMeeting> meetings() {
        return List.copyOf(meetings);
    }

    public DisputeStatus status() {
        return status;
    }

    public Optional<LocalDate> closedOn() {
        return Optional.ofNullable(closedOn);
    }
}
