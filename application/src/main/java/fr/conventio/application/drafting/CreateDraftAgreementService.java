package fr.conventio.application.drafting;

import fr.conventio.application.agreementfile.AnnualSubsidiesReview;

import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.application.port.out.AssociationRepository;
import fr.conventio.application.port.out.BudgetLineRepository;
import fr.conventio.application.port.out.CurrentUserPort;
import fr.conventio.application.port.out.FunderRepository;
import fr.conventio.application.port.out.MultiYearPlanRepository;
import fr.conventio.application.port.out.SubmissionKeysPort;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.multiyear.MultiYearPlan;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.party.Funder;
import fr.conventio.domain.shared.AgreementId;

import java.util.Objects;
import java.util.Optional;

/**
 * Creates a draft agreement of the installation's funder, drafted by the current user; refuses a duplicate reference; tells D3;
 * one draft per submission. A draft typed as multi-year (D5) is created with its plan: the plan is built (and checked by the
 * domain) before anything is written, then the draft and its plan are written in the use case's one transaction.
 */
public final class CreateDraftAgreementService implements CreateDraftAgreementUseCase {

    private final AgreementFiles files;
    private final AgreementRepository agreements;
    private final FunderRepository funders;
    private final AssociationRepository associations;
    private final BudgetLineRepository lines;
    /** D3 on the association's annual total from the funder (its other signed agreements of the year). */
    private final AnnualSubsidiesReview annualSubsidies;
    private final CurrentUserPort currentUser;
    private final SubmissionKeysPort submissionKeys;
    private final MultiYearPlanRepository plans;

    public CreateDraftAgreementService(AgreementFiles files, AgreementRepository agreements, FunderRepository funders,
                                       AssociationRepository associations, BudgetLineRepository lines, CurrentUserPort currentUser,
                                       SubmissionKeysPort submissionKeys, MultiYearPlanRepository plans) {
        this.files = Objects.requireNonNull(files);
        this.agreements = Objects.requireNonNull(agreements);
        this.funders = Objects.requireNonNull(funders);
        this.associations = Objects.requireNonNull(associations);
        this.lines = Objects.requireNonNull(lines);
        this.annualSubsidies = new AnnualSubsidiesReview(files, agreements);
        this.currentUser = Objects.requireNonNull(currentUser);
        this.submissionKeys = Objects.requireNonNull(submissionKeys);
        this.plans = Objects.requireNonNull(plans);
    }

    @Override
    public DraftAgreementSaved create(CreateDraftAgreementCommand command) {
        return submissionKeys.once(command.submission(), CreateDraftAgreementUseCase.class, () -> createOnce(command),
                saved -> new SubmissionKeysPort.Result(saved.agreementId().toString(), saved.version()),
                first -> {
                    AgreementId id = AgreementId.of(first.id());
                    Agreement agreement = agreements.findById(id).map(Versioned::value)
                            .orElseThrow(() -> new NotFoundException("Convention", id));
                    return new DraftAgreementSaved(id, first.version(), annualSubsidies.requirementOf(agreement));
                });
    }

    private DraftAgreementSaved createOnce(CreateDraftAgreementCommand command) {
        AgreementTerms terms = command.terms();
        Funder funder = funders.findTheFunder().map(Versioned::value)
                .orElseThrow(() -> new NotFoundException("Financeur (à paramétrer d'abord)", "installation"));
        Association association = DraftChecks.association(associations, terms);
        DraftChecks.check(terms, funder, lines);
        DraftChecks.refuseDuplicateReference(agreements, terms);
        Agreement agreement = Agreement.create(AgreementId.newId(), terms.reference(), funder.id(), association.id(),
                terms.signatory(), DraftChecks.representative(terms, association), terms.budgetYear(), terms.object(),
                terms.programme(), terms.forecastBudget(), terms.subsidy(), terms.paymentTerms(), currentUser.currentUser());
        agreement.changeOperationPeriod(terms.operationPeriod());
        agreement.changeKeepUnspentClause(terms.keepUnspentClause());
        Optional<MultiYearPlan> plan = command.plan().map(years -> MultiYearPlan.create(agreement.id(), agreement.budgetYear(),
                agreement.subsidy().votedAmount(), years.settlementMode(), years.laterYears()));
        Versioned<Agreement> saved = files.create(agreement);
        plan.ifPresent(p -> plans.save(Versioned.newAggregate(p)));
        return new DraftAgreementSaved(agreement.id(), saved.version(), annualSubsidies.requirementOf(agreement));
    }
}
