package fr.conventio.bootstrap.demo;

import fr.conventio.application.association.AssociationData;
import fr.conventio.application.association.RegisterAssociationCommand;
import fr.conventio.application.association.RegisterAssociationUseCase;
import fr.conventio.application.drafting.AgreementTerms;
import fr.conventio.application.drafting.CreateDraftAgreementCommand;
import fr.conventio.application.drafting.CreateDraftAgreementUseCase;
import fr.conventio.application.funder.DefineBudgetLineCommand;
import fr.conventio.application.funder.DefineBudgetLineUseCase;
import fr.conventio.application.funder.GetFunderSettingsQuery;
import fr.conventio.application.funder.GetFunderSettingsUseCase;
import fr.conventio.application.funder.SetUpFunderCommand;
import fr.conventio.application.funder.SetUpFunderUseCase;
import fr.conventio.application.multiyear.PlanMultiYearAgreementCommand;
import fr.conventio.application.multiyear.PlanMultiYearAgreementUseCase;
import fr.conventio.application.port.out.InstallationMarker;
import fr.conventio.application.port.out.InstallationMarkerPort;
import fr.conventio.application.reading.AgreementSearch;
import fr.conventio.application.reading.SearchAgreementsUseCase;
import fr.conventio.application.security.Roles;
import fr.conventio.bootstrap.security.SecurityCurrentUserAdapter;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.agreement.SubsidyAllocation;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.party.BudgetLine;
import fr.conventio.domain.party.Funder;
import fr.conventio.domain.sample.RealAgreement2020;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.BudgetLineId;
import fr.conventio.domain.shared.BudgetYear;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads the real 2020 agreement (Métropole Aix-Marseille-Provence / Pôle SCS, 80 000 €) as demo
 * data, with the two illustrative agreements of {@link DemoPortfolio} that follow it for the same association (a
 * multi-year agreement 2027–2029 and an agreement of 2027 paid in instalments), through the use cases as a member of
 * staff would, acting as "systeme", at most once in the life
 * of the database whatever users rename or delete afterwards:
 * <ul>
 * <li>everything (funder, budget lines, association, agreement) and the installation marker
 *     {@link InstallationMarker#DEMO_DATA} are written in ONE transaction: either all is kept, or nothing
 *     (a run interrupted half-way loads everything on the next start);</li>
 * <li>with the marker recorded, nothing is loaded again: the marker refers to no record, so renaming the
 *     agreement or the association, or deleting them, does not bring the demo back;</li>
 * <li>a database that already holds a funder or agreements without the marker (data entered by staff, or
 *     demo data loaded by a version without the marker) is never given demo data.</li>
 * </ul>
 * The agreements are left as drafts, ready to be taken through their life. What was done is logged.
 */
public class DemoDataLoader implements ApplicationRunner {

    static final String REFERENCE = "ECO-2020-SCS";
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final GetFunderSettingsUseCase funderSettings;
    private final SetUpFunderUseCase setUpFunder;
    private final DefineBudgetLineUseCase defineBudgetLine;
    private final RegisterAssociationUseCase registerAssociation;
    private final SearchAgreementsUseCase searchAgreements;
    private final CreateDraftAgreementUseCase createDraft;
    private final PlanMultiYearAgreementUseCase planMultiYear;
    private final InstallationMarkerPort markers;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public DemoDataLoader(GetFunderSettingsUseCase funderSettings, SetUpFunderUseCase setUpFunder,
                          DefineBudgetLineUseCase defineBudgetLine, RegisterAssociationUseCase registerAssociation,
                          SearchAgreementsUseCase searchAgreements, CreateDraftAgreementUseCase createDraft,
                          PlanMultiYearAgreementUseCase planMultiYear, InstallationMarkerPort markers,
                          TransactionTemplate transaction, Clock clock) {
        this.funderSettings = funderSettings;
        this.setUpFunder = setUpFunder;
        this.defineBudgetLine = defineBudgetLine;
        this.registerAssociation = registerAssociation;
        this.searchAgreements = searchAgreements;
        this.createDraft = createDraft;
        this.planMultiYear = planMultiYear;
        this.markers = markers;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                SecurityCurrentUserAdapter.SYSTEM, "n/a",
                Roles.ALL.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
        try {
            transaction.executeWithoutResult(status -> load());
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** In the caller's transaction: the demo data and its marker, or nothing. */
    void load() {
        Optional<Instant> loaded = markers.recordedAt(InstallationMarker.DEMO_DATA);
        if (loaded.isPresent()) {
            LOG.info("Demo data not loaded: it was loaded on {} (installation marker {}); records renamed or deleted since stay so",
                    loaded.get(), InstallationMarker.DEMO_DATA);
            return;
        }
        long agreements = searchAgreements.count(AgreementSearch.all());
        if (funderSettings.get(new GetFunderSettingsQuery()).isPresent() || agreements > 0) {
            LOG.warn("Demo data not loaded: the database already holds a funder or {} agreement(s) and no demo data marker"
                    + " (data entered by staff, or demo data loaded by an older version)", agreements);
            return;
        }
        Map<String, BudgetLineId> lines = setUpFunderAndBudgetLines();
        AssociationId association = registerAssociation();
        Subsidy seed = RealAgreement2020.seedSubsidy();
        Map<BudgetLineId, String> codeOfSeedLine = Map.of(RealAgreement2020.CT1_LINE_ID, "CT1", RealAgreement2020.PAYS_AIX_LINE_ID, "CT2");
        List<SubsidyAllocation> split = seed.split().stream()
                .map(a -> SubsidyAllocation.of(lines.get(codeOfSeedLine.get(a.budgetLineId())), a.label(), a.amount())).toList();
        Subsidy subsidy = new Subsidy(seed.votedAmount(), split);
        createDraft.create(new CreateDraftAgreementCommand(new AgreementTerms(AgreementReference.of(REFERENCE), association,
                RealAgreement2020.seedSignatory(), RealAgreement2020.seedRepresentative(), RealAgreement2020.YEAR_2020,
                RealAgreement2020.seedObject(), RealAgreement2020.seedProgramme(), RealAgreement2020.seedForecastBudget(),
                subsidy, RealAgreement2020.seedPaymentTerms())));
        draftMultiYearAgreement(association, lines);
        draftAgreementPaidInInstalments(association, lines);
        Instant now = clock.instant();
        String references = String.join(", ", REFERENCE, DemoPortfolio.CPO_REFERENCE, DemoPortfolio.INSTALMENTS_REFERENCE);
        markers.record(InstallationMarker.DEMO_DATA, now, "Données de démonstration : le financeur, " + lines.size()
                + " lignes budgétaires, l'association et les conventions " + references + " (brouillons)");
        LOG.info("Demo data loaded on {}: funder, {} budget lines, association, agreements {} (drafts); marked {}, never loaded again",
                now, lines.size(), references, InstallationMarker.DEMO_DATA);
    }

    /** D5: 2027–2029, 60 000 € a year, each later year to be confirmed once its budget is adopted. */
    private void draftMultiYearAgreement(AssociationId association, Map<String, BudgetLineId> lines) {
        Subsidy yearly = DemoPortfolio.cpoYearlySubsidy(lines.get("CT1"), lines.get("CT2"));
        AgreementId cpo = createDraft.create(new CreateDraftAgreementCommand(new AgreementTerms(DemoPortfolio.cpoReference(),
                association, RealAgreement2020.seedSignatory(), RealAgreement2020.seedRepresentative(), DemoPortfolio.YEAR_2027,
                DemoPortfolio.cpoObject(), RealAgreement2020.seedProgramme(), DemoPortfolio.cpoForecastBudget(), yearly,
                RealAgreement2020.seedPaymentTerms()))).agreementId();
        planMultiYear.plan(new PlanMultiYearAgreementCommand(cpo, DemoPortfolio.cpoSettlementMode(),
                DemoPortfolio.LATER_YEARS.stream().map(year -> yearly).toList()));
    }

    /** D4, V5, A4: an event from March to June 2027 paid in three instalments, keeping up to 5 % of an unspent subsidy. */
    private void draftAgreementPaidInInstalments(AssociationId association, Map<String, BudgetLineId> lines) {
        createDraft.create(new CreateDraftAgreementCommand(new AgreementTerms(DemoPortfolio.instalmentsReference(), association,
                RealAgreement2020.seedSignatory(), RealAgreement2020.seedRepresentative(), DemoPortfolio.YEAR_2027,
                DemoPortfolio.instalmentsObject(), DemoPortfolio.instalmentsProgramme(), DemoPortfolio.instalmentsForecastBudget(),
                DemoPortfolio.instalmentsSubsidy(lines.get("CT1")), DemoPortfolio.instalmentsPaymentTerms(),
                DemoPortfolio.instalmentsOperationPeriod(), DemoPortfolio.instalmentsKeepUnspentClause())));
    }

    private Map<String, BudgetLineId> setUpFunderAndBudgetLines() {
        Funder funder = RealAgreement2020.seedFunder();
        setUpFunder.setUp(new SetUpFunderCommand(null, funder.name(), funder.kind(), funder.siret(), funder.address(),
                funder.signatories()));
        Map<String, BudgetLineId> byCode = new HashMap<>();
        for (BudgetLine line : RealAgreement2020.seedBudgetLines()) {
            var year = RealAgreement2020.YEAR_2020;
            var saved = defineBudgetLine.define(DefineBudgetLineCommand.create(line.code(), line.label(), year,
                    line.envelope(year), line.budgetAdopted(year)));
            long version = saved.version();
            // The demo portfolio's years: 2027 adopted, 2028 and 2029 with an envelope and their budget still to vote (B4).
            for (BudgetYear later : DemoPortfolio.YEARS) {
                version = defineBudgetLine.define(new DefineBudgetLineCommand(saved.id(), version, line.code(), line.label(), later,
                        DemoPortfolio.ENVELOPE_FROM_2027.get(line.code()), later.equals(DemoPortfolio.YEAR_2027))).version();
            }
            byCode.put(line.code(), saved.id());
        }
        return byCode;
    }

    private AssociationId registerAssociation() {
        Association seed = RealAgreement2020.seedAssociation();
        return registerAssociation.register(new RegisterAssociationCommand(new AssociationData(seed.name(), seed.registeredAddress(),
                seed.representative(), seed.siret().orElse(null), seed.rna().orElse(null), seed.fiscalYear(), seed.annualBudget(),
                seed.republicanCommitmentDate().orElse(null)))).id();
    }
}
