package fr.conventio.bootstrap.demo;

import fr.conventio.application.association.AssociationData;
import fr.conventio.application.association.RegisterAssociationCommand;
import fr.conventio.application.association.RegisterAssociationUseCase;
import fr.conventio.application.association.SearchAssociationsQuery;
import fr.conventio.application.association.SearchAssociationsUseCase;
import fr.conventio.application.drafting.AgreementTerms;
import fr.conventio.application.drafting.CreateDraftAgreementCommand;
import fr.conventio.application.drafting.CreateDraftAgreementUseCase;
import fr.conventio.application.funder.DefineBudgetLineCommand;
import fr.conventio.application.funder.DefineBudgetLineUseCase;
import fr.conventio.application.funder.FunderSettings;
import fr.conventio.application.funder.GetFunderSettingsQuery;
import fr.conventio.application.funder.GetFunderSettingsUseCase;
import fr.conventio.application.funder.SetUpFunderCommand;
import fr.conventio.application.funder.SetUpFunderUseCase;
import fr.conventio.application.reading.AgreementSearch;
import fr.conventio.application.reading.SearchAgreementsUseCase;
import fr.conventio.application.security.Roles;
import fr.conventio.application.shared.PageRequest;
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

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the real 2020 agreement (Métropole Aix-Marseille-Provence / Pôle SCS, 80 000 €) as demo
 * data, through the use cases as a member of staff would, acting as "systeme". Idempotent: each
 * step first looks whether its record exists (funder, budget lines by code, association by SIRET,
 * agreement by reference), so a restart never duplicates anything and a run interrupted half-way
 * completes on the next start. The agreement is left as a draft, ready to be taken through its life.
 */
public class DemoDataLoader implements ApplicationRunner {

    static final String REFERENCE = "ECO-2020-SCS";
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final GetFunderSettingsUseCase funderSettings;
    private final SetUpFunderUseCase setUpFunder;
    private final DefineBudgetLineUseCase defineBudgetLine;
    private final SearchAssociationsUseCase searchAssociations;
    private final RegisterAssociationUseCase registerAssociation;
    private final SearchAgreementsUseCase searchAgreements;
    private final CreateDraftAgreementUseCase createDraft;

    public DemoDataLoader(GetFunderSettingsUseCase funderSettings, SetUpFunderUseCase setUpFunder,
                          DefineBudgetLineUseCase defineBudgetLine, SearchAssociationsUseCase searchAssociations,
                          RegisterAssociationUseCase registerAssociation, SearchAgreementsUseCase searchAgreements,
                          CreateDraftAgreementUseCase createDraft) {
        this.funderSettings = funderSettings;
        this.setUpFunder = setUpFunder;
        this.defineBudgetLine = defineBudgetLine;
        this.searchAssociations = searchAssociations;
        this.registerAssociation = registerAssociation;
        this.searchAgreements = searchAgreements;
        this.createDraft = createDraft;
    }

    @Override
    public void run(ApplicationArguments args) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                SecurityCurrentUserAdapter.SYSTEM, "n/a",
                Roles.ALL.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
        try {
            load();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    void load() {
        if (searchAgreements.count(new AgreementSearch(null, null, null, null, REFERENCE)) > 0) {
            LOG.info("Demo data already loaded ({})", REFERENCE);
            return;
        }
        Map<String, BudgetLineId> lines = ensureFunderAndBudgetLines();
        AssociationId association = ensureAssociation();
        Subsidy seed = RealAgreement2020.seedSubsidy();
        Map<BudgetLineId, String> codeOfSeedLine = Map.of(RealAgreement2020.CT1_LINE_ID, "CT1", RealAgreement2020.PAYS_AIX_LINE_ID, "CT2");
        List<SubsidyAllocation> split = seed.split().stream()
                .map(a -> SubsidyAllocation.of(lines.get(codeOfSeedLine.get(a.budgetLineId())), a.label(), a.amount())).toList();
        Subsidy subsidy = new Subsidy(seed.votedAmount(), split);
        createDraft.create(new CreateDraftAgreementCommand(new AgreementTerms(AgreementReference.of(REFERENCE), association,
                RealAgreement2020.seedSignatory(), RealAgreement2020.seedRepresentative(), RealAgreement2020.YEAR_2020,
                RealAgreement2020.seedObject(), RealAgreement2020.seedProgramme(), RealAgreement2020.seedForecastBudget(),
                subsidy, RealAgreement2020.seedPaymentTerms())));
        LOG.info("Demo data loaded: agreement {} (draft)", REFERENCE);
    }

    private Map<String, BudgetLineId> ensureFunderAndBudgetLines() {
        if (funderSettings.get(new GetFunderSettingsQuery()).isEmpty()) {
            Funder funder = RealAgreement2020.seedFunder();
            setUpFunder.setUp(new SetUpFunderCommand(null, funder.name(), funder.kind(), funder.siret(), funder.address(),
                    funder.signatories()));
        }
        Map<String, BudgetLineId> byCode = new HashMap<>();
        funderSettings.get(new GetFunderSettingsQuery()).orElseThrow().budgetLines()
                .forEach(line -> byCode.put(line.code(), line.id()));
        for (BudgetLine line : RealAgreement2020.seedBudgetLines()) {
            if (!byCode.containsKey(line.code())) {
                var year = RealAgreement2020.YEAR_2020;
                byCode.put(line.code(), defineBudgetLine.define(DefineBudgetLineCommand.create(line.code(), line.label(), year,
                        line.envelope(year), line.budgetAdopted(year))).id());
            }
        }
        return byCode;
    }

    private AssociationId ensureAssociation() {
        Association seed = RealAgreement2020.seedAssociation();
        String siret = seed.siret().orElseThrow().value();
        var found = searchAssociations.search(new SearchAssociationsQuery(siret, PageRequest.of(0, 1, "name", true)));
        if (!found.content().isEmpty()) {
            return found.content().getFirst().id();
        }
        return registerAssociation.register(new RegisterAssociationCommand(new AssociationData(seed.name(), seed.registeredAddress(),
                seed.representative(), seed.siret().orElse(null), seed.rna().orElse(null), seed.fiscalYear(), seed.annualBudget(),
                seed.republicanCommitmentDate().orElse(null)))).id();
    }
}
