package fr.conventio.domain.paperwork;

import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.Amendment;
import fr.conventio.domain.agreement.ChangedElement;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.obligation.Obligation;
import fr.conventio.domain.obligation.ObligationStatus;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.party.Funder;
import fr.conventio.domain.settlement.RecoveryOrder;
import fr.conventio.domain.shared.InvalidValueException;
import fr.conventio.domain.termination.FormalNotice;
import fr.conventio.domain.termination.RestitutionMode;
import fr.conventio.domain.termination.TerminationOutcome;

import java.util.ArrayList;
import java.util.List;

import static fr.conventio.domain.paperwork.FrenchTypography.amount;
import static fr.conventio.domain.paperwork.FrenchTypography.date;
import static fr.conventio.domain.paperwork.FrenchTypography.rate;

/**
 * The documents of an agreement's life besides the agreement: the amendment (M1), the notification of the award
 * (N1), the formal notice (T1), the request for documents (O11), the recovery order notice (A2) and the
 * termination letter (T1–T3). {@link #build} refuses a document that does not apply ({@link DocumentCatalogue}).
 */
public final class Letters {

    private Letters() {
    }

    /** The document of this kind and number with the default wording, refused when it does not apply to the agreement now. */
    public static DocumentModel build(PaperworkFacts facts, DocumentKind kind, int number) {
        return build(facts, kind, number, DocumentTemplate.defaultFor(kind));
    }

    /** The document of this kind and number with the administrator's {@code template}, refused when it does not apply now. */
    public static DocumentModel build(PaperworkFacts facts, DocumentKind kind, int number, DocumentTemplate template) {
        AvailableDocument available = DocumentCatalogue.find(facts, kind, number).orElseThrow(() -> new InvalidValueException("document",
                "« " + kind.label() + (kind.numbered() ? " n° " + number : "") + " » ne s'applique pas à la convention "
                        + facts.agreement().reference()));
        DocumentTemplate t = template == null || template.kind() != kind ? DocumentTemplate.defaultFor(kind) : template;
        return switch (kind) {
            case AGREEMENT -> AgreementDocument.build(facts, t);
            case AMENDMENT -> amendment(facts, number, t);
            case AWARD_NOTIFICATION -> awardNotification(facts, t);
            case FORMAL_NOTICE -> formalNotice(facts, facts.control().formalNotices().get(number - 1), t);
            case DOCUMENTS_REQUEST -> documentsRequest(facts, t);
            case RECOVERY_NOTICE -> recoveryNotice(facts, DocumentCatalogue.orders(facts).get(number - 1), t);
            case TERMINATION_LETTER -> terminationLetter(facts, available, t);
        };
    }

    private static String stem(PaperworkFacts facts, DocumentKind kind, int number) {
        return kind.fileStem() + (kind.numbered() ? "-" + number : "") + "-" + facts.agreement().reference().value();
    }

    /** The letterhead, addressee, place and date, object line and salutation of a letter. */
    private static DocumentModel.Builder letter(PaperworkFacts facts, DocumentKind kind, int number, String title, String object,
                                                boolean registered, DocumentTemplate template) {
        Funder funder = facts.funder();
        Association association = facts.association();
        DocumentModel.Builder doc = DocumentModel.builder(title, stem(facts, kind, number));
        letterhead(doc, facts, template);
        doc.paragraph("À l'attention de " + facts.agreement().representative().designation());
        doc.strong(association.name());
        doc.paragraph(AgreementDocument.address(association.registeredAddress()));
        doc.paragraph(funder.address().city() + ", le " + date(facts.today()));
        if (registered) {
            doc.paragraph("Lettre recommandée avec accusé de réception");
        }
        doc.title(title);
        doc.paragraph("Objet : " + object);
        doc.paragraph("Convention n° " + facts.agreement().reference().value() + " – exercice " + facts.agreement().budgetYear().value());
        doc.paragraph(salutation(facts.agreement()) + ",");
        opening(doc, facts, template);
        return doc;
    }

