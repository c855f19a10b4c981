package fr.conventio.application.association;

import fr.conventio.application.reading.AgreementSummary;
import fr.conventio.domain.party.EmailAddress;
import fr.conventio.domain.party.FiscalYear;
import fr.conventio.domain.party.PostalAddress;
import fr.conventio.domain.party.Representative;
import fr.conventio.domain.party.RnaNumber;
import fr.conventio.domain.party.Siret;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.AssociationId;

import java.time.LocalDate;
import java.util.List;

/**
 * The association page (read model): every field of the association, with {@code version} to send back
 * with {@link UpdateAssociationCommand}; its agreements (by reference); the documents received as
 * evidence for its agreements' obligations (most recent first); what it is granted per budget year, most recent
 * first ({@link YearFunding}: « Financements par exercice »). {@code siret}, {@code rna},
 * {@code republicanCommitmentDate} and {@code contactEmail} are {@code null} when not recorded.
 */
public record AssociationDetails(AssociationId id, long version, String name, PostalAddress registeredAddress,
                                 Representative representative, Siret siret, RnaNumber rna, FiscalYear fiscalYear,
                                 Amount annualBudget, LocalDate republicanCommitmentDate,
                                 List<AgreementSummary> agreements, List<ReceivedDocument> documents,
                                 List<YearFunding> fundingByYear, EmailAddress contactEmail) {

    /** Without a contact e-mail. */
    public AssociationDetails(AssociationId id, long version, String name, PostalAddress registeredAddress,
                              Representative representative, Siret siret, RnaNumber rna, FiscalYear fiscalYear,
                              Amount annualBudget, LocalDate republicanCommitmentDate,
                              List<AgreementSummary> agreements, List<ReceivedDocument> documents, List<YearFunding> fundingByYear) {
        this(id, version, name, registeredAddress, representative, siret, rna, fiscalYear, annualBudget, republicanCommitmentDate,
                agreements, documents, fundingByYear, null);
    }

    /** Without funding by year. */
    public AssociationDetails(AssociationId id, long version, String name, PostalAddress registeredAddress,
                              Representative representative, Siret siret, RnaNumber rna, FiscalYear fiscalYear,
                              Amount annualBudget, LocalDate republicanCommitmentDate,
                              List<AgreementSummary> agreements, List<ReceivedDocument> documents, EmailAddress contactEmail) {
        this(id, version, name, registeredAddress, representative, siret, rna, fiscalYear, annualBudget, republicanCommitmentDate,
                agreements, documents, List.of(), contactEmail);
    }

    /** Without a contact e-mail nor funding by year. */
    public AssociationDetails(AssociationId id, long version, String name, PostalAddress registeredAddress,
                              Representative representative, Siret siret, RnaNumber rna, FiscalYear fiscalYear,
                              Amount annualBudget, LocalDate republicanCommitmentDate,
                              List<AgreementSummary> agreements, List<ReceivedDocument> documents) {
        this(id, version, name, registeredAddress, representative, siret, rna, fiscalYear, annualBudget, republicanCommitmentDate,
                agreements, documents, List.of(), null);
    }

    public AssociationDetails {
        agreements = List.copyOf(agreements);
        documents = List.copyOf(documents);
        fundingByYear = List.copyOf(fundingByYear);
    }
}
