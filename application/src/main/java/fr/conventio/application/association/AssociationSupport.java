package fr.conventio.application.association;

import fr.conventio.application.port.out.AssociationRepository;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.party.Siret;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.shared.RuleViolationException;

import java.util.Optional;

/** The SIRET uniqueness check shared by registration and update (P2). */
final class AssociationSupport {

    private AssociationSupport() {
    }

    static void refuseSiretOfAnother(AssociationRepository associations, Siret siret, AssociationId self) {
        if (siret == null) {
            return;
        }
        Optional<Versioned<Association>> holder = associations.findBySiret(siret);
        if (holder.isPresent() && !holder.get().value().id().equals(self)) {
            throw new RuleViolationException("P2", "SIRET : le SIRET " + siret + " est déjà celui de l'association « "
                    + holder.get().value().name() + " »");
        }
    }
}
