package fr.conventio.domain.paperwork;

import fr.conventio.domain.agreement.ActionCategory;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementStatus;
import fr.conventio.domain.agreement.ForecastBudget;
import fr.conventio.domain.agreement.FundingSource;
import fr.conventio.domain.agreement.InKindContribution;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.agreement.ThirdPartyDelegation;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.party.Deliberation;
import fr.conventio.domain.party.Funder;
import fr.conventio.domain.party.PostalAddress;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.termination.Dispute;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static fr.conventio.domain.paperwork.FrenchTypography.amount;
import static fr.conventio.domain.paperwork.FrenchTypography.date;
import static fr.conventio.domain.paperwork.FrenchTypography.rate;
import static fr.conventio.domain.paperwork.FrenchTypography.shortRate;

/**
 * The agreement itself, article by article as the seed agreement writes it (parties, preamble, articles 1 to 12,
 * signatures, annex 1 forecast budget and annex 2 programme of actions), its data-dependent clauses chosen by
 * {@link AgreementClauses}. The article titles are constants so that tests and templates name them once.
 */
public final class AgreementDocument {

    public static final String ARTICLE_1 = "ARTICLE 1 : OBJET DE LA CONVENTION";
    public static final String ARTICLE_2 = "ARTICLE 2 : DURÉE DE LA CONVENTION";
    public static final String ARTICLE_3 = "ARTICLE 3 : INDÉPENDANCE DE L'ASSOCIATION";
    public static final String ARTICLE_4 = "ARTICLE 4 : COÛT DE L'ACTION ET PARTICIPATION";
    public static final String ARTICLE_5 = "ARTICLE 5 : CONTRÔLE, SUIVI, ÉVALUATION";
    public static final String ARTICLE_6 = "ARTICLE 6 : REDDITION DES COMPTES";
    public static final String ARTICLE_7 = "ARTICLE 7 : PUBLICITÉ - COMMUNICATION";
    public static final String ARTICLE_8 = "ARTICLE 8 : REVERSEMENT, RÉSILIATION ET LITIGES";
    public static final String ARTICLE_9 = "ARTICLE 9 : AVENANT";
    public static final String ARTICLE_10 = "ARTICLE 10 : INTANGIBILITÉ DES CLAUSES";
    public static final String ARTICLE_11 = "ARTICLE 11 : INTUITU PERSONAE";
    public static final String ARTICLE_12 = "ARTICLE 12 : RECOURS";
    public static final String ANNEX_1 = "ANNEXE 1 : BUDGET PRÉVISIONNEL ET PLAN DE FINANCEMENT";
    public static final String ANNEX_2 = "ANNEXE 2 : PROGRAMME D'ACTIONS";
    /** Every article and annex title, in order. */
    public static final List<String> TITLES = List.of(ARTICLE_1, ARTICLE_2, ARTICLE_3, ARTICLE_4, ARTICLE_5, ARTICLE_6, ARTICLE_7,
            ARTICLE_8, ARTICLE_9, ARTICLE_10, ARTICLE_11, ARTICLE_12, ANNEX_1, ANNEX_2);

    /** The sentence of Art. 6 that only O4 brings. */
    static final String CERTIFICATION_SENTENCE = "le président s'engage à certifier la conformité des comptes annuels";
    /** The paragraph of Art. 6 that only O5 brings. */
    static final String AUDITOR_SENTENCE = "est soumise à l'obligation légale de faire procéder au contrôle par un commissaire aux comptes";
    /** The sentence of Art. 4.3 that only N1 brings. */
    static final String SIXTY_DAYS_SENTENCE = "dans un délai de soixante jours à compter de la notification de la décision d'attribution";
    /** The sentence that only an agreement below the D3 threshold carries. */
    static final String VOLUNTARY_SENTENCE = "ne dépasse pas 23 000,00 €";
    /** The words of Art. 4.4 that only an A4 keep-unspent clause brings. */
    static final String KEEP_UNSPENT_SENTENCE = "dans la limite de";
    /** The words of Art. 4.2 that only a D5 multi-year agreement brings. */
    static final String BUDGET_VOTE_SENTENCE = "sous réserve du vote du budget";

