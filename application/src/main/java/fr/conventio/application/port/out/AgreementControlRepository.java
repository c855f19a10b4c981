package fr.conventio.application.port.out;

import fr.conventio.domain.control.AgreementControl;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.shared.AgreementId;

import java.util.Optional;

/**
 * Stores each agreement's control file ({@link AgreementControl}): formal notices, funding decisions,
 * meetings, republican commitment breaches, termination outcome and the funder's payment deadline.
 * One file per agreement, stored whole with a version (one row plus child tables in a database).
 * Absent until something is first recorded: callers start from {@link AgreementControl#empty}.
 */
public interface AgreementControlRepository {

    Optional<Versioned<AgreementControl>> findByAgreement(AgreementId agreementId);

    /** Inserts or updates (optimistic locking, see {@link AgreementRepository#save}). */
    Versioned<AgreementControl> save(Versioned<AgreementControl> control);
}
