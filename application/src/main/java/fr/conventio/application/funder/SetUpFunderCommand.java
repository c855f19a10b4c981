package fr.conventio.application.funder;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.domain.party.FunderKind;
import fr.conventio.domain.party.PostalAddress;
import fr.conventio.domain.party.Signatory;
import fr.conventio.domain.party.Siret;
import fr.conventio.domain.shared.TextLimits;

import java.util.List;

/**
 * Sets up the installation's funder (P1), or updates it: name, kind, SIRET, address and the people
 * who may sign for it. {@code expectedVersion} is {@code null} the first time, then the version shown.
 */
public record SetUpFunderCommand(Long expectedVersion, String name, FunderKind kind, Siret siret, PostalAddress address,
                                 List<Signatory> signatories) {

    public SetUpFunderCommand {
        name = CommandChecks.requiredText(name, "nom du financeur", TextLimits.NAME);
        CommandChecks.required(kind, "nature du financeur");
        CommandChecks.required(siret, "SIRET du financeur");
        CommandChecks.required(address, "adresse du financeur");
        signatories = CommandChecks.listOf(signatories, "signataires");
        if (expectedVersion != null) {
            CommandChecks.expectedVersion(expectedVersion);
        }
    }
}