    private AgreementDocument() {
    }

    /** The agreement with the default wording. */
    public static DocumentModel build(PaperworkFacts facts) {
        return build(facts, DocumentTemplate.defaultFor(DocumentKind.AGREEMENT));
    }

    /** The agreement with the administrator's letterhead and opening paragraph, when set. */
    public static DocumentModel build(PaperworkFacts facts, DocumentTemplate template) {
        Agreement agreement = facts.agreement();
        Funder funder = facts.funder();
        Association association = facts.association();
        AgreementClauses clauses = facts.clauses();
        FunderWording fw = FunderWording.of(funder);
        String fn = fw.shortName();
        String year = Integer.toString(agreement.budgetYear().value());

        String title = (clauses.multiYear().isPresent() ? "CONVENTION PLURIANNUELLE D'OBJECTIFS N° " : "CONVENTION ANNUELLE D'OBJECTIFS N° ")
                + agreement.reference().value();
        DocumentModel.Builder doc = DocumentModel.builder(title, DocumentKind.AGREEMENT.fileStem() + "-" + agreement.reference().value());
        if (template.letterhead() != null) {
            Letters.letterhead(doc, facts, template);
        }
        doc.title(title);
        Letters.opening(doc, facts, template);
        if (agreement.status() == AgreementStatus.DRAFT) {
            doc.strong("Projet de convention, non encore approuvé par délibération.");
        }
        if (agreement.versionNumber() > 0) {
            doc.paragraph("Version consolidée après l'avenant n° " + agreement.versionNumber() + ".");
        }

        // --- parties
        doc.strong("ENTRE LES SOUSSIGNÉS :");
        doc.strong(funder.name());
        doc.paragraph(address(funder.address()));
        Deliberation deliberation = agreement.deliberation().orElse(null);
        doc.paragraph("représenté" + (fn.startsWith("la ") ? "e" : "") + " par " + agreement.signatory().designation()
                + ", dûment habilité" + (agreement.signatory().civility() == fr.conventio.domain.party.Civility.MADAME ? "e" : "")
                + " à signer la présente convention par " + deliberationText(deliberation) + ",");
        doc.paragraph("ci-après désigné" + (fn.startsWith("la ") ? "e" : "") + " « " + capitalizedNoun(fn) + " »");
        doc.strong("ET");
        doc.strong("l'Association " + association.name());
        doc.paragraph("sise " + address(association.registeredAddress()));
        doc.paragraph("représentée par " + agreement.representative().designation() + ",");
        doc.paragraph("ci-après désignée « l'association »");
        doc.paragraph("Il est convenu ce qui suit :");

        doc.article("PRÉAMBULE");
        doc.paragraph("Conformément aux orientations données lors des Assises nationales de la vie associative, les administrations "
                + "doivent, dans les relations qu'elles nouent avec les associations, veiller tout particulièrement au respect de la "
                + "liberté associative et des principes éthiques qui sont le fondement de la vie associative.");
        doc.paragraph("La présente convention s'inscrit dans le cadre de la politique de subventions mise en place par " + fn
                + " en faveur des acteurs associatifs.");
        if (!clauses.agreementMandatory()) {
            doc.paragraph("La subvention, dont le montant " + VOLUNTARY_SENTENCE + ", n'exige pas de convention (décret n° 2001-495 "
                    + "du 6 juin 2001) ; les parties conviennent néanmoins de la présente convention.");
        }

        // --- article 1
        doc.article(ARTICLE_1);
        objectParagraphs(doc, agreement.object().objectives());
        doc.paragraph("Le programme " + year + " s'articule autour de " + agreement.programme().categories().size()
                + " catégorie" + (agreement.programme().categories().size() > 1 ? "s" : "") + " d'actions :");
        doc.bullets(agreement.programme().categories().stream().map(c -> c.numeral() + ". " + c.title()).toList());
        doc.paragraph("Le programme d'actions est détaillé en annexe 2 de la présente convention.");
        doc.paragraph("L'association s'engage à mettre en œuvre tous les moyens nécessaires à la bonne exécution de ce programme.");
        doc.paragraph("Pour sa part, " + fn + " s'engage à soutenir financièrement la réalisation des objectifs fixés pour "
                + clauses.multiYear().map(m -> "les années " + m.yearList()).orElse("l'année " + year) + ".");

        // --- article 2
        doc.article(ARTICLE_2);
        clauses.multiYear().ifPresentOrElse(
                multi -> doc.paragraph("La présente convention pluriannuelle d'objectifs est conclue pour les exercices budgétaires "
                        + multi.yearList() + " (du " + date(multi.period().start()) + " au " + date(multi.period().end())
                        + ") et trouvera son terme au plus tard au versement du solde de la dernière année."),
                () -> doc.paragraph("La présente convention est conclue pour l'exercice budgétaire " + year + " (du "
                        + date(agreement.period().start()) + " au " + date(agreement.period().end())
                        + ") et trouvera son terme au plus tard au versement du solde de la subvention, le cas échéant."));
        clauses.operationPeriod().ifPresent(period -> doc.paragraph("Les actions du programme se déroulent du " + date(period.start())
                + " au " + date(period.end()) + " ; les délais comptés à partir de la fin de l'opération courent à compter du "
                + date(period.end()) + "."));

        // --- article 3
        doc.article(ARTICLE_3);
        doc.paragraph("Pour mettre en œuvre ces actions notamment avec les moyens qui lui sont alloués par " + fn
                + ", l'association jouit d'une indépendance de décision dans la définition de ses actions et dans la conduite de ses "
                + "tâches de gestion et d'administration.");
        doc.paragraph("Cette indépendance s'exerce en conformité avec les statuts de l'association, à partir des instances créées "
                + "(Assemblée Générale, Conseil d'Administration, Bureau…).");
        doc.paragraph("Cependant, " + fn + " peut requérir, en cours d'année, toutes les informations et tous documents utiles au contrôle "
                + "de l'exécution des engagements pris par l'association et justifiant l'octroi de la subvention.");
        doc.paragraph("De plus, les actions visées ci-dessus sont réalisées sous la responsabilité de l'association et ne peuvent être "
                + "confiées, pour tout ou partie, à des tiers sans l'accord " + fw.ofName() + ".");
        if (!clauses.thirdPartyDelegations().isEmpty()) {
            doc.paragraph(fw.capitalized() + " a donné son accord aux délégations suivantes :");
            doc.bullets(clauses.thirdPartyDelegations().stream()
                    .map((ThirdPartyDelegation d) -> d.description() + " (accord du " + date(d.agreedOn()) + ")").toList());
        }
        doc.paragraph("L'association s'engage en outre à :");
        doc.bullets("respecter toutes les obligations légales, sociales et fiscales liées à l'exercice de ses activités ;",
                "fournir " + fw.toName() + " les attestations d'assurance visant à garantir sa responsabilité civile, et en particulier, "
                        + "pour la ou les activités, objet(s) de la présente convention.");
        doc.paragraph("De manière générale, l'association devra se trouver en situation régulière au regard des organismes sociaux et "
                + "fiscaux, ainsi que des dispositions législatives et réglementaires concernant le personnel, notamment en matière salariale.");

        // --- article 4
        doc.article(ARTICLE_4.replace("PARTICIPATION", "PARTICIPATION " + upperOf(fw)));
        doc.subArticle("4.1 Budget prévisionnel de l'action");
        doc.paragraph("L'annexe 1 à la présente convention précise :");
        doc.bullets("le budget prévisionnel global de l'objectif ou action, objet de l'article 1er, ainsi que les moyens affectés à sa "
                        + "réalisation en détaillant les autres financements attendus et en distinguant notamment les apports des collectivités "
                        + "territoriales, les ressources propres, etc. ;",
                "les contributions non financières dont l'association dispose pour la réalisation de l'objectif mentionné à l'article 1er "
                        + "(mise à disposition de locaux, de personnel, de matériel, etc.).");
        doc.paragraph("Conformément à cette annexe, le coût total prévisionnel de l'action, objet de la présente convention, représente un "
                + "montant de dépenses éligibles de " + amount(agreement.forecastBudget().eligibleExpenses()) + " HT.");
        doc.subArticle("4.2 Participation " + fw.ofName());
        doc.paragraph("La participation " + fw.ofName() + " est d'un montant de "
                + amount(clauses.subsidy()) + ", soit " + rate(clauses.shareOfCost()) + " du coût total prévisionnel, sous réserve de "
                + "l'adoption du budget " + fw.ofName() + " pour l'exercice " + year + ".");
        clauses.multiYear().ifPresent(multi -> multiYearAmounts(doc, multi, fw));
        List<SubsidyAllocation> split = agreement.subsidy().split();
        if (split.size() > 1) {
            doc.paragraph("Ce soutien financier se décompose comme suit :");
            doc.bullets(split.stream().map(a -> amount(a.amount()) + " pris en charge sur la ligne « " + lineLabel(a) + " » ;").toList());
        } else {
            doc.paragraph("Ce soutien financier est pris en charge sur la ligne « " + lineLabel(split.get(0)) + " ».");
        }
        doc.paragraph("Les crédits seront pris sur les lignes budgétaires " + fw.ofName() + " présentant les disponibilités nécessaires.");
        doc.paragraph("Cette subvention sera créditée au compte de l'association selon les procédures comptables en vigueur sous réserve du "
                + "respect par l'association de ses obligations légales et contractuelles.");

        doc.subArticle("4.3 Modalités de versement de la subvention");
        clauses.instalments().ifPresentOrElse(schedule -> {
            doc.paragraph("Par dérogation au versement d'un acompte et d'un solde, la subvention est versée en " + schedule.instalments().size()
                    + " versements selon l'échéancier suivant :");
            List<List<String>> rows = new ArrayList<>(schedule.instalments().stream()
                    .map(i -> List.of("n° " + i.number(), i.condition(), amount(i.amount()))).toList());
            rows.add(List.of("Total", "", amount(schedule.total())));
            doc.table(List.of("Versement", "Condition", "Montant"), rows, true);
            doc.paragraph("Le dernier versement, solde de la subvention, sera versé sur production :");
            balanceDocuments(doc);
            if (schedule.anyDated()) {
                doc.paragraph(fw.capitalized() + " procède à chaque versement daté au plus tard à la date indiquée, sous réserve du respect par "
                        + "l'association de ses obligations.");
            }
        }, () -> {
            doc.paragraph("Les modalités de versement se feront comme suit :");
            List<String> steps = new ArrayList<>();
            steps.add("un acompte dans la limite de " + shortRate(clauses.advanceRate()) + " de la subvention votée, soit au plus "
                    + amount(clauses.advanceCap()) + ", " + (clauses.paymentOnEvent() ? "après signature de la présente convention ;" : "après notification de la décision d'attribution ;"));
            if (!clauses.advanceIsWholeSubsidy()) {
                steps.add("le solde (soit " + shortRate(clauses.balanceRate()) + ") sera versé sur production :");
            }
            doc.bullets(steps);
            if (!clauses.advanceIsWholeSubsidy()) {
                balanceDocuments(doc);
            }
        });
        if (!clauses.paymentDates().isEmpty()) {
            doc.paragraph("Les versements interviendront aux dates suivantes : "
                    + String.join(", ", clauses.paymentDates().stream().map(FrenchTypography::date).toList()) + ".");
        }
        if (clauses.sixtyDayPaymentRule()) {
            doc.paragraph("À défaut d'autre date ou d'événement fixé par la présente convention, la subvention est versée "
                    + SIXTY_DAYS_SENTENCE + ".");
        }
        doc.paragraph("Si le bilan final fait apparaître un trop-perçu au regard des dépenses totales réalisées et du plan de financement, "
                + "un titre de recettes sera émis à l'encontre de l'association pour le reversement des sommes indûment perçues.");

        doc.subArticle("4.4 Ajustement de la subvention");
        doc.paragraph("En cas de non-exécution, de retard significatif ou de modification substantielle des conditions d'exécution de la "
                + "convention sans l'accord écrit " + fw.ofName() + ", celle-ci peut suspendre ou diminuer le montant des avances et autres "
                + "versements, remettre en cause le montant de la subvention ou exiger le reversement de tout ou partie des sommes déjà "
                + "versées au titre de la présente convention.");
        doc.paragraph("En outre, si le montant des dépenses varie à la hausse, la participation " + fw.ofName()
                + " n'est pas réévaluée. A contrario, si le montant des dépenses varie à la baisse, la participation "
                + fw.ofName() + " est recalculée au prorata des dépenses réelles justifiées sur le montant des dépenses prévisionnelles.");
        clauses.keepUnspent().ifPresent(keep -> doc.paragraph("Par dérogation, en application de l'article 10 de la loi n° 2000-321 du "
                + "12 avril 2000, l'association peut conserver la part de la subvention qu'elle n'a pas dépensée " + KEEP_UNSPENT_SENTENCE + " "
                + keep.limit() + " ; la participation " + fw.ofName() + " est alors le montant recalculé au prorata, augmenté de la part "
                + "conservée."));

        // --- article 5
        doc.article(ARTICLE_5);
        doc.subArticle("5.1 Contrôle");
        doc.paragraph("L'association s'engage à faciliter à tout moment le contrôle par " + fn + " de la réalisation de l'objectif, en particulier "
                + "par l'accès à toute pièce justificative des dépenses et de tout autre document dont la production serait jugée utile.");
        doc.subArticle("5.2 Suivi");
        doc.paragraph("L'association s'engage à informer régulièrement " + fn + " de l'état d'avancement et de déroulement de l'action défini à "
                + "l'article 1 de la convention selon des modalités établies d'un commun accord entre les deux parties.");
        doc.paragraph(fw.capitalized() + " pourra demander à l'association de participer à des réunions de suivi, à chaque fois qu'elle le jugera utile.");
        doc.subArticle("5.3 Évaluation");
        doc.paragraph("L'évaluation des conditions de réalisation des objectifs poursuivis par l'association auxquels " + fn + " a apporté son "
                + "concours, sur un plan quantitatif comme qualitatif, est réalisée par " + fn + ".");
        doc.paragraph("L'évaluation porte, en particulier, sur la conformité des résultats à l'objectif mentionné à l'article 1.");
        doc.paragraph("Pour ce faire, une réunion comprenant les deux parties pourra être convoquée par " + fn + " au plus tard deux mois après "
                + "la fin de l'opération, soit le " + date(agreement.period().end().plusMonths(2)) + ".");
        doc.paragraph("Le non-respect par l'association de ses obligations conventionnelles se traduira par des demandes d'explication, et le "
                + "cas échéant, par le remboursement total ou partiel de la subvention.");

        // --- article 6
        doc.article(ARTICLE_6);
        doc.paragraph("L'association, dont les comptes sont établis pour un exercice d'une durée de douze mois consécutifs, devra :");
        doc.bullets("conformément à l'article 10 al. 4 de la loi n° 2000-321 du 12 avril 2000, fournir le compte rendu financier de l'emploi "
                        + "de la subvention signé par le Président ou toute personne habilitée ;",
                "adopter un cadre budgétaire et comptable conforme au règlement du Comité de la Réglementation Comptable relatif aux "
                        + "modalités d'établissement des comptes annuels des associations et fondations, et fournir lesdits comptes annuels "
                        + "dans les six mois suivant la clôture de l'exercice ;",
                "communiquer " + fw.toName() + " les rapports d'activité de l'année écoulée, les procès-verbaux d'Assemblée Générale et toute "
                        + "modification intervenue dans la composition du Conseil d'Administration et du Bureau de l'association ;",
                "faciliter à tout moment le contrôle par " + fn + " de la réalisation de l'objectif, notamment par l'accès à toute pièce "
                        + "justificative des dépenses et tout autre document dont la production serait jugée utile.");
        if (clauses.certifiedAccounts()) {
            doc.paragraph("Conformément à l'article L. 2313-1-1 du CGCT, les subventions annuelles étant supérieures à soixante-quinze mille "
                    + "euros (75 000 euros) ou représentant plus de 50 % du budget total de l'association, " + CERTIFICATION_SENTENCE + ".");
        }
        if (clauses.auditorAndPublication()) {
            doc.paragraph("Conformément à l'article L. 612-4 du Code de commerce, les subventions publiques dépassant cent cinquante-trois mille "
                    + "euros (153 000 €), l'association doit établir chaque année le bilan, le compte de résultat et l'annexe, et "
                    + AUDITOR_SENTENCE + " ; elle transmet " + fw.toName() + " tout rapport produit par celui-ci dans les délais utiles.");
            doc.paragraph("Elle organise la publicité de ses comptes annuels et du rapport du commissaire aux comptes en les transmettant à la "
                    + "Direction des Journaux officiels dans les trois mois à compter de l'approbation des comptes par l'organe délibérant.");
        }
        doc.paragraph("En cas de modification dans le domaine comptable, l'association s'engage à appliquer les nouvelles directives.");

        // --- article 7
        doc.article(ARTICLE_7);
        doc.paragraph("L'association s'engage à apposer, sur tous les supports de communication relatifs à l'opération soutenue par " + fn
                + ", son logo en respectant sa charte graphique et à y faire apparaître sa participation financière.");
        doc.paragraph(fw.capitalized() + " pourra demander à l'association des justificatifs attestant de l'apposition du logo (photographie par exemple).");
        doc.paragraph("L'association s'engage également à communiquer sur le partenariat avec " + fn + " dans toute conférence de presse, "
                + "interview, etc. et à faire participer ses représentants aux actions publiques concernées.");
        doc.paragraph("En cas de non-respect de ces obligations, " + fn + " se réserve le droit de demander le reversement de la subvention concernée.");

        // --- article 8
        doc.article(ARTICLE_8);
        doc.paragraph("La présente convention pourra être résiliée de plein droit par l'une ou l'autre des parties, par lettre recommandée avec "
                + "accusé de réception, en cas de manquement de l'une ou l'autre des parties à ses obligations contractuelles. Dans ce cas "
                + "toutefois, la résiliation ne pourra intervenir à l'initiative de l'une des parties que passé un délai d'un mois suivant une "
                + "mise en demeure adressée à l'autre partie par lettre recommandée avec accusé de réception et restée sans effet.");
        doc.paragraph("La présente convention pourra être résiliée de plein droit par " + fn + ", par lettre recommandée avec accusé de "
                + "réception, en cas de dissolution ou de liquidation de l'association ou encore si cette dernière ne justifie plus exercer "
                + "une activité entrant dans le champ de la compétence ayant motivé son soutien.");
        doc.paragraph("En cas de manquement grave de l'association, " + fn + " sera fondé" + (fn.startsWith("la ") ? "e" : "")
                + " à exiger la restitution des sommes perçues, soit en totalité, soit au prorata temporis.");

        doc.article(ARTICLE_9);
        doc.paragraph("Toute modification des conditions ou des modalités d'exécution de la présente convention, définie d'un commun accord "
                + "par les deux parties, fera l'objet d'un avenant.");
        doc.paragraph("Celui-ci précisera les éléments modifiés de la convention sans que ceux-ci ne puissent conduire à remettre en cause les "
                + "objectifs généraux définis à l'article 1er.");
        doc.article(ARTICLE_10);
        doc.paragraph("Une tolérance relative à l'application des clauses et conditions de la présente convention ne pourra jamais, quelle "
                + "qu'en ait pu être la durée ou la fréquence, être considérée comme une modification ou suppression des clauses et conditions de la présente.");
        doc.article(ARTICLE_11);
        doc.paragraph("La présente convention étant conclue « intuitu personae », l'association ne pourra en céder les droits en résultant à qui que ce soit.");
        doc.article(ARTICLE_12);
        doc.paragraph("Tout litige résultant de l'exécution de la présente convention est du ressort du " + Dispute.DEFAULT_COURT
                + ". Cependant les parties s'engagent avant tout recours contentieux à se rencontrer afin de trouver une solution amiable.");

        // --- signatures
        LocalDate signed = agreement.signatureDate().orElse(null);
        doc.paragraph("Fait à " + funder.address().city() + ", le " + (signed == null ? "………………" : date(signed)) + ".");
        if (deliberation != null) {
            doc.paragraph("En application de la " + deliberationText(deliberation) + ".");
        }
        List<String> associationColumn = List.of("Pour l'Association", "Le " + agreement.representative().function(),
                agreement.representative().civility() == null ? agreement.representative().name()
                        : agreement.representative().civility().label() + " " + agreement.representative().name());
        List<String> funderColumn = new ArrayList<>();
        funderColumn.add(fw.capitalized());
        if (agreement.signatory().delegation() != null) {
            funderColumn.add(agreement.signatory().delegation() + ",");
        }
        funderColumn.add("Le " + agreement.signatory().function());
        funderColumn.add(agreement.signatory().civility() == null ? agreement.signatory().name()
                : agreement.signatory().civility().label() + " " + agreement.signatory().name());
        doc.signatures(List.of(associationColumn, funderColumn));

        // --- annex 1
        doc.pageBreak();
        doc.article(ANNEX_1);
        ForecastBudget budget = agreement.forecastBudget();
        doc.subArticle("Dépenses éligibles");
        doc.table(List.of("Poste", "Montant"), List.of(List.of("Dépenses éligibles prévisionnelles (HT)", amount(budget.eligibleExpenses()))), false);
        doc.subArticle("Plan de financement");
        List<List<String>> plan = new ArrayList<>();
        for (FundingSource source : budget.financingPlan()) {
            plan.add(List.of(source.kind().label(), source.name(), amount(source.amount())));
        }
        plan.add(List.of("Total", "", amount(budget.financingTotal())));
        doc.table(List.of("Nature", "Financeur ou ressource", "Montant"), plan, true);
        doc.subArticle("Contributions volontaires en nature");
        if (budget.inKindContributions().isEmpty()) {
            doc.paragraph("Aucune contribution non financière n'est déclarée.");
        } else {
            List<List<String>> inKind = new ArrayList<>();
            for (InKindContribution c : budget.inKindContributions()) {
                inKind.add(List.of(c.kind().label(), c.description(), amount(c.value())));
            }
            inKind.add(List.of("Total", "", amount(budget.inKindTotal())));
            doc.table(List.of("Nature", "Description", "Valeur"), inKind, true);
        }
        doc.subArticle("Participation " + fw.ofName() + " par ligne budgétaire");
        List<List<String>> lines = new ArrayList<>();
        split.forEach(a -> lines.add(List.of(lineLabel(a), amount(a.amount()))));
        lines.add(List.of("Total", amount(clauses.subsidy())));
        doc.table(List.of("Ligne budgétaire", "Montant"), lines, true);

        // --- annex 2
        doc.pageBreak();
        doc.article(ANNEX_2);
        doc.paragraph("Programme d'actions " + year + " – " + association.name());
        for (ActionCategory category : agreement.programme().categories()) {
            doc.subArticle(category.numeral() + " – " + category.title());
            doc.bullets(category.actions().stream().map(a -> a.text()).toList());
        }
        return doc.build();
    }

