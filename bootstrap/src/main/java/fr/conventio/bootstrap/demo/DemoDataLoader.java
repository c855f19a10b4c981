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
import fr.conventio.domain.shared.BudgetLineId;

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
 * data, through the use cases as a member of staff would, acting as "systeme", at most once in the life
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
 * The agreement is left as a draft, ready to be taken through its life. What was done is logged.
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
    private final InstallationMarkerPort markers;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public DemoDataLoader(GetFunderSettingsUseCase funderSettings, SetUpFunderUseCase setUpFunder,
                          DefineBudgetLineUseCase defineBudgetLine, RegisterAssociationUseCase registerAssociation,
                          SearchAgreementsUseCase searchAgreements, CreateDraftAgreementUseCase createDraft,
                          InstallationMarkerPort markers, TransactionTemplate transaction, Clock clock) {
        this.funderSettings = funderSettings;
        this.setUpFunder = setUpFunder;
        this.defineBudgetLine = defineBudgetLine;
        this.registerAssociation = registerAssociation;
        this.searchAgreements = searchAgreements;
        this.createDraft = createDraft;
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
        Instant now = clock.instant();
        markers.record(InstallationMarker.DEMO_DATA, now, "Données de démonstration : le financeur, " + lines.size()
                + " lignes budgétaires, l'association et la convention " + REFERENCE + " (brouillon)");
        LOG.info("Demo data loaded on {}: funder, {} budget lines, association, agreement {} (draft); marked {}, never loaded again",
                now, lines.size(), REFERENCE, InstallationMarker.DEMO_DATA);
    }

    private Map<String, BudgetLineId> setUpFunderAndBudgetLines() {
        Funder funder = RealAgreement2020.seedFunder();
        setUpFunder.setUp(new SetUpFunderCommand(null, funder.name(), funder.kind(), funder.siret(), funder.address(),
                funder.signatories()));
        Map<String, BudgetLineId> byCode = new HashMap<>();
        for (BudgetLine line : RealAgreement2020.seedBudgetLines()) {
            var year = RealAgreement2020.YEAR_2020;
            byCode.put(line.code(), defineBudgetLine.define(DefineBudgetLineCommand.create(line.code(), line.label(), year,
                    line.envelope(year), line.budgetAdopted(year))).id());
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
