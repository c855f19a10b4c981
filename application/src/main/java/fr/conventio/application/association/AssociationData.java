package fr.conventio.application.association;

import fr.conventio.application.shared.CommandChecks;
import fr.conventio.domain.party.EmailAddress;
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
 * (N2) are optional; the fiscal year defaults to the calendar year. The contact e-mail, where the reminders about
 * its obligations go, is optional too ({@code null}: none, and an update with none clears it).
 */
public record AssociationData(String name, PostalAddress registeredAddress, Representative representative, Siret siret,
                              RnaNumber rna, FiscalYear fiscalYear, Amount annualBudget, LocalDate republicanCommitmentDate,
                              EmailAddress contactEmail) {

    /** Without a contact e-mail. */
    public AssociationData(String name, PostalAddress registeredAddress, Representative representative, Siret siret,
                           RnaNumber rna, FiscalYear fiscalYear, Amount annualBudget, LocalDate republicanCommitmentDate) {
        this(name, registeredAddress, representative, siret, rna, fiscalYear, annualBudget, republicanCommitmentDate, null);
    }

    public AssociationData {
        name = CommandChecks.requiredText(name, "nom de l'association", TextLimits.NAME);
        CommandChecks.required(registeredAddress, "adresse du siège");
        CommandChecks.required(representative, "représentant");
        fiscalYear = fiscalYear == null ? FiscalYear.CALENDAR : fiscalYear;
        CommandChecks.required(annualBudget, "budget annuel total");
    }
}