    /** The three documents of V2 the balance is paid on. */
    private static void balanceDocuments(DocumentModel.Builder doc) {
        doc.subBullets("d'un compte de résultat final, signé et certifié par le président et le trésorier de l'association ; ce compte de "
                        + "résultat sera établi dans la même forme que le budget prévisionnel de l'association et prendra en compte les "
                        + "recettes et les dépenses réelles afférentes au fonctionnement de l'association ;",
                "d'un bilan qualitatif et quantitatif des actions réalisées ;",
                "des derniers bilan et compte de résultat du dernier exercice clôturé certifiés par un commissaire aux comptes ou un "
                        + "expert-comptable.");
    }

    /** D5: the yearly amounts of a multi-year agreement, each later year conditional on its budget, and its settlement. */
    private static void multiYearAmounts(DocumentModel.Builder doc, AgreementClauses.MultiYearClause multi, FunderWording fw) {
        doc.paragraph("Sur la durée de la convention, la participation " + fw.ofName() + " s'élève au total à " + amount(multi.total())
                + ", répartie par exercice comme suit :");
        List<List<String>> rows = new ArrayList<>(multi.years().stream().map(y -> List.of(Integer.toString(y.year()),
                y.conditional() ? BUDGET_VOTE_SENTENCE + " " + y.year() : "engagé à la signature", amount(y.amount()))).toList());
        rows.add(List.of("Total", "", amount(multi.total())));
        doc.table(List.of("Exercice", "Condition", "Montant"), rows, true);
        doc.paragraph("Le montant de chaque exercice suivant le premier est accordé " + BUDGET_VOTE_SENTENCE + " " + fw.ofName()
                + " pour cet exercice et confirmé par une notification annuelle ou un avenant financier ; chaque exercice donne lieu à son "
                + "propre acompte et à son propre solde, selon les modalités de l'article 4.3.");
        doc.paragraph(switch (multi.settlementMode()) {
            case YEARLY -> "Chaque exercice fait l'objet de son propre compte rendu financier et de sa propre liquidation, selon les "
                    + "modalités de l'article 4.4.";
            case ONCE_AT_END -> "Chaque exercice fait l'objet de son propre compte rendu financier ; la liquidation de la subvention est "
                    + "faite une fois, sur l'ensemble de la période, à l'issue du dernier exercice, selon les modalités de l'article 4.4.";
        });
    }

