package fr.conventio.application.control;

import fr.conventio.domain.termination.RepublicanCommitment;

/** The withdrawal computed (N2) and the agreement's new version. */
public record RecordRepublicanCommitmentBreachResult(long agreementVersion, RepublicanCommitment.Withdrawal withdrawal) {
}
