package fr.conventio.application.funder;

import fr.conventio.application.port.out.FunderRepository;
import fr.conventio.application.shared.ConcurrentUpdateException;
import fr.conventio.application.shared.Guards;
import fr.conventio.application.shared.Saved;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.party.Funder;
import fr.conventio.domain.party.Signatory;
import fr.conventio.domain.shared.FunderId;

import java.util.Objects;
import java.util.Optional;

/**
 * Creates the installation's only funder (P1), or updates it in place: name, kind, SIRET, address,
 * and the signatories (those no longer listed are withdrawn, new ones added; agreements keep their copy).
 */
public final class SetUpFunderService implements SetUpFunderUseCase {

    private final FunderRepository funders;

    public SetUpFunderService(FunderRepository funders) {
        this.funders = Objects.requireNonNull(funders);
    }

    @Override
    public Saved<FunderId> setUp(SetUpFunderCommand command) {
        Optional<Versioned<Funder>> existing = funders.findTheFunder();
        if (existing.isEmpty()) {
            if (command.expectedVersion() != null) {
                throw new ConcurrentUpdateException("Financeur", "(absent)");
            }
            Funder funder = Funder.create(FunderId.newId(), command.name(), command.kind(), command.siret(), command.address(),
                    command.signatories());
            return Saved.of(funder.id(), funders.save(Versioned.newAggregate(funder)));
        }
        Versioned<Funder> loaded = existing.get();
        Funder funder = loaded.value();
        if (command.expectedVersion() == null) {
            throw new ConcurrentUpdateException("Financeur", funder.id().toString());
        }
        Guards.requireVersion(loaded, command.expectedVersion(), "Financeur", funder.id());
        funder.rename(command.name());
        funder.changeKind(command.kind());
        funder.changeSiret(command.siret());
        funder.moveTo(command.address());
        for (Signatory current : funder.signatories()) {
            if (!command.signatories().contains(current)) {
                funder.withdrawSignatory(current);
            }
        }
        for (Signatory wanted : command.signatories()) {
            if (!funder.hasSignatory(wanted)) {
                funder.addSignatory(wanted);
            }
        }
        return Saved.of(funder.id(), funders.save(loaded));
    }
}