    /** The object text: its first line as a paragraph, its "•" lines as bullets. */
    private static void objectParagraphs(DocumentModel.Builder doc, String objectives) {
        List<String> bullets = new ArrayList<>();
        for (String line : Arrays.stream(objectives.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            if (line.startsWith("•") || line.startsWith("-")) {
                bullets.add(line.substring(1).strip());
            } else {
                doc.bullets(List.copyOf(bullets));
                bullets.clear();
                doc.paragraph(line);
            }
        }
        doc.bullets(bullets);
    }

    static String address(PostalAddress address) {
        return String.join(", ", address.lines()) + ", " + address.postalCode() + " " + address.city().toUpperCase(java.util.Locale.FRENCH);
    }

    static String deliberationText(Deliberation deliberation) {
        return deliberation == null ? "délibération n° ……… du ………"
                : "délibération n° " + deliberation.number() + " du " + deliberation.decidingBody() + " du " + date(deliberation.date());
    }

    private static String capitalizedNoun(String shortName) {
        String noun = shortName.replaceFirst("^(la |le |l')", "");
        String article = shortName.substring(0, shortName.length() - noun.length());
        return article + noun;
    }

    private static String upperOf(FunderWording fw) {
        return fw.ofName().toUpperCase(java.util.Locale.FRENCH);
    }

    /** The line's label as the agreement states it, or a neutral wording when the split names none. */
    static String lineLabel(SubsidyAllocation allocation) {
        return allocation.label() == null || allocation.label().isBlank() ? "ligne budgétaire du financeur" : allocation.label();
    }
}
