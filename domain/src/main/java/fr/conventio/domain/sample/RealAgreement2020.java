package fr.conventio.domain.sample;

import fr.conventio.domain.agreement.*;

import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.party.BudgetLine;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.party.Civility;
import fr.conventio.domain.party.Deliberation;
import fr.conventio.domain.party.FiscalYear;
import fr.conventio.domain.party.Funder;
import fr.conventio.domain.shared.FunderId;
import fr.conventio.domain.party.FunderKind;
import fr.conventio.domain.party.PostalAddress;
import fr.conventio.domain.party.Representative;
import fr.conventio.domain.party.RnaNumber;
import fr.conventio.domain.party.Signatory;
import fr.conventio.domain.party.Siret;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;
import java.time.LocalDate;
import java.util.List;

/**
 * The real 2020 agreement of the seed (shared/seeds/000_2a3f7c72f7cd6ce6.txt): the Métropole
 * Aix-Marseille-Provence subsidises the association Pôle SCS with 80 000 € for 2020. Shipped in the
 * main code because it is both the first acceptance case of the tests (through {@code AgreementFixtures}
 * in the domain test-jar) and the demo data loaded by the application on first start. Every call
 * returns new objects with the same fixed ids.
 *
 * <p>Values NOT in the seed text are marked as such below: the deliberation number, the
 * association's SIRET/RNA and total budget, the funder's SIRET NIC, the Pays d'Aix line code,
 * the envelopes, the financing plan and the in-kind contributions of annex 1.
 */
public class RealAgreement2020 {

    public static final AgreementId SEED_AGREEMENT_ID = AgreementId.of("2a3f7c72-f7cd-4ce6-a000-000000002020");
    public static final FunderId SEED_FUNDER_ID = FunderId.of("2a3f7c72-f7cd-4ce6-a000-00000000f001");
    public static final AssociationId SEED_ASSOCIATION_ID = AssociationId.of("2a3f7c72-f7cd-4ce6-a000-00000000a5c5");
    public static final BudgetLineId CT1_LINE_ID = BudgetLineId.of("2a3f7c72-f7cd-4ce6-a000-0000000000c1");
    public static final BudgetLineId PAYS_AIX_LINE_ID = BudgetLineId.of("2a3f7c72-f7cd-4ce6-a000-0000000000c2");

    public static final BudgetYear YEAR_2020 = BudgetYear.of(2020);
    public static final LocalDate DELIBERATION_DATE = LocalDate.of(2019, 12, 19);
    /** Not in the seed ("Fait à Marseille, le" is left blank): a plausible signature date. */
    public static final LocalDate SIGNATURE_DATE = LocalDate.of(2020, 2, 3);

    /** Static data only; subclassed by the test fixtures to share these factories. */
    protected RealAgreement2020() {
    }

    // ------------------------------------------------------------------ parties

    public static Signatory seedSignatory() {
        return new Signatory(Civility.MONSIEUR, "Gérard BRAMOULLÉ",
                "Vice-Président délégué au Territoire numérique et à l'Innovation technologique",
                "Pour la Présidente et par délégation");
    }

    public static Funder seedFunder() {
        return Funder.create(SEED_FUNDER_ID, "Métropole Aix-Marseille-Provence", FunderKind.EPCI,
                // not in the seed: SIREN 200 054 807 is the Métropole's public SIREN; the NIC 00017 is assumed
                // (valid Luhn key) and must be checked against the SIRENE register before any real use
                Siret.of("20005480700017"),
                PostalAddress.of("58 boulevard Charles Livon", "13007", "Marseille"),
                List.of(seedSignatory()));
    }

    public static Representative seedRepresentative() {
        return Representative.of(Civility.MONSIEUR, "Lionel LAPRAS", "Président");
    }

    public static Association seedAssociation() {
        return Association.create(SEED_ASSOCIATION_ID, "POLE SOLUTIONS COMMUNICANTES SÉCURISÉES (SCS)",
                PostalAddress.of("Place Paul Borde", "13790", "Rousset"),
                seedRepresentative(),
                // FAKE identifiers (not in the seed): valid check digit, but all nines so nobody mistakes them for real ones
                Siret.of("99999999800019"),
                RnaNumber.of("W139999999"),
                FiscalYear.CALENDAR,
                // not in the seed: total annual budget taken equal to the forecast eligible expenses
                Amount.of(1040335));
    }

