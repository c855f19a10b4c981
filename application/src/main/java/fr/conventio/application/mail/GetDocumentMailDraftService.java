package fr.conventio.application.mail;

import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.application.port.out.AssociationRepository;
import fr.conventio.application.port.out.GeneratedDocumentRepository;
import fr.conventio.application.port.out.GeneratedDocumentRepository.GeneratedDocumentRecord;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.paperwork.DocumentKind;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.party.EmailAddress;

import java.util.Objects;

/** The recipient from the association's contact e-mail, the subject and body from the document and the agreement. */
public final class GetDocumentMailDraftService implements GetDocumentMailDraftUseCase {

    private final AgreementRepository agreements;
    private final AssociationRepository associations;
    private final GeneratedDocumentRepository generated;
    private final MailSettings settings;

    public GetDocumentMailDraftService(AgreementRepository agreements, AssociationRepository associations, GeneratedDocumentRepository generated,
                                      MailSettings settings) {
        this.agreements = Objects.requireNonNull(agreements);
        this.associations = Objects.requireNonNull(associations);
        this.generated = Objects.requireNonNull(generated);
        this.settings = Objects.requireNonNull(settings);
    }

    @Override
    public DocumentMailDraft prepare(GetDocumentMailDraftQuery query) {
        Agreement agreement = agreements.findById(query.agreementId())
                .orElseThrow(() -> new NotFoundException("Convention", query.agreementId())).value();
        GeneratedDocumentRecord record = generated.findByAgreement(query.agreementId()).stream()
                .filter(r -> r.id().equals(query.generatedDocumentId())).findFirst()
                .orElseThrow(() -> new NotFoundException("Document généré", query.generatedDocumentId()));
        Association association = associations.findById(agreement.associationId())
                .orElseThrow(() -> new NotFoundException("Association", agreement.associationId())).value();
        String document = record.kind().label() + (record.kind().numbered() ? " n° " + record.number() : "");
        String reference = agreement.reference().value();
        String subject = "Convention " + reference + (record.kind() == DocumentKind.AGREEMENT ? "" : " : " + document);
        String body = "Bonjour,\n\n"
                + "Veuillez trouver ci-joint le document suivant concernant la convention " + reference + " conclue avec "
                + association.name() + " :\n\n  " + document + "\n\n"
                + "Nous restons à votre disposition pour toute question.\n\n"
                + "Cordialement,\nLe service des subventions\n";
        return new DocumentMailDraft(association.contactEmail().map(EmailAddress::value).orElse(null), subject, body, record.fileName(),
                settings.configured());
    }
}
