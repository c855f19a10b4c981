package fr.conventio.application.drafting;

import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.application.port.out.AssociationRepository;
import fr.conventio.application.port.out.BudgetLineRepository;
import fr.conventio.application.shared.DuplicateReferenceException;
import fr.conventio.application.shared.NotFoundException;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.party.BudgetLine;
import fr.conventio.domain.party.Funder;
import fr.conventio.domain.party.Representative;
import fr.conventio.domain.shared.RuleViolationException;

/** The checks a draft's terms need beyond the domain's own: the parties and lines exist and belong to the funder. */
final class DraftChecks {

    private DraftChecks() {
    }

    /** Loads the beneficiary (404 when unknown). */
    static Association association(AssociationRepository associations, AgreementTerms terms) {
        return associations.findById(terms.associationId()).map(Versioned::value)
                .orElseThrow(() -> new NotFoundException("Association", terms.associationId()));
    }

    /** The representative typed, or the association's own. */
    static Representative representative(AgreementTerms terms, Association association) {
        return terms.representative() != null ? terms.representative() : association.representative();
    }

    /** P1: the signatory is one of the funder's; B3: each line of the split is a line of this funder. */
    static void check(AgreementTerms terms, Funder funder, BudgetLineRepository lines) {
        if (!funder.hasSignatory(terms.signatory())) {
            throw new RuleViolationException("P1", "signataire du financeur : " + terms.signatory().designation()
                    + " n'est pas un signataire de " + funder.name());
        }
        for (SubsidyAllocation allocation : terms.subsidy().split()) {
            BudgetLine line = lines.findById(allocation.budgetLineId()).map(Versioned::value)
                    .orElseThrow(() -> new NotFoundException("Ligne budgétaire", allocation.budgetLineId()));
            if (!line.funderId().equals(funder.id())) {
                throw new RuleViolationException("B3", "ligne budgétaire : la ligne " + line.code() + " n'est pas une ligne de " + funder.name());
            }
        }
    }

    static void refuseDuplicateReference(AgreementRepository agreements, AgreementTerms terms) {
        agreements.findSameReference(terms.reference()).ifPresent(stored -> {
            throw new DuplicateReferenceException(terms.reference(), stored);
        });
    }
}