    /** The deliberation of the Bureau de la Métropole of 19 December 2019. */
    public static Deliberation seedDeliberation() {
        // PLACEHOLDER number: the seed only says "Délibération N° ECO" (number left blank)
        return new Deliberation("ECO 001-19/12/2019/BM", "Bureau de la Métropole", DELIBERATION_DATE);
    }

    /**
     * The two budget lines of the split, with 2020 envelopes (500 000 € and 800 000 €, NOT in the seed)
     * and the 2020 budget adopted; nothing committed yet. CT1 is the seed's code; "CT2" is assumed.
     */
    public static List<BudgetLine> seedBudgetLines() {
        BudgetLine ct1 = BudgetLine.create(CT1_LINE_ID, SEED_FUNDER_ID, "CT1", "Budget Principal Métropolitain");
        ct1.setEnvelope(YEAR_2020, Amount.of(500000));
        ct1.markBudgetAdopted(YEAR_2020);
        BudgetLine paysAix = BudgetLine.create(PAYS_AIX_LINE_ID, SEED_FUNDER_ID, "CT2", "Territoire du Pays d'Aix");
        paysAix.setEnvelope(YEAR_2020, Amount.of(800000));
        paysAix.markBudgetAdopted(YEAR_2020);
        return List.of(ct1, paysAix);
    }

    // ------------------------------------------------------------------ agreement terms

    /** Article 1, verbatim from the seed. */
    public static AgreementObject seedObject() {
        return AgreementObject.of("""
                Par la présente convention, l'association s'engage, à son initiative et sous sa responsabilité, \
                à réaliser les objectifs conformes à son objet social, à savoir : Promouvoir aux niveaux français, \
                européen et international, les Solutions Communicantes Sécurisées des membres de l'association et \
                leur action commune en tant que Pôle ;
                • Faciliter la dynamique entre les différents acteurs de l'association, qu'ils soient issus du milieu \
                industriel, des organismes de recherche et d'enseignement supérieur, des collectivités territoriales, \
                au sein d'une même instance représentative ;
                • Accompagner et labelliser les projets qui seront menés sous l'égide de l'association et faciliter \
                le montage technique et financier des projets qui seront labellisés ;
                • Développer des outils et des services pour accompagner et accélérer la croissance et la \
                compétitivité de ses membres, notamment les TPE/PME/ETI ;
                • Animer et coordonner les actions des membres au sein de l'association ;
                • S'appuyer sur des commissions financières et scientifiques, afin de soutenir les efforts de \
                différents acteurs, identifier les moyens de mise en œuvre des projets labellisés et assurer leur \
                suivi scientifique et financier.""");
    }

    /** The five categories of Article 1 with a few actions each from annex 2 (programme d'actions 2020). */
    public static ActionProgramme seedProgramme() {
        return ActionProgramme.of(
                ActionCategory.of("I", "Le développement de la feuille de route de la phase 4.0",
                        "Mise en œuvre des partenariats avec les pôles SAFE Cluster, Pôle Mer Méditerranée, Capenergies et Optitec"
                                + " autour des grands enjeux des marchés de la défense / sécurité et de l'industrie du Futur",
                        "Montée en puissance du Digital Innovation Hub (DIH) centré sur les 4 axes technologiques",
                        "Appui au lancement de l'IoT Center",
                        "Lancement du Centre de Formation Microélectronique & sécurité",
                        "Reporting et suivi des activités du pôle"),
                ActionCategory.of("II", "Le soutien à l'innovation sur les domaines stratégiques",
                        "Le partenariat dans le cadre du DIH avec les pôles Capenergies, Novachim, Captronic, Connectwave, CEA Tech, UIMM",
                        "La mise en place et coordination de nouveaux groupes de travail",
                        "L'utilisation des plateformes dans les projets",
                        "La participation aux groupes de travail européens sur la réglementation et la certification sécuritaire de l'IoT"),
                ActionCategory.of("III", "L'animation du réseau et de la communauté des membres du pôle, en priorité les startups, les PME et ETI",
                        "Organiser des événements d'information sur les appels à projets et des conférences sur les opportunités marchés",
                        "Poursuivre les partenariats SCS-financeurs privés en faveur de l'écosystème TPE/PME",
                        "Valoriser les produits et services des TPE/PME : trophées, prix, expo des innovations",
                        "Promouvoir la filière microélectronique avec la publication d'une Newsletter"),
                ActionCategory.of("IV", "Le développement à l'international, en particulier une montée en puissance à l'Europe",
                        "Renforcer l'affichage du pôle SCS par la participation à des salons internationaux",
                        "Participer aux actions du réseau Silicon Europe en faveur de la filière micro PACA",
                        "Organiser une conférence internationale sur la filière microélectronique",
                        "Incrémenter le flux annuel de 3-4 projets retenus aux appels H2020"),
                ActionCategory.of("V", "L'emploi et la formation",
                        "Des sessions de sensibilisation/formation par des experts sur les 4 thématiques de la stratégie",
                        "Un soutien au déploiement des campus des métiers des Universités",
                        "Un accompagnement du projet de Filière de formation en Microélectronique & Sécurité IoT Région Sud",
                        "La prescription du dispositif CEDRE et parcours responsable RSE"));
    }

