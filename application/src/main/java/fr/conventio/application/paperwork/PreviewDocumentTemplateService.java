package fr.conventio.application.paperwork;

import fr.conventio.application.port.out.DocumentRendererPort;
import fr.conventio.application.port.out.DocumentRendererPort.RenderedDocument;
import fr.conventio.application.port.out.DocumentStoragePort;
import fr.conventio.application.port.out.FunderLogoRepository;
import fr.conventio.application.port.out.FunderRepository;
import fr.conventio.application.shared.Guards;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.control.AgreementControl;
import fr.conventio.domain.paperwork.DocumentFormat;
import fr.conventio.domain.paperwork.DocumentKind;
import fr.conventio.domain.paperwork.DocumentTemplate;
import fr.conventio.domain.paperwork.Letters;
import fr.conventio.domain.paperwork.PaperworkFacts;
import fr.conventio.domain.sample.RealAgreement2020;
import fr.conventio.domain.settlement.RecoveryClaim;
import fr.conventio.domain.settlement.RecoveryGround;
import fr.conventio.domain.settlement.RecoveryOrder;
import fr.conventio.domain.settlement.RecoveryOrderId;
import fr.conventio.domain.settlement.RecoveryOrderNumber;
import fr.conventio.domain.agreement.AmendmentRequest;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationId;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.termination.FormalNotice;
import fr.conventio.domain.termination.Party;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Writes the template's kind of document for a sample agreement in which every kind applies, with the funder's logo when
 * one is uploaded, and renders it as PDF.
 */
public final class PreviewDocumentTemplateService implements PreviewDocumentTemplateUseCase {

    private final FunderRepository funders;
    private final DocumentRendererPort renderer;
    private final Clock clock;
    private final LetterheadLogo logo;

    public PreviewDocumentTemplateService(FunderRepository funders, DocumentRendererPort renderer, Clock clock, FunderLogoRepository logos,
                                          DocumentStoragePort storage) {
        this.logo = new LetterheadLogo(logos, storage);
        this.funders = Objects.requireNonNull(funders);
        this.renderer = Objects.requireNonNull(renderer);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public GeneratedDocument preview(SaveDocumentTemplateCommand command) {
        DocumentTemplate template = template(command);
        PaperworkFacts sample = sample(Guards.today(clock));
        RenderedDocument pdf = renderer.render(logo.onto(Letters.build(sample, command.kind(), command.kind().numbered() ? 1 : 0, template)),
                DocumentFormat.PDF);
        return new GeneratedDocument("apercu", "apercu-" + pdf.fileName(), pdf.mediaType(), pdf.content());
    }

    /** The command as a domain template, a field that does not exist refused with its name. */
    static DocumentTemplate template(SaveDocumentTemplateCommand command) {
        try {
            return new DocumentTemplate(command.kind(), command.letterhead(), command.opening(), command.closing());
        } catch (InvalidValueException e) {
            throw SaveDocumentTemplateService.refusal(e);
        }
    }

    /**
     * The seed agreement, signed, amended once, with a formal notice, an overdue financial report, a recovery order
     * and terminated: every kind of document applies to it. The funder is the installation's when set up.
     */
    private PaperworkFacts sample(LocalDate today) {
        Agreement agreement = RealAgreement2020.signedSeedAgreement();
        agreement.amend(AmendmentRequest.of(LocalDate.of(2020, 6, 15), "Exemple d'avenant (aperçu)")
                .withPaymentTerms(agreement.paymentTerms().withAdvanceRate(fr.conventio.domain.shared.Rate.ofPercent(90))));
        AgreementControl control = AgreementControl.empty(agreement.id()).withNotice(FormalNotice.send(LocalDate.of(2020, 9, 1),
                "1A 000 000 0000 0", "Rapport d'activité non fourni (exemple)", Party.FUNDER));
        RecoveryOrder order = RecoveryOrder.issue(RecoveryOrderId.newId(), agreement.funderId(), agreement.id(), RecoveryOrderNumber.of(2021, 1),
                new RecoveryClaim(RecoveryGround.OVERPAYMENT, Amount.of(9000)), Amount.of(9000), LocalDate.of(2021, 7, 1));
        Obligation report = Obligation.create(ObligationId.newId(), agreement.id(), ObligationType.FINANCIAL_REPORT, LocalDate.of(2021, 6, 30));
        agreement.terminate(LocalDate.of(2021, 10, 1), "exemple de résiliation (aperçu)");
        var funder = funders.findTheFunder().map(Versioned::value).orElseGet(RealAgreement2020::seedFunder);
        LocalDate day = today.isAfter(LocalDate.of(2021, 7, 1)) ? today : LocalDate.of(2021, 7, 15);
        return new PaperworkFacts(agreement, funder, RealAgreement2020.seedAssociation(), List.of(report), List.of(order), control, day);
    }

}
