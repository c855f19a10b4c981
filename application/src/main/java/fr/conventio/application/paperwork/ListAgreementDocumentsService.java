package fr.conventio.application.paperwork;

import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.port.out.AssociationRepository;
import fr.conventio.application.port.out.FunderRepository;
import fr.conventio.application.port.out.GeneratedDocumentRepository;
import fr.conventio.domain.paperwork.DocumentCatalogue;

import java.time.Clock;
import java.util.Objects;

/** The documents that apply to an agreement now (decided by the domain) and those generated. */
public final class ListAgreementDocumentsService implements ListAgreementDocumentsUseCase {

    private final PaperworkFactsLoader facts;
    private final GeneratedDocumentRepository generated;

    public ListAgreementDocumentsService(AgreementFiles files, FunderRepository funders, AssociationRepository associations,
                                         GeneratedDocumentRepository generated, Clock clock) {
        this.facts = new PaperworkFactsLoader(files, funders, associations, clock);
        this.generated = Objects.requireNonNull(generated);
    }

    @Override
    public AgreementDocuments list(ListAgreementDocumentsQuery query) {
        return new AgreementDocuments(DocumentCatalogue.available(facts.load(query.agreementId())), generated.findByAgreement(query.agreementId()));
    }
}
