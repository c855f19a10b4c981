package fr.conventio.application.association;

import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.AssociationId;

/**
 * One line of the associations list (read model). {@code siret} and {@code rna} are {@code null} when
 * not registered; {@code city} is the city of the registered address.
 *
 * @param agreementCount      every agreement of the association, drafts included
 * @param totalSubsidiesVoted the voted subsidies of its agreements approved by a deliberation (every status but DRAFT)
 */
public record AssociationSummary(AssociationId id, String name, String siret, String rna, String city,
                                 long agreementCount, Amount totalSubsidiesVoted) {
}
