package fr.conventio.application.port.out;

import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.party.Funder;
import fr.conventio.domain.shared.FunderId;

import java.util.Optional;

/** Stores the funder, i.e. the public body that runs this installation (one per installation). */
public interface FunderRepository {

    Optional<Versioned<Funder>> findById(FunderId id);

    /** The funder of this installation, once set up. */
    Optional<Versioned<Funder>> findTheFunder();

    /** Inserts or updates (optimistic locking, see {@link AgreementRepository#save}). */
    Versioned<Funder> save(Versioned<Funder> funder);
}
