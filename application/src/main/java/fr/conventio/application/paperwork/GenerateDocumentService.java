package fr.conventio.application.paperwork;

import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.agreementfile.AnnualSubsidiesReview;
import fr.conventio.application.port.out.AssociationRepository;
import fr.conventio.application.port.out.CurrentUserPort;
import fr.conventio.application.port.out.DocumentRef;
import fr.conventio.application.port.out.DocumentRendererPort;
import fr.conventio.application.port.out.DocumentRendererPort.RenderedDocument;
import fr.conventio.application.port.out.DocumentStoragePort;
import fr.conventio.application.port.out.DocumentTemplateRepository;
import fr.conventio.application.port.out.FunderLogoRepository;
import fr.conventio.application.port.out.FunderRepository;
import fr.conventio.application.port.out.GeneratedDocumentRepository;
import fr.conventio.application.port.out.GeneratedDocumentRepository.GeneratedDocumentRecord;
import fr.conventio.application.port.out.MultiYearPlanRepository;
import fr.conventio.application.port.out.StoredDocument;
import fr.conventio.application.port.out.SubmissionKeysPort;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.domain.paperwork.DocumentModel;
import fr.conventio.domain.paperwork.DocumentTemplate;
import fr.conventio.domain.paperwork.Letters;
import fr.conventio.domain.paperwork.PaperworkFacts;
import fr.conventio.domain.shared.InvalidValueException;

import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * Writes the document with the domain ({@link Letters}: refused when it does not apply now), puts the funder's logo in
 * its letterhead when one is uploaded, lays it out with the renderer, stores the file and records it with the agreement; a replay of the same submission returns the file
 * stored the first time.
 */
public final class GenerateDocumentService implements GenerateDocumentUseCase {

    private final PaperworkFactsLoader facts;
    private final DocumentRendererPort renderer;
    private final DocumentStoragePort storage;
    private final GeneratedDocumentRepository generated;
    private final SubmissionKeysPort submissionKeys;
    private final CurrentUserPort currentUser;
    private final DocumentTemplateRepository templates;
    private final Clock clock;
    private final LetterheadLogo logo;

    public GenerateDocumentService(AgreementFiles files, FunderRepository funders, AssociationRepository associations,
                                   DocumentRendererPort renderer, DocumentStoragePort storage, GeneratedDocumentRepository generated,
                                   DocumentTemplateRepository templates, SubmissionKeysPort submissionKeys, CurrentUserPort currentUser,
                                   Clock clock, MultiYearPlanRepository multiYearPlans, AnnualSubsidiesReview annualSubsidies,
                                   FunderLogoRepository logos) {
        this.facts = new PaperworkFactsLoader(files, funders, associations, clock, multiYearPlans, annualSubsidies);
        this.logo = new LetterheadLogo(logos, storage);
        this.renderer = Objects.requireNonNull(renderer);
        this.storage = Objects.requireNonNull(storage);
        this.generated = Objects.requireNonNull(generated);
        this.templates = Objects.requireNonNull(templates);
        this.submissionKeys = Objects.requireNonNull(submissionKeys);
        this.currentUser = Objects.requireNonNull(currentUser);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public GeneratedDocument generate(GenerateDocumentCommand command) {
        return submissionKeys.once(command.submission(), GenerateDocumentUseCase.class, () -> generateOnce(command),
                document -> new SubmissionKeysPort.Result(document.documentId(), 0),
                first -> reopen(first.id()));
    }

    private GeneratedDocument generateOnce(GenerateDocumentCommand command) {
        PaperworkFacts paperwork = facts.load(command.agreementId());
        DocumentModel model;
        try {
            model = Letters.build(paperwork, command.kind(), command.number(),
                    templates.find(command.kind()).orElse(DocumentTemplate.defaultFor(command.kind())));
        } catch (InvalidValueException e) {
            throw SaveDocumentTemplateService.refusal(e);
        }
        RenderedDocument rendered = renderer.render(logo.onto(model), command.format());
        DocumentRef ref = storage.store(rendered.fileName(), rendered.mediaType(), rendered.content());
        generated.record(new GeneratedDocumentRecord(UUID.randomUUID(), command.agreementId(), command.kind(), command.number(),
                command.format(), ref.id(), rendered.fileName(), clock.instant(), currentUser.currentUser()));
        return new GeneratedDocument(ref.id(), rendered.fileName(), rendered.mediaType(), rendered.content());
    }

    private GeneratedDocument reopen(String documentId) {
        StoredDocument stored = storage.open(documentId).orElseThrow(() -> new NotFoundException("Document", documentId));
        return new GeneratedDocument(documentId, stored.ref().originalName(), stored.ref().contentType(), stored.content());
    }
}
