package fr.conventio.application.fakes;

import fr.conventio.application.association.AssociationQueries;
import fr.conventio.application.association.AssociationSummary;
import fr.conventio.application.association.ReceivedDocument;
import fr.conventio.application.association.SearchAssociationsUseCase;
import fr.conventio.application.shared.Page;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.application.shared.Versioned;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationEvent;
import fr.conventio.domain.obligation.ObligationStatus;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.party.RnaNumber;
import fr.conventio.domain.party.Siret;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.AssociationId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** In-memory {@link AssociationQueries} over the association, agreement and obligation fakes, as the SQL would answer. */
public final class InMemoryAssociationQueries implements AssociationQueries {

    private final InMemoryAssociationRepository associations;
    private final InMemoryAgreementRepository agreements;
    private final InMemoryObligationRepository obligations;

    public InMemoryAssociationQueries(InMemoryAssociationRepository associations, InMemoryAgreementRepository agreements,
                                      InMemoryObligationRepository obligations) {
        this.associations = Objects.requireNonNull(associations);
        this.agreements = Objects.requireNonNull(agreements);
        this.obligations = Objects.requireNonNull(obligations);
    }

    @Override
    public Page<AssociationSummary> search(String text, PageRequest page) {
        Map<AssociationId, List<Agreement>> byAssociation = agreements.findAll(a -> true).stream().map(Versioned::value)
                .collect(Collectors.groupingBy(Agreement::associationId));
        List<AssociationSummary> all = associations.findAll().stream().map(Versioned::value)
                .filter(a -> text == null || matches(a, text))
                .map(a -> summary(a, byAssociation.getOrDefault(a.id(), List.of())))
                .sorted(comparator(page)).toList();
        return Pages.of(all, page);
    }

    private static boolean matches(Association a, String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        String compact = wanted.replace(" ", "");
        return a.name().toLowerCase(Locale.ROOT).contains(wanted)
                || a.registeredAddress().city().toLowerCase(Locale.ROOT).contains(wanted)
                || a.siret().map(s -> s.value().toLowerCase(Locale.ROOT).contains(compact)).orElse(false)
                || a.rna().map(r -> r.value().toLowerCase(Locale.ROOT).contains(compact)).orElse(false);
    }

    private static AssociationSummary summary(Association a, List<Agreement> itsAgreements) {
        Amount voted = Amount.sum(itsAgreements.stream().filter(g -> g.status() != AgreementStatus.DRAFT)
                .map(g -> g.subsidy().votedAmount()).toList());
        return new AssociationSummary(a.id(), a.name(), a.siret().map(Siret::value).orElse(null), a.rna().map(RnaNumber::value).orElse(null),
                a.registeredAddress().city(), itsAgreements.size(), voted);
    }

    private static Comparator<AssociationSummary> comparator(PageRequest page) {
        Comparator<AssociationSummary> byKey = switch (page.sortBy()) {
            case SearchAssociationsUseCase.SORT_CITY -> Comparator.comparing(AssociationSummary::city);
            case SearchAssociationsUseCase.SORT_AGREEMENT_COUNT -> Comparator.comparing(AssociationSummary::agreementCount);
            case SearchAssociationsUseCase.SORT_TOTAL_SUBSIDIES -> Comparator.comparing(AssociationSummary::totalSubsidiesVoted);
            default -> Comparator.comparing(AssociationSummary::name);
        };
        byKey = byKey.thenComparing(AssociationSummary::name).thenComparing(s -> s.id().toString());
        return page.ascending() ? byKey : byKey.reversed();
    }

    @Override
    public List<ReceivedDocument> receivedDocuments(AssociationId associationId) {
        List<ReceivedDocument> documents = new ArrayList<>();
        for (Versioned<Agreement> v : agreements.findAll(a -> a.associationId().equals(associationId))) {
            Agreement agreement = v.value();
            for (Versioned<Obligation> o : obligations.findByAgreement(agreement.id())) {
                documents.addAll(documentsOf(agreement, o.value()));
            }
        }
        documents.sort(Comparator.comparing(ReceivedDocument::receivedOn).reversed()
                .thenComparing(ReceivedDocument::agreementReference).thenComparing(ReceivedDocument::obligationType));
        return documents;
    }

    private static List<ReceivedDocument> documentsOf(Agreement agreement, Obligation obligation) {
        List<ReceivedDocument> documents = new ArrayList<>();
        List<ObligationEvent> history = obligation.history();
        for (int i = 0; i < history.size(); i++) {
            ObligationEvent event = history.get(i);
            if (event.kind() != ObligationEvent.Kind.RECEIVED) {
                continue;
            }
            ObligationStatus status = ObligationStatus.RECEIVED;
            for (ObligationEvent later : history.subList(i + 1, history.size())) {
                if (later.kind() != ObligationEvent.Kind.RECEIVED) {
                    status = switch (later.kind()) {
                        case ACCEPTED -> ObligationStatus.ACCEPTED;
                        case REJECTED -> ObligationStatus.REJECTED;
                        default -> ObligationStatus.WAIVED;
                    };
                    break;
                }
            }
            documents.add(new ReceivedDocument(agreement.id(), agreement.reference().value(), obligation.id(), obligation.type(),
                    event.evidence().documentId(), event.evidence().fileName(), event.on(), status));
        }
        return documents;
    }
}
