package fr.conventio.application.drafting;

import fr.conventio.application.agreementfile.AnnualSubsidiesReview;

import fr.conventio.application.agreementfile.AgreementFile;
import fr.conventio.application.agreementfile.AgreementFiles;
import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.application.port.out.AssociationRepository;
import fr.conventio.application.port.out.BudgetLineRepository;
import fr.conventio.application.port.out.FunderRepository;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.party.Funder;

import java.util.Objects;

/** Replaces the terms of a draft agreement (DRAFT only: the domain refuses otherwise). */
public final class EditDraftAgreementService implements EditDraftAgreementUseCase {

    private final AgreementFiles files;
    private final AgreementRepository agreements;
    private final FunderRepository funders;
    private final AssociationRepository associations;
    private final BudgetLineRepository lines;
    /** D3 on the association's annual total from the funder (its other signed agreements of the year). */
    private final AnnualSubsidiesReview annualSubsidies;

    public EditDraftAgreementService(AgreementFiles files, AgreementRepository agreements, FunderRepository funders,
                                     AssociationRepository associations, BudgetLineRepository lines) {
        this.files = Objects.requireNonNull(files);
        this.agreements = Objects.requireNonNull(agreements);
        this.funders = Objects.requireNonNull(funders);
        this.associations = Objects.requireNonNull(associations);
        this.lines = Objects.requireNonNull(lines);
        this.annualSubsidies = new AnnualSubsidiesReview(files, agreements);
    }

    @Override
    public DraftAgreementSaved edit(EditDraftAgreementCommand command) {
        AgreementFile file = files.loadForUpdate(command.agreementId(), command.expectedVersion());
        Agreement agreement = file.agreement();
        AgreementTerms terms = command.terms();
        Funder funder = funders.findById(agreement.funderId()).map(Versioned::value)
                .orElseThrow(() -> new NotFoundException("Financeur", agreement.funderId()));
        Association association = DraftChecks.association(associations, terms);
        DraftChecks.check(terms, funder, lines);
        if (!terms.reference().equals(agreement.reference())) {
            if (!terms.reference().sameAs(agreement.reference())) {
                DraftChecks.refuseDuplicateReference(agreements, terms);
            }
            agreement.changeReference(terms.reference());
        }
        agreement.changeBeneficiary(association.id(), DraftChecks.representative(terms, association));
        agreement.changeSignatory(terms.signatory());
        agreement.changeBudgetYear(terms.budgetYear());
        agreement.changeObject(terms.object());
        agreement.changeProgramme(terms.programme());
        agreement.changeFinancials(terms.forecastBudget(), terms.subsidy());
        agreement.changePaymentTerms(terms.paymentTerms());
        agreement.changeOperationPeriod(terms.operationPeriod());
        agreement.changeKeepUnspentClause(terms.keepUnspentClause());
        Versioned<Agreement> saved = files.save(file);
        return new DraftAgreementSaved(agreement.id(), saved.version(), annualSubsidies.requirementOf(agreement));
    }
}
