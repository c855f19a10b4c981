package fr.conventio.application.publication;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.association.AssociationData;
import fr.conventio.application.association.RegisterAssociationCommand;
import fr.conventio.application.drafting.AgreementTerms;
import fr.conventio.application.drafting.CreateDraftAgreementCommand;
import fr.conventio.application.drafting.DraftAgreementSaved;
import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.lifecycle.ApproveAgreementCommand;
import fr.conventio.application.lifecycle.SignAgreementCommand;
import fr.conventio.application.reading.AgreementSearch;
import fr.conventio.application.reading.ExportAgreementsQuery;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.agreement.AgreementObject;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.agreement.Instalment;
import fr.conventio.domain.agreement.InstalmentSchedule;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.party.Association;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.shared.BudgetYear;
import fr.conventio.domain.shared.Rate;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

/**
 * The open-data file (X1) as a funder publishes it, checked against the SCDL 2.1.1 schema's rules
 * ({@link ScdlSchema}): the schema's own examples first (so that the checks are shown to tell a valid file
 * from an invalid one), then the files the export writes.
 */
class OpenDataPublicationTest {

    private static final BudgetYear Y2020 = BudgetYear.of(2020);

    /** Today is long after the demo's year: the export must still offer 2020. */
    private final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2026, 12, 1));
    private final SeedSteps seed = new SeedSteps(app);
    private final ScdlSchema schema = ScdlSchema.v211();

    @Test
    void x1_the_schema_checks_accept_the_valid_example_and_refuse_the_invalid_ones() {
        assertThat(schema.errors(ScdlSchema.resource("exemple_valide.csv"))).isEmpty();

        List<String> cells = schema.errors(ScdlSchema.resource("exemple_invalide_erreurs_cellules.csv"));
        List<String> columns = schema.errors(ScdlSchema.resource("exemple_invalide_erreurs_colonnes.csv"));

        assertThat(cells).isNotEmpty();
        assertThat(String.join("\n", cells)).contains("idAttribuant : « 21860194600000 » n'est pas un SIRET valide",
                "dateConvention : « 05/12/2016 » n'est pas une date AAAA-MM-JJ", "rnaBeneficiaire : « W3222 » ne suit pas",
                "pourcentageSubvention : 100 hors de [0.01, 1]");
        assertThat(columns).singleElement().asString().startsWith("colonnes : attendu [nomAttribuant, idAttribuant,");
    }

    @Test
    void x1_the_demo_year_2020_is_offered_and_its_file_follows_the_schema_years_after() {
        seed.signed();
        seed.payAdvance();

        assertThat(app.exportOpenData.years()).containsExactly(Y2020);
        OpenDataExport export = app.exportOpenData.export(new ExportOpenDataQuery(Y2020));

        assertThat(export.rowCount()).isEqualTo(1);
        assertThat(export.unpublished()).isEmpty();
        assertThat(schema.errors(export.csv())).isEmpty();
        assertThat(ScdlSchema.parse(export.csv()).get(1)).startsWith("Métropole Aix-Marseille-Provence", "20005480700017", "2020-02-03");
    }

    @Test
    void x1_v5_an_agreement_in_instalments_is_published_as_staggered_over_its_instalments_until_paid() {
        seed.setUpParties();
        AgreementTerms terms = seed.seedTerms();
        seed.createDraft(new AgreementTerms(terms.reference(), terms.associationId(), terms.signatory(), terms.representative(),
                terms.budgetYear(), terms.object(), terms.programme(), terms.forecastBudget(), terms.subsidy(),
                terms.paymentTerms().withAdvanceRate(Rate.HUNDRED).withInstalments(
                        InstalmentSchedule.of(
                                Instalment.atSignature(Amount.of(32000)),
                                Instalment.on(Amount.of(32000), LocalDate.of(2020, 9, 15)),
                                Instalment.balance(Amount.of(16000))))));
        seed.approve();
        seed.sign();

        OpenDataExport export = app.exportOpenData.export(new ExportOpenDataQuery(Y2020));

        assertThat(schema.errors(export.csv())).isEmpty();
        List<String> header = ScdlSchema.parse(export.csv()).getFirst();
        List<String> row = ScdlSchema.parse(export.csv()).get(1);
        assertThat(row.get(header.indexOf("conditionsVersement"))).as("instalments, whatever the advance rate").isEqualTo("échelonné");
        assertThat(row.get(header.indexOf("datesPeriodeVersement"))).as("from the signature to the last dated instalment")
                .isEqualTo("2020-02-03/2020-09-15");
    }

    @Test
    void x1_no_year_is_offered_before_a_signature() {
        seed.setUpParties();
        seed.createDraft();
        seed.approve();

        assertThat(app.exportOpenData.years()).isEmpty();
    }

    @Test
    void x1_cells_a_spreadsheet_would_run_as_formulas_are_neutralised_as_in_the_agreements_csv() {
        seed.setUpParties();
        AssociationId formula = register("=cmd|' /C calc'!A0", true);
        signedAgreement("ECO-2020-FORMULE", formula, "@SUM(1+1) actions de l'association " + "x".repeat(300));

        OpenDataExport export = app.exportOpenData.export(new ExportOpenDataQuery(Y2020));

        List<String> row = ScdlSchema.parse(export.csv()).get(1);
        assertThat(row.get(4)).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(row.get(7)).startsWith("'@SUM(1+1) actions").hasSize(256).endsWith("…");
        assertThat(schema.errors(export.csv())).isEmpty();
        String listed = app.exportAgreements.export(new ExportAgreementsQuery(AgreementSearch.all())).csv();
        assertThat(listed).contains(";'=cmd|' /C calc'!A0;");
    }

    @Test
    void x1_a_row_that_cannot_be_published_is_reported_with_its_reason_and_the_rest_of_the_year_is_published() {
        seed.signed();
        AssociationId anonymous = register("Les Amis du Quartier", false);
        signedAgreement("ECO-2020-SANS-ID", anonymous, "Animation du quartier");

        OpenDataExport export = app.exportOpenData.export(new ExportOpenDataQuery(Y2020));

        assertThat(export.rowCount()).isEqualTo(1);
        assertThat(export.unpublished()).containsExactly(new OpenDataExport.Unpublished("ECO-2020-SANS-ID", "Les Amis du Quartier",
                "l'association n'a ni SIRET ni numéro RNA (l'un des deux est requis) : renseignez-le sur sa fiche"));
        assertThat(ScdlSchema.parse(export.csv())).hasSize(2);
        assertThat(ScdlSchema.parse(export.csv()).get(1).get(4)).isEqualTo("POLE SOLUTIONS COMMUNICANTES SÉCURISÉES (SCS)");
        assertThat(schema.errors(export.csv())).isEmpty();
    }

    /** An association like the seed's, under another name, with or without its SIRET and RNA. */
    private AssociationId register(String name, boolean identified) {
        Association a = AgreementFixtures.seedAssociation();
        return app.registerAssociation.register(new RegisterAssociationCommand(new AssociationData(name, a.registeredAddress(),
                a.representative(), null, identified ? a.rna().orElseThrow() : null, a.fiscalYear(), a.annualBudget(), null))).id();
    }

    /** A signed 2020 agreement of 50 000 € on CT1 for this association. */
    private void signedAgreement(String reference, AssociationId association, String objectives) {
        AgreementTerms t = seed.seedTerms();
        DraftAgreementSaved draft = app.createDraftAgreement.create(new CreateDraftAgreementCommand(new AgreementTerms(
                AgreementReference.of(reference), association, t.signatory(), t.representative(), Y2020, AgreementObject.of(objectives),
                t.programme(), t.forecastBudget(), Subsidy.onSingleLine(seed.ct1(), Amount.of(50_000)), t.paymentTerms())));
        // a manager other than the drafter approves it (separation of duties)
        app.as(InMemoryConventio.MANAGER, () -> app.approveAgreement.approve(new ApproveAgreementCommand(draft.agreementId(), draft.version(),
                AgreementFixtures.seedDeliberation())));
        app.signAgreement.sign(new SignAgreementCommand(draft.agreementId(),
                app.agreements.findById(draft.agreementId()).orElseThrow().version(), LocalDate.of(2020, 2, 10)));
    }
}
