package fr.conventio.application.fakes;

import fr.conventio.application.association.AgreementFunding;
import fr.conventio.application.association.AssociationFundingQueries;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.account.AccountFigures;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AnnualSubsidies;
import fr.conventio.domain.agreement.FundingSource;
import fr.conventio.domain.agreement.FundingSourceKind;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.AssociationId;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** In-memory {@link AssociationFundingQueries} over the agreement fake and the stored account figures, as the SQL answers. */
public final class InMemoryAssociationFundingQueries implements AssociationFundingQueries {

    private final InMemoryAgreementRepository agreements;
    private final InMemoryAgreementAccountRepository accounts;

    public InMemoryAssociationFundingQueries(InMemoryAgreementRepository agreements, InMemoryAgreementAccountRepository accounts) {
        this.agreements = Objects.requireNonNull(agreements);
        this.accounts = Objects.requireNonNull(accounts);
    }

    @Override
    public List<AgreementFunding> fundingOf(AssociationId associationId) {
        return agreements.findAll(a -> a.associationId().equals(associationId) && AnnualSubsidies.counts(a.status())).stream()
                .map(Versioned::value)
                .sorted(Comparator.comparing((Agreement a) -> a.budgetYear()).reversed().thenComparing(a -> a.reference().value()))
                .map(this::funding).toList();
    }

    private AgreementFunding funding(Agreement a) {
        AccountFigures figures = accounts.findByAgreement(a.id()).orElseThrow();
        Map<FundingSourceKind, Amount> others = new EnumMap<>(FundingSourceKind.class);
        for (FundingSource source : a.forecastBudget().financingPlan()) {
            if (AgreementFunding.isOtherFunder(source.kind())) {
                others.merge(source.kind(), source.amount(), Amount::plus);
            }
        }
        return new AgreementFunding(a.id(), a.reference(), a.budgetYear(), a.status(), figures.votedSubsidy(), figures.subsidyInForce(),
                others);
    }
}
