package fr.conventio.application.fakes;

import fr.conventio.application.publication.PublicationQueries;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.BudgetYear;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** In-memory {@link PublicationQueries}: the agreements of the year with a signature date, by reference. */
public final class InMemoryPublicationQueries implements PublicationQueries {

    private final InMemoryAgreementRepository agreements;

    public InMemoryPublicationQueries(InMemoryAgreementRepository agreements) {
        this.agreements = Objects.requireNonNull(agreements);
    }

    @Override
    public List<AgreementId> signedAgreementsOf(BudgetYear year) {
        return agreements.findAll(a -> a.budgetYear().equals(year) && a.signatureDate().isPresent()).stream()
                .map(v -> v.value()).sorted(Comparator.comparing(a -> a.reference().value())).map(Agreement::id).toList();
    }

    @Override
    public List<BudgetYear> yearsWithSignedAgreements() {
        return agreements.findAll(a -> a.signatureDate().isPresent()).stream().map(v -> v.value().budgetYear()).distinct()
                .sorted(Comparator.comparing(BudgetYear::value).reversed()).toList();
    }
}
