package fr.conventio.domain.control;

/** Meetings with the association recorded on an agreement. */
public enum MeetingKind {
    /** O9: evaluation meeting convened by the funder, at the latest two months after the end of the operation. */
    EVALUATION("Réunion d'évaluation", "O9"),
    /** O8: follow-up meeting asked by the funder during the operation. */
    FOLLOW_UP("Réunion de suivi", "O8");

    private final String label;
    private final String ruleId;

    MeetingKind(String label, String ruleId) {
        this.label = label;
        this.ruleId = ruleId;
    }

    public String label() {
        return label;
    }

    public String ruleId() {
        return ruleId;
    }
}
