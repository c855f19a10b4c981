package fr.conventio.application.fakes;

import fr.conventio.application.dashboard.BudgetConsumptionQueries;
import fr.conventio.application.dashboard.BudgetLineConsumption;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.party.BudgetLine;
import fr.conventio.domain.payment.Payment;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** In-memory {@link BudgetConsumptionQueries}: the funder's lines with their envelope and commitments, and the payments' charges. */
public final class InMemoryBudgetConsumptionQueries implements BudgetConsumptionQueries {

    private final InMemoryFunderRepository funders;
    private final InMemoryBudgetLineRepository budgetLines;
    private final InMemoryAgreementRepository agreements;
    private final InMemoryPaymentRepository payments;

    public InMemoryBudgetConsumptionQueries(InMemoryFunderRepository funders, InMemoryBudgetLineRepository budgetLines,
                                            InMemoryAgreementRepository agreements, InMemoryPaymentRepository payments) {
        this.funders = Objects.requireNonNull(funders);
        this.budgetLines = Objects.requireNonNull(budgetLines);
        this.agreements = Objects.requireNonNull(agreements);
        this.payments = Objects.requireNonNull(payments);
    }

    @Override
    public List<BudgetLineConsumption> consumption(BudgetYear year) {
        return funders.findTheFunder().map(funder -> {
            Set<AgreementId> ofYear = agreements.findAll(a -> a.budgetYear().equals(year)).stream()
                    .map(v -> v.value().id()).collect(Collectors.toSet());
            List<Payment> recorded = payments.findAll(p -> p.isRecorded() && ofYear.contains(p.agreementId())).stream()
                    .map(Versioned::value).toList();
            return budgetLines.findByFunder(funder.value().id()).stream().map(Versioned::value)
                    .map(line -> consumption(line, year, recorded)).toList();
        }).orElse(List.of());
    }

    private static BudgetLineConsumption consumption(BudgetLine line, BudgetYear year, List<Payment> recorded) {
        Amount paid = Amount.sum(recorded.stream().map(p -> p.amountOn(line.id())).toList());
        return new BudgetLineConsumption(line.id(), line.code(), line.label(), line.envelope(year), line.committed(year), paid,
                line.envelope(year).minusOrZero(line.committed(year)));
    }
}
