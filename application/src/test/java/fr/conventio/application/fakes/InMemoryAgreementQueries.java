package fr.conventio.application.fakes;

import fr.conventio.application.reading.AgreementQueries;
import fr.conventio.application.reading.AgreementSearch;
import fr.conventio.application.reading.AgreementSummary;
import fr.conventio.application.reading.SearchAgreementsUseCase;
import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.account.AgreementStage;
import fr.conventio.domain.agreement.Agreement;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** In-memory {@link AgreementQueries} over the agreement and association fakes: filters, sorts and pages like the SQL would. */
public final class InMemoryAgreementQueries implements AgreementQueries {

    private final InMemoryAgreementRepository agreements;
    private final InMemoryAssociationRepository associations;
    private final InMemoryAgreementAccountRepository accounts;

    public InMemoryAgreementQueries(InMemoryAgreementRepository agreements, InMemoryAssociationRepository associations,
                                    InMemoryAgreementAccountRepository accounts) {
        this.agreements = Objects.requireNonNull(agreements);
        this.associations = Objects.requireNonNull(associations);
        this.accounts = Objects.requireNonNull(accounts);
    }

    @Override
    public Page<AgreementSummary> search(AgreementSearch search, PageRequest page) {
        List<AgreementSummary> all = matching(search).stream().sorted(comparator(page)).toList();
        return Pages.of(all, page);
    }

    @Override
    public long count(AgreementSearch search) {
        return matching(search).size();
    }

    private List<AgreementSummary> matching(AgreementSearch search) {
        return agreements.findAll(a -> accounts.findByAgreement(a.id()).isPresent()).stream().map(Versioned::value)
                .filter(a -> search.budgetYear() == null || a.budgetYear().value() == search.budgetYear())
                .filter(a -> search.stage() == null || stage(a) == search.stage())
                .filter(a -> search.associationId() == null || a.associationId().equals(search.associationId()))
                .filter(a -> search.budgetLineId() == null || a.subsidy().budgetLines().contains(search.budgetLineId()))
                .map(a -> summary(a))
                .filter(s -> search.text() == null || matchesText(s, search.text()))
                .toList();
    }

    private boolean matchesText(AgreementSummary summary, String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        Agreement agreement = agreements.findById(summary.id()).orElseThrow().value();
        return summary.reference().toLowerCase(Locale.ROOT).contains(wanted)
                || summary.associationName().toLowerCase(Locale.ROOT).contains(wanted)
                || agreement.object().objectives().toLowerCase(Locale.ROOT).contains(wanted);
    }

    private AgreementSummary summary(Agreement a) {
        String name = associations.findById(a.associationId()).map(v -> v.value().name()).orElse("?");
        return new AgreementSummary(a.id(), a.reference().value(), name, a.budgetYear().value(), a.subsidy().votedAmount(),
                a.shareOfCost(), stage(a));
    }

    private AgreementStage stage(Agreement a) {
        return accounts.findByAgreement(a.id()).orElseThrow().stage();
    }

    /** Texts sort without regard to case and accents, as the SQL does. */
    private static String sortKey(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static Comparator<AgreementSummary> comparator(PageRequest page) {
        Comparator<AgreementSummary> byKey = switch (page.sortBy()) {
            case SearchAgreementsUseCase.SORT_ASSOCIATION -> Comparator.comparing(s -> sortKey(s.associationName()));
            case SearchAgreementsUseCase.SORT_YEAR -> Comparator.comparing(AgreementSummary::budgetYear);
            case SearchAgreementsUseCase.SORT_SUBSIDY -> Comparator.comparing(AgreementSummary::subsidy);
            case SearchAgreementsUseCase.SORT_STATUS -> Comparator.comparing(AgreementSummary::stage);
            default -> Comparator.comparing(s -> sortKey(s.reference()));
        };
        byKey = byKey.thenComparing(AgreementSummary::reference);
        return page.ascending() ? byKey : byKey.reversed();
    }
}