    /**
     * 1 040 335,00 € HT of eligible expenses (Art. 4.1, from the seed). The financing plan and the in-kind
     * contribution are ILLUSTRATIVE (annex 1 is not in the seed text); the plan balances the expenses, with
     * 620 000 € of public subsidies (this funder's 80 000 € included).
     */
    public static ForecastBudget seedForecastBudget() {
        return new ForecastBudget(Amount.of(1040335),
                List.of(FundingSource.of(FundingSourceKind.THIS_FUNDER, "Métropole Aix-Marseille-Provence", Amount.of(80000)),
                        FundingSource.of(FundingSourceKind.REGION, "Région Sud (illustratif)", Amount.of(250000)),
                        FundingSource.of(FundingSourceKind.STATE, "État (illustratif)", Amount.of(150000)),
                        FundingSource.of(FundingSourceKind.EUROPE, "Union européenne, projets H2020 (illustratif)", Amount.of(120000)),
                        FundingSource.of(FundingSourceKind.OTHER_LOCAL_AUTHORITY, "Département des Bouches-du-Rhône (illustratif)", Amount.of(20000)),
                        FundingSource.of(FundingSourceKind.OWN_RESOURCES, "Cotisations et prestations (illustratif)", Amount.of(420335))),
                List.of(InKindContribution.of(InKindContributionKind.PREMISES, "Locaux mis à disposition (illustratif)", Amount.of(24000))));
    }

    /** 80 000 € split 30 000 € on the Budget Principal Métropolitain (CT1) and 50 000 € from the Territoire du Pays d'Aix. */
    public static Subsidy seedSubsidy() {
        return Subsidy.of(Amount.of(80000),
                SubsidyAllocation.of(CT1_LINE_ID, "Budget Principal Métropolitain (CT1)", Amount.of(30000)),
                SubsidyAllocation.of(PAYS_AIX_LINE_ID, "Territoire du Pays d'Aix", Amount.of(50000)));
    }

    /** Advance of at most 80 % after signature (payment depends on that event), balance on documents. */
    public static PaymentTerms seedPaymentTerms() {
        return PaymentTerms.standard().withPaymentOnEvent(true);
    }

    // ------------------------------------------------------------------ the agreement

    /** Who drafted the seed agreement in these samples (a case officer). */
    public static final String SEED_AUTHOR = "instructeur";

    /** The seed agreement in DRAFT, drafted by {@link #SEED_AUTHOR}. */
    public static Agreement seedAgreement() {
        return Agreement.create(SEED_AGREEMENT_ID, AgreementReference.of("ECO-2020-SCS"), SEED_FUNDER_ID, SEED_ASSOCIATION_ID,
                seedSignatory(), seedRepresentative(), YEAR_2020, seedObject(), seedProgramme(), seedForecastBudget(),
                seedSubsidy(), seedPaymentTerms(), SEED_AUTHOR);
    }

    /** The seed agreement APPROVED by the Bureau de la Métropole on 19 December 2019. */
    public static Agreement approvedSeedAgreement() {
        Agreement agreement = seedAgreement();
        agreement.approve(seedDeliberation());
        return agreement;
    }

    /** The seed agreement approved on 19 December 2019 and SIGNED on {@link #SIGNATURE_DATE}. */
    public static Agreement signedSeedAgreement() {
        Agreement agreement = approvedSeedAgreement();
        agreement.sign(SIGNATURE_DATE);
        return agreement;
    }
}