    /** The administrator's letterhead (first line in bold), or the funder's name and address. */
    static void letterhead(DocumentModel.Builder doc, PaperworkFacts facts, DocumentTemplate template) {
        if (template.letterhead() == null) {
            doc.strong(facts.funder().name());
            doc.paragraph(AgreementDocument.address(facts.funder().address()));
            return;
        }
        String[] lines = TemplateFields.fill(template.letterhead(), facts).split("\\R");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                if (i == 0) {
                    doc.strong(lines[i].strip());
                } else {
                    doc.paragraph(lines[i].strip());
                }
            }
        }
    }

    /** The administrator's opening paragraph, when there is one. */
    static void opening(DocumentModel.Builder doc, PaperworkFacts facts, DocumentTemplate template) {
        if (template.opening() != null) {
            doc.paragraph(TemplateFields.fill(template.opening(), facts));
        }
    }

    private static String salutation(Agreement agreement) {
        return agreement.representative().civility() == null ? "Madame, Monsieur"
                : agreement.representative().civility().label() + " le " + agreement.representative().function();
    }

    private static DocumentModel signOff(PaperworkFacts facts, DocumentModel.Builder doc, DocumentTemplate template) {
        doc.paragraph(template.closing() != null ? TemplateFields.fill(template.closing(), facts)
                : "Je vous prie d'agréer, " + salutation(facts.agreement()) + ", l'expression de mes salutations distinguées.");
        List<String> column = new ArrayList<>();
        if (facts.agreement().signatory().delegation() != null) {
            column.add(facts.agreement().signatory().delegation() + ",");
        }
        column.add(facts.agreement().signatory().designation());
        doc.signatures(List.of(column));
        return doc.build();
    }

    private static DocumentModel amendment(PaperworkFacts facts, int number, DocumentTemplate template) {
        Agreement agreement = facts.agreement();
        Amendment amendment = agreement.amendments().get(number - 1);
        FunderWording fw = FunderWording.of(facts.funder());
        String title = "AVENANT N° " + number + " À LA CONVENTION N° " + agreement.reference().value();
        DocumentModel.Builder doc = DocumentModel.builder(title, stem(facts, DocumentKind.AMENDMENT, number));
        if (template.letterhead() != null) {
            letterhead(doc, facts, template);
        }
        doc.title(title);
        opening(doc, facts, template);
        doc.strong("ENTRE " + facts.funder().name() + ", représenté" + (fw.shortName().startsWith("la ") ? "e" : "") + " par "
                + agreement.signatory().designation() + ",");
        doc.strong("ET l'Association " + facts.association().name() + ", représentée par " + agreement.representative().designation() + ",");
        doc.paragraph("Vu la convention n° " + agreement.reference().value() + " signée le "
                + agreement.signatureDate().map(FrenchTypography::date).orElse("………") + ", et notamment son article 9 ;");
        doc.paragraph("Il est convenu ce qui suit :");
        doc.article("ARTICLE 1 : OBJET DE L'AVENANT");
        doc.paragraph(amendment.description());
        doc.article("ARTICLE 2 : ÉLÉMENTS MODIFIÉS");
        doc.paragraph("Le présent avenant modifie les éléments suivants de la convention :");
        List<String> changes = new ArrayList<>();
        for (ChangedElement element : amendment.changes()) {
            changes.add(element == ChangedElement.OTHER ? element.label() + " : " + amendment.otherChange() : element.label() + " ;");
        }
        doc.bullets(changes);
        if (amendment.changes(ChangedElement.SUBSIDY_AMOUNT) || amendment.changes(ChangedElement.SUBSIDY_SPLIT)) {
            doc.paragraph("La participation " + fw.ofName() + " est portée à " + amount(agreement.subsidy().votedAmount()) + ", soit "
                    + rate(agreement.shareOfCost()) + " du coût total prévisionnel, répartie comme suit :");
            doc.bullets(agreement.subsidy().split().stream().map((SubsidyAllocation a) -> amount(a.amount()) + " sur la ligne « " + AgreementDocument.lineLabel(a) + " »").toList());
        }
        doc.article("ARTICLE 3 : AUTRES CLAUSES");
        doc.paragraph("Les autres clauses de la convention demeurent inchangées. Le présent avenant ne remet en cause ni les objectifs "
                + "généraux définis à l'article 1er de la convention, ni son bénéficiaire.");
        doc.paragraph("Fait à " + facts.funder().address().city() + ", le " + date(amendment.date()) + ".");
        doc.signatures(List.of(List.of("Pour l'Association", agreement.representative().designation()),
                List.of(fw.capitalized(), agreement.signatory().designation())));
        return doc.build();
    }

    private static DocumentModel awardNotification(PaperworkFacts facts, DocumentTemplate template) {
        Agreement agreement = facts.agreement();
        AgreementClauses clauses = facts.clauses();
        FunderWording fw = FunderWording.of(facts.funder());
        DocumentModel.Builder doc = letter(facts, DocumentKind.AWARD_NOTIFICATION, 0, "NOTIFICATION D'ATTRIBUTION DE SUBVENTION",
                "notification de l'attribution d'une subvention", false, template);
        doc.paragraph("J'ai le plaisir de vous informer que, par " + AgreementDocument.deliberationText(agreement.deliberation().orElseThrow())
                + ", " + fw.shortName() + " a attribué à votre association une subvention de " + amount(clauses.subsidy())
                + " pour l'exercice " + agreement.budgetYear().value() + ", soit " + rate(clauses.shareOfCost())
                + " du coût total prévisionnel de l'action.");
        clauses.multiYear().ifPresent(multi -> doc.paragraph("Cette subvention est celle de la première année d'une convention "
                + "pluriannuelle d'objectifs portant sur les exercices " + multi.yearList() + ", pour un total de " + amount(multi.total())
                + " ; le montant de chaque exercice suivant vous sera confirmé après le vote du budget de cet exercice."));
        clauses.instalments().ifPresentOrElse(schedule -> doc.paragraph("La subvention sera versée en " + schedule.instalments().size()
                        + " versements : " + String.join(" ; ", schedule.instalments().stream()
                        .map(i -> amount(i.amount()) + " " + (i.balance() ? "pour le solde, sur production des documents prévus à la convention" : i.condition()))
                        .toList()) + "."),
                () -> doc.paragraph("Un acompte dans la limite de " + FrenchTypography.shortRate(clauses.advanceRate()) + " de la subvention, soit au plus "
                        + amount(clauses.advanceCap()) + ", sera versé " + (clauses.paymentOnEvent() ? "après signature de la convention." : "après la présente notification.")));
        if (clauses.sixtyDayPaymentRule()) {
            doc.paragraph("La présente notification fait courir le délai de soixante jours dans lequel la subvention vous est versée.");
        }
        return signOff(facts, doc, template);
    }

    private static DocumentModel formalNotice(PaperworkFacts facts, FormalNotice notice, DocumentTemplate template) {
        int number = facts.control().formalNotices().indexOf(notice) + 1;
        DocumentModel.Builder doc = letter(facts, DocumentKind.FORMAL_NOTICE, number, "MISE EN DEMEURE",
                "mise en demeure au titre de l'article 8 de la convention", true, template);
        doc.paragraph("Par la présente, envoyée le " + date(notice.sentOn()) + " sous la référence " + notice.registeredLetterReference()
                + ", nous constatons le manquement suivant à vos obligations contractuelles :");
        doc.strong(notice.breach());
        doc.paragraph("Nous vous mettons en demeure d'y remédier. À défaut, passé un délai d'un mois, soit à compter du "
                + date(notice.earliestTerminationDate()) + ", la convention pourra être résiliée de plein droit, conformément à son article 8.");
        return signOff(facts, doc, template);
    }

    private static DocumentModel documentsRequest(PaperworkFacts facts, DocumentTemplate template) {
        DocumentModel.Builder doc = letter(facts, DocumentKind.DOCUMENTS_REQUEST, 0, "DEMANDE DE PIÈCES",
                "pièces manquantes ou rejetées", false, template);
        doc.paragraph("Au titre de la convention, les pièces suivantes ne nous sont pas parvenues ou n'ont pu être acceptées :");
        List<List<String>> rows = new ArrayList<>();
        for (Obligation obligation : DocumentCatalogue.missingDocuments(facts)) {
            String state = obligation.status() == ObligationStatus.REJECTED
                    ? "rejetée" + obligation.rejectionReason().map(r -> " : " + r).orElse("")
                    : "attendue depuis le " + date(obligation.dueDate());
            rows.add(List.of(obligation.type().label(), date(obligation.dueDate()), state));
        }
        doc.table(List.of("Pièce", "Échéance", "Situation"), rows, false);
        doc.paragraph("Nous vous remercions de nous les transmettre dans les meilleurs délais. Leur absence peut conduire à suspendre les "
                + "versements (article 4.4 de la convention).");
        return signOff(facts, doc, template);
    }

    private static DocumentModel recoveryNotice(PaperworkFacts facts, RecoveryOrder order, DocumentTemplate template) {
        int number = DocumentCatalogue.orders(facts).indexOf(order) + 1;
        DocumentModel.Builder doc = letter(facts, DocumentKind.RECOVERY_NOTICE, number, "AVIS DE TITRE DE RECETTES",
                "titre de recettes " + order.number(), false, template);
        doc.paragraph("Nous vous informons qu'un titre de recettes n° " + order.number() + " a été émis le " + date(order.issuedOn())
                + " à l'encontre de votre association, motif : " + order.ground().label() + ".");
        doc.table(List.of("Titre de recettes", "Montant"), List.of(
                List.of("Montant du titre", amount(order.amount())),
                List.of("Déjà reçu", amount(order.amountReceived())),
                List.of("Reste à reverser", amount(order.remainingDue()))), true);
        doc.paragraph("Cette somme correspond exactement aux sommes indûment perçues au titre de la convention. Elle est à reverser auprès "
                + "du comptable public dans les conditions indiquées sur le titre.");
        return signOff(facts, doc, template);
    }

    private static DocumentModel terminationLetter(PaperworkFacts facts, AvailableDocument available, DocumentTemplate template) {
        Agreement agreement = facts.agreement();
        DocumentModel.Builder doc = letter(facts, DocumentKind.TERMINATION_LETTER, 0, "RÉSILIATION DE LA CONVENTION",
                "résiliation de la convention", true, template);
        TerminationOutcome outcome = facts.control().termination().orElse(null);
        if (outcome != null) {
            doc.paragraph("Nous vous notifions la résiliation de plein droit de la convention à compter du " + date(outcome.effectiveDate())
                    + ", motif : " + outcome.ground().label() + " (article 8 de la convention).");
            if (outcome.restitution() != RestitutionMode.NONE) {
                doc.paragraph("L'association conserve " + amount(outcome.amountKept()) + " de la subvention"
                        + (outcome.restitution() == RestitutionMode.PRO_RATA_TEMPORIS ? ", au prorata temporis de la période écoulée" : "")
                        + ", et doit restituer " + amount(outcome.amountToRestitute()) + "; un titre de recettes sera émis à cet effet.");
            }
        } else {
            agreement.termination().ifPresent(t -> doc.paragraph("Nous vous notifions la résiliation de la convention à compter du "
                    + date(t.effectiveDate()) + ", motif : " + t.ground() + "."));
        }
        return signOff(facts, doc, template);
    }
}
