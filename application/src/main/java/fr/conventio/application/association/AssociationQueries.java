package fr.conventio.application.association;

import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.domain.shared.AssociationId;

import java.util.List;

/** Read side of associations for their list and page, filtered, counted and paged in the storage. */
public interface AssociationQueries {

    /**
     * The associations matching {@code text} (null = all): case-insensitive "contains" on the name and
     * the city, and on the SIRET and RNA with the spaces of {@code text} removed. Sorted on
     * {@code page.sortBy()} (one of the {@link SearchAssociationsUseCase} keys), then by name, then by id.
     * Counts and sums as {@link AssociationSummary} defines them.
     */
    Page<AssociationSummary> search(String text, PageRequest page);

    /**
     * Every document received as evidence for the obligations of the association's agreements (one per
     * RECEIVED event of an obligation's history), most recently received first, then by agreement
     * reference and obligation type. Each with its status as {@link ReceivedDocument#status()} defines it.
     */
    List<ReceivedDocument> receivedDocuments(AssociationId associationId);
}
