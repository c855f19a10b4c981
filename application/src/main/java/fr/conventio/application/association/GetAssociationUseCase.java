package fr.conventio.application.association;

/** Everything the association page shows: its record (to edit), its agreements and the documents it sent. */
public interface GetAssociationUseCase {

    AssociationDetails get(GetAssociationQuery query);
}
