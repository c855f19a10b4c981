package fr.conventio.application.lifecycle;

import fr.conventio.application.agreementfile.AgreementFile;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.agreementfile.AnnualSubsidiesReview;
import fr.conventio.application.port.out.AssociationRepository;
import fr.conventio.application.port.out.MultiYearPlanRepository;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationSchedule;
import fr.conventio.domain.obligation.ObligationScheduleInput;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.payment.PaymentDeadline;
import fr.conventio.domain.shared.DomainException;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Signs an approved agreement, in one go:
 * <ol>
 *   <li>APPROVED → SIGNED on the signature date (P1: not before the deliberation);</li>
 *   <li>generates the obligations with the {@link ObligationSchedule} (O1–O10) from the agreement and its
 *       association, O4 on the association's annual total from the funder: this subsidy and the subsidies in force
 *       of its other signed agreements of the year ({@link AnnualSubsidiesReview}); a year of a multi-year agreement
 *       settled once at the end, but the last, without the financial report (O2) and balance documents (O10) of its
 *       own (D5: the last year's are the period's);</li>
 *   <li>when that total triggers O4, adds the certified accounts to every other signed agreement of the year that
 *       lacks them, with the reason;</li>
 *   <li>keeps the funder's own payment deadline (N1) in the control file when the payment terms call for it;</li>
 *   <li>commits the subsidy split on each budget line for the budget year, when the file is saved (B4:
 *       refused when the year's budget is not adopted or a line has not enough left).</li>
 * </ol>
 * Every refusal comes before the first write.
 */
public final class SignAgreementService implements SignAgreementUseCase {

    private final AgreementFiles files;
    private final AssociationRepository associations;
    private final AnnualSubsidiesReview annualSubsidies;
    private final MultiYearPlanRepository plans;

    public SignAgreementService(AgreementFiles files, AssociationRepository associations, AnnualSubsidiesReview annualSubsidies,
                                MultiYearPlanRepository plans) {
        this.files = Objects.requireNonNull(files);
        this.associations = Objects.requireNonNull(associations);
        this.annualSubsidies = Objects.requireNonNull(annualSubsidies);
        this.plans = Objects.requireNonNull(plans);
    }

    @Override
    public SignAgreementResult sign(SignAgreementCommand command) {
        AgreementFile file = files.loadForUpdate(command.agreementId(), command.expectedVersion());
        Agreement agreement = file.agreement();
        Association association = associations.findById(agreement.associationId()).map(Versioned::value)
                .orElseThrow(() -> new NotFoundException("Association", agreement.associationId()));
        agreement.sign(command.signatureDate());
        if (!file.obligations().isEmpty()) {
            throw new DomainException("convention " + agreement.reference() + " : ses obligations existent déjà");
        }
        boolean reportedOverThePeriod = plans.findByMember(agreement.id())
                .filter(plan -> plan.value().reportsOverThePeriod(agreement.id())).isPresent();
        List<Obligation> generated = ObligationSchedule.generate(agreement.id(),
                ObligationScheduleInput.atSignature(agreement, association, annualSubsidies.othersOf(agreement)), reportedOverThePeriod);
        file.addObligations(generated);
        Optional<PaymentDeadline> deadline = agreement.paymentTerms().funderDeadline();
        deadline.ifPresent(d -> file.replaceControl(file.control().withPaymentDeadline(d)));

        Versioned<Agreement> saved = files.save(file);
        annualSubsidies.addCertifiedAccountsToOthers(file, association);
        return new SignAgreementResult(agreement.id(), saved.version(), generated.stream().map(Obligation::type).toList(),
                deadline.orElse(null));
    }
}
