package fr.conventio.application.port.out;

import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.party.BudgetLine;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.FunderId;

import java.util.List;
import java.util.Optional;

/** Stores the funder's budget lines with their yearly envelopes and commitments (B4). */
public interface BudgetLineRepository {

    Optional<Versioned<BudgetLine>> findById(BudgetLineId id);

    Optional<Versioned<BudgetLine>> findByCode(FunderId funderId, String code);

    List<Versioned<BudgetLine>> findByFunder(FunderId funderId);

    /** Inserts or updates (optimistic locking, see {@link AgreementRepository#save}). */
    Versioned<BudgetLine> save(Versioned<BudgetLine> budgetLine);
}
