package fr.conventio.application.funder;

import fr.conventio.application.port.out.BudgetLineRepository;
import fr.conventio.application.port.out.FunderRepository;
import fr.conventio.application.shared.Guards;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.application.shared.Saved;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.party.BudgetLine;
import fr.conventio.domain.party.Funder;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.DomainException;

import java.util.Objects;
import java.util.Optional;

/**
 * Creates or updates a budget line of the funder (B3, B4): code and label (unique code per funder),
 * the envelope of a year (never below what is committed) and the adoption of that year's budget.
 */
public final class DefineBudgetLineService implements DefineBudgetLineUseCase {

    private final BudgetLineRepository lines;
    private final FunderRepository funders;

    public DefineBudgetLineService(BudgetLineRepository lines, FunderRepository funders) {
        this.lines = Objects.requireNonNull(lines);
        this.funders = Objects.requireNonNull(funders);
    }

    @Override
    public Saved<BudgetLineId> define(DefineBudgetLineCommand command) {
        Funder funder = funders.findTheFunder().map(Versioned::value)
                .orElseThrow(() -> new NotFoundException("Financeur (à paramétrer d'abord)", "installation"));
        Versioned<BudgetLine> loaded;
        if (command.budgetLineId() == null) {
            refuseDuplicateCode(funder, command.code(), null);
            loaded = Versioned.newAggregate(BudgetLine.create(BudgetLineId.newId(), funder.id(), command.code(), command.label()));
        } else {
            loaded = lines.findById(command.budgetLineId()).orElseThrow(() -> new NotFoundException("Ligne budgétaire", command.budgetLineId()));
            Guards.requireVersion(loaded, command.expectedVersion(), "Ligne budgétaire", command.budgetLineId());
            refuseDuplicateCode(funder, command.code(), command.budgetLineId());
            loaded.value().rename(command.code(), command.label());
        }
        BudgetLine line = loaded.value();
        if (command.envelope() != null) {
            line.setEnvelope(command.year(), command.envelope());
        }
        if (command.budgetAdopted()) {
            line.markBudgetAdopted(command.year());
        }
        return Saved.of(line.id(), lines.save(loaded));
    }

    private void refuseDuplicateCode(Funder funder, String code, BudgetLineId self) {
        Optional<Versioned<BudgetLine>> sameCode = lines.findByCode(funder.id(), code);
        if (sameCode.isPresent() && !sameCode.get().value().id().equals(self)) {
            throw new DomainException("code de la ligne budgétaire : une ligne « " + code.strip() + " » existe déjà");
        }
    }
}
