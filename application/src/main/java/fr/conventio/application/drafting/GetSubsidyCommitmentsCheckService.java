package fr.conventio.application.drafting;

import fr.conventio.application.port.out.BudgetLineRepository;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.party.BudgetLine;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.DomainException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The check of {@link GetSubsidyCommitmentsCheckUseCase}: each budget line of the split is loaded and asked to commit
 * the amount (B4), as the signature will; what it refuses is kept as the problem, and nothing is saved (a query runs
 * in a read-only transaction). Amounts on the same line add up; a line that does not exist is named as such.
 */
public final class GetSubsidyCommitmentsCheckService implements GetSubsidyCommitmentsCheckUseCase {

    /** The agreement a commitment is tried for when the draft has no id yet: it has no commitment on any line. */
    private static final AgreementId NOT_SAVED_YET = AgreementId.of("00000000-0000-0000-0000-000000000000");

    private final BudgetLineRepository budgetLines;

    public GetSubsidyCommitmentsCheckService(BudgetLineRepository budgetLines) {
        this.budgetLines = Objects.requireNonNull(budgetLines);
    }

    @Override
    public SubsidyCommitmentsCheck check(GetSubsidyCommitmentsCheckQuery query) {
        Map<BudgetLineId, Amount> perLine = new LinkedHashMap<>();
        for (SubsidyAllocation allocation : query.split()) {
            perLine.merge(allocation.budgetLineId(), allocation.amount(), Amount::plus);
        }
        AgreementId agreement = query.agreementId() == null ? NOT_SAVED_YET : query.agreementId();
        List<String> problems = new ArrayList<>();
        perLine.forEach((lineId, amount) -> {
            Optional<BudgetLine> line = budgetLines.findById(lineId).map(Versioned::value);
            if (line.isEmpty()) {
                return; // not a line of this funder: the draft's own checks say so
            }
            try {
                line.get().commit(query.year(), agreement, amount);
            } catch (DomainException refused) {
                problems.add(refused.getMessage());
            }
        });
        return new SubsidyCommitmentsCheck(problems);
    }
}
