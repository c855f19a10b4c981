package fr.conventio.application.shared;

/**
 * Another member of staff saved the same record since it was read: the save is refused and the
 * caller must reload. The UI shows who changed what (from the audit trail) and keeps the input.
 * The message names the kind of record, never its id (kept in {@link #aggregateId()} for logs).
 */
public class ConcurrentUpdateException extends RuntimeException {

    private final String aggregateType;
    private final String aggregateId;

    public ConcurrentUpdateException(String aggregateType, String aggregateId) {
        super("Cet enregistrement (« " + aggregateType + " »)"
                + " a été modifié entre-temps par un autre utilisateur : rechargez-le avant d'enregistrer à nouveau.");
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
    }

    public String aggregateType() {
        return aggregateType;
    }

    public String aggregateId() {
        return aggregateId;
    }
}
