package fr.conventio.domain.paperwork;

import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.agreement.Amendment;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationStatus;
import fr.conventio.domain.settlement.RecoveryOrder;
import fr.conventio.domain.settlement.RecoveryOrderStatus;
import fr.conventio.domain.termination.FormalNotice;
import fr.conventio.domain.termination.Party;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which documents apply to an agreement, and when (the one place that decides it):
 * <ul>
 *   <li>the agreement: always (a draft is marked as a project);</li>
 *   <li>M1: one amendment per amendment made, listing what it changes;</li>
 *   <li>N1: the notification of the award once a deliberation approved the agreement (it starts the 60-day clock);</li>
 *   <li>T1: one formal notice per notice the funder sent;</li>
 *   <li>O11: the request for documents while an obligation is rejected or overdue;</li>
 *   <li>A2: one recovery order notice per order not cancelled;</li>
 *   <li>T1–T3: the termination letter once the agreement is terminated.</li>
 * </ul>
 */
public final class DocumentCatalogue {

    private DocumentCatalogue() {
    }

    public static List<AvailableDocument> available(PaperworkFacts facts) {
        Agreement agreement = facts.agreement();
        List<AvailableDocument> documents = new ArrayList<>();
        documents.add(new AvailableDocument(DocumentKind.AGREEMENT, 0,
                agreement.status() == AgreementStatus.DRAFT ? "Projet de convention" : "Convention"));
        if (agreement.deliberation().isPresent()) {
            documents.add(new AvailableDocument(DocumentKind.AWARD_NOTIFICATION, 0, "Notification d'attribution"));
        }
        for (Amendment amendment : agreement.amendments()) {
            documents.add(new AvailableDocument(DocumentKind.AMENDMENT, amendment.number(), "Avenant n° " + amendment.number()));
        }
        List<FormalNotice> notices = facts.control().formalNotices();
        for (int i = 0; i < notices.size(); i++) {
            if (notices.get(i).sentBy() == Party.FUNDER) {
                documents.add(new AvailableDocument(DocumentKind.FORMAL_NOTICE, i + 1,
                        "Mise en demeure du " + FrenchTypography.date(notices.get(i).sentOn())));
            }
        }
        if (!missingDocuments(facts).isEmpty()) {
            documents.add(new AvailableDocument(DocumentKind.DOCUMENTS_REQUEST, 0, "Demande de pièces manquantes ou rejetées"));
        }
        List<RecoveryOrder> orders = orders(facts);
        for (int i = 0; i < orders.size(); i++) {
            if (orders.get(i).status() != RecoveryOrderStatus.CANCELLED) {
                documents.add(new AvailableDocument(DocumentKind.RECOVERY_NOTICE, i + 1,
                        "Avis de titre de recettes " + orders.get(i).number()));
            }
        }
        if (agreement.status() == AgreementStatus.TERMINATED) {
            documents.add(new AvailableDocument(DocumentKind.TERMINATION_LETTER, 0, "Lettre de résiliation"));
        }
        return List.copyOf(documents);
    }

    /** The document of this kind and number if it applies now. */
    public static Optional<AvailableDocument> find(PaperworkFacts facts, DocumentKind kind, int number) {
        return available(facts).stream().filter(d -> d.kind() == kind && d.number() == number).findFirst();
    }

    /** O11: the obligations rejected, or overdue on the facts' day, in due-date order. */
    public static List<Obligation> missingDocuments(PaperworkFacts facts) {
        return facts.obligations().stream()
                .filter(o -> o.status() == ObligationStatus.REJECTED || o.isOverdueOn(facts.today()))
                .sorted(Comparator.comparing(Obligation::dueDate))
                .toList();
    }

    /** The agreement's recovery orders in number order (the numbering of {@link DocumentKind#RECOVERY_NOTICE}). */
    static List<RecoveryOrder> orders(PaperworkFacts facts) {
        return facts.recoveryOrders().stream().sorted(Comparator.comparing(RecoveryOrder::number)).toList();
    }
}
