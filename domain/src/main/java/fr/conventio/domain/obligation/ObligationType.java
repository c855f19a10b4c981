package fr.conventio.domain.obligation;

/** Every kind of item the association owes the funder (O1–O10), with its rule and French label. */
public enum ObligationType {
    INSURANCE_CERTIFICATE("O1", "Attestation d'assurance responsabilité civile"),
    FINANCIAL_REPORT("O2", "Compte rendu financier de l'emploi de la subvention"),
    ANNUAL_ACCOUNTS("O3", "Comptes annuels"),
    CERTIFIED_ACCOUNTS("O4", "Comptes annuels certifiés conformes par le président"),
    AUDITOR_REPORT("O5", "Rapport du commissaire aux comptes"),
    ACCOUNTS_PUBLICATION("O5", "Publication des comptes et du rapport du commissaire aux comptes au Journal officiel"),
    ACTIVITY_REPORT("O6", "Rapport d'activité de l'année écoulée"),
    GENERAL_ASSEMBLY_MINUTES("O6", "Procès-verbaux d'assemblée générale"),
    BOARD_CHANGES("O6", "Modifications de la composition du conseil d'administration et du bureau"),
    COMMUNICATION_PROOF("O7", "Justificatifs de communication (logo, mention du financeur)"),
    PROGRESS_INFORMATION("O8", "Information sur l'état d'avancement de l'action"),
    EVALUATION_MEETING("O9", "Réunion d'évaluation"),
    FINAL_INCOME_STATEMENT("O10", "Compte de résultat final signé et certifié par le président et le trésorier"),
    QUALITATIVE_QUANTITATIVE_REPORT("O10", "Bilan qualitatif et quantitatif des actions réalisées"),
    CERTIFIED_LAST_ACCOUNTS("O10", "Derniers bilan et compte de résultat certifiés par un commissaire aux comptes ou un expert-comptable");

    private final String ruleId;
    private final String label;

    ObligationType(String ruleId, String label) {
        this.ruleId = ruleId;
        this.label = label;
    }

    /** The rule of RULES.md that creates this obligation, e.g. "O2". */
    public String ruleId() {
        return ruleId;
    }

    /** French label shown to staff. */
    public String label() {
        return label;
    }

    /** Whether this is one of the three balance documents of V2 (O10). */
    public boolean isBalanceDocument() {
        return "O10".equals(ruleId);
    }
}
