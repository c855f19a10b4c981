package fr.conventio.application.termination;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.termination.Party;
import fr.conventio.domain.termination.RestitutionMode;
import fr.conventio.domain.termination.TerminationGround;

import java.time.LocalDate;

/**
 * Terminates an agreement (T1, T2) with the restitution demanded (T3). For a breach, the formal notice
 * used is the last one the initiating party sent. When {@code issueRecoveryOrder} is set and something
 * is to be restituted, the recovery order is issued in the same use case, dated the effective date.
 */
public record TerminateAgreementCommand(AgreementId agreementId, long expectedVersion, TerminationGround ground, Party initiatedBy,
                                        LocalDate effectiveDate, RestitutionMode restitution, boolean issueRecoveryOrder) {

    public TerminateAgreementCommand {
        CommandChecks.required(agreementId, "convention");
        CommandChecks.expectedVersion(expectedVersion);
        CommandChecks.required(ground, "motif de résiliation");
        CommandChecks.required(initiatedBy, "partie qui résilie");
        CommandChecks.required(effectiveDate, "date d'effet");
        restitution = restitution == null ? RestitutionMode.NONE : restitution;
    }
}
