package fr.conventio.adapters.web.ui.draft;

import fr.conventio.application.drafting.GetSubsidyCommitmentsCheckQuery;
import fr.conventio.application.drafting.GetSubsidyCommitmentsCheckUseCase;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.application.association.AssociationSummary;
import fr.conventio.application.association.SearchAssociationsQuery;
import fr.conventio.application.association.SearchAssociationsUseCase;
import fr.conventio.application.funder.FunderSettings;
import fr.conventio.application.funder.GetFunderSettingsQuery;
import fr.conventio.application.funder.GetFunderSettingsUseCase;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.domain.party.Signatory;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The wizard's choices read through the use cases: associations from {@link SearchAssociationsUseCase}
 * (paged in the storage, by name), signatories and budget lines (with each year's remaining envelope)
 * from {@link GetFunderSettingsUseCase}, read once when the wizard opens.
 */
public final class UseCaseDraftChoices implements DraftChoices {

    private final SearchAssociationsUseCase searchAssociations;
    private final Optional<FunderSettings> settings;
    private final GetSubsidyCommitmentsCheckUseCase checkCommitments;

    /** With {@code checkCommitments} {@code null}, the subsidy step warns of nothing. */
    public UseCaseDraftChoices(SearchAssociationsUseCase searchAssociations, GetFunderSettingsUseCase funderSettings,
                               GetSubsidyCommitmentsCheckUseCase checkCommitments) {
        this.searchAssociations = searchAssociations;
        this.settings = funderSettings.get(new GetFunderSettingsQuery());
        this.checkCommitments = checkCommitments;
    }

    @Override
    public List<String> signatureProblems(BudgetYear year, AgreementId agreementId, List<SubsidyAllocation> split) {
        if (checkCommitments == null || year == null || split.isEmpty()) {
            return List.of();
        }
        try {
            return checkCommitments.check(new GetSubsidyCommitmentsCheckQuery(year, agreementId, split)).problems();
        } catch (RuntimeException cannotTell) {
            return List.of();
        }
    }

    /** The association page's read model, from which {@link #othersGranted} reads the annual totals (D3); {@code null}: none. */
    private fr.conventio.application.association.GetAssociationUseCase getAssociation;

    /** These choices, telling the annual total from {@code getAssociation} (D3 on the annual total). */
    public UseCaseDraftChoices withAnnualTotals(fr.conventio.application.association.GetAssociationUseCase getAssociation) {
        this.getAssociation = getAssociation;
        return this;
    }

    @Override
    public fr.conventio.domain.agreement.AnnualSubsidies othersGranted(fr.conventio.domain.shared.AssociationId association, BudgetYear year) {
        fr.conventio.domain.agreement.AnnualSubsidies granted = fr.conventio.domain.agreement.AnnualSubsidies.none(association, year);
        if (getAssociation == null) {
            return granted;
        }
        try {
            for (var ofYear : getAssociation.get(new fr.conventio.application.association.GetAssociationQuery(association)).fundingByYear()) {
                if (ofYear.budgetYear().equals(year)) {
                    for (var agreement : ofYear.agreements()) {
                        granted = granted.with(agreement.agreementId(), agreement.subsidyInForce());
                    }
                }
            }
            return granted;
        } catch (RuntimeException cannotTell) {
            return granted;
        }
    }

    /** Whether the funder is set up (without it no agreement can be drafted). */
    public boolean funderReady() {
        return settings.isPresent();
    }

    @Override
    public Stream<AssociationChoice> associations(String filter, int offset, int limit) {
        PageRequest page = PageRequest.ofOffset(offset, limit, SearchAssociationsUseCase.SORT_NAME, true);
        return searchAssociations.search(new SearchAssociationsQuery(filter, page)).content().stream().map(UseCaseDraftChoices::choice);
    }

    static AssociationChoice choice(AssociationSummary summary) {
        String detail = Stream.of(summary.siret(), summary.city()).filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(", "));
        return new AssociationChoice(summary.id(), summary.name(), detail);
    }

    @Override
    public List<Signatory> signatories() {
        return settings.map(FunderSettings::signatories).orElse(List.of());
    }

    @Override
    public List<BudgetLineChoice> budgetLines() {
        return settings.map(s -> s.budgetLines().stream().map(UseCaseDraftChoices::choice).toList()).orElse(List.of());
    }

    static BudgetLineChoice choice(FunderSettings.BudgetLineSettings line) {
        Map<BudgetYear, Amount> remaining = new LinkedHashMap<>();
        line.years().forEach(year -> remaining.put(year.year(), year.remaining()));
        return new BudgetLineChoice(line.id(), line.code(), line.label(), remaining);
    }
}
