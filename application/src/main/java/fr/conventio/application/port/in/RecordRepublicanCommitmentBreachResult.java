package fr.conventio.application.port.in;

import fr.conventio.domain.termination.RepublicanCommitment;

/** The withdrawal computed (N2) and the agreement's new version. */
public record RecordRepublicanCommitmentBreachResult(long agreementVersion, RepublicanCommitment.Withdrawal withdrawal) {
}
