package fr.conventio.application.association;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.domain.party.FiscalYear;
import fr.conventio.domain.party.PostalAddress;
import fr.conventio.domain.party.Representative;
import fr.conventio.domain.party.RnaNumber;
import fr.conventio.domain.party.Siret;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.TextLimits;

import java.time.LocalDate;

/**
 * What staff type about an association (P2). SIRET, RNA and the date of the republican commitment
 * (N2) are optional; the fiscal year defaults to the calendar year.
 */
public record AssociationData(String name, PostalAddress registeredAddress, Representative representative, Siret siret,
                              RnaNumber rna, FiscalYear fiscalYear, Amount annualBudget, LocalDate republicanCommitmentDate) {

    public AssociationData {
        name = CommandChecks.requiredText(name, "nom de l'association", TextLimits.NAME);
        CommandChecks.required(registeredAddress, "adresse du siège");
        CommandChecks.required(representative, "représentant");
        fiscalYear = fiscalYear == null ? FiscalYear.CALENDAR : fiscalYear;
        CommandChecks.required(annualBudget, "budget annuel total");
    }
}
