package fr.conventio.adapters.web.ui.agreement;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.reading.AuditChange;
import fr.conventio.application.reading.AuditEntry;
import fr.conventio.domain.agreement.ActionProgramme;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.account.LineAccount;
import fr.conventio.domain.shared.AgreementId;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The read-only tabs (programme, budget, history), the headings and accessible names, and an unknown agreement. */
class ReadTabsTest extends AgreementPageTestBase {

    @Test
    void programme_shows_the_object_and_every_category_with_its_actions_and_links_the_draft_wizard_when_allowed() {
        seed.setUpParties();
        seed.createDraft();
        openAs("claire.instructrice", "INSTRUCTEUR");
        tab("Programme");

        assertThat(_get(Paragraph.class, s -> s.withId("programme-object")).getText()).isEqualTo(AgreementFixtures.seedObject().objectives());
        ActionProgramme programme = AgreementFixtures.seedProgramme();
        assertThat(_find(H4.class)).extracting(H4::getText).containsExactlyElementsOf(programme.categories().stream()
                .map(c -> c.numeral() + " — " + c.title()).toList());
        assertThat(_find(H4.class)).hasSize(5);
        Anchor edit = _get(Anchor.class, s -> s.withId("programme-edit-draft"));
        assertThat(edit.getHref()).isEqualTo("conventions/" + seed.agreementId() + "/modifier");
        tab("Synthèse");
        assertThat(hasButton("action-approve")).as("approval is a manager's decision").isFalse();

        openAs("lea.lecture", "LECTURE");
        tab("Programme");
        assertThat(_find(Anchor.class, s -> s.withId("programme-edit-draft"))).isEmpty();

        seed.approve();
        openAs("claire.instructrice", "INSTRUCTEUR");
        tab("Programme");
        assertThat(_find(Anchor.class, s -> s.withId("programme-edit-draft"))).as("only a draft is edited").isEmpty();
    }

    @Test
    void budget_shows_the_forecast_the_split_with_its_total_and_the_share_of_cost() {
        seed.setUpParties();
        seed.createDraft();
        openAs("lea.lecture", "LECTURE");
        tab("Budget");

        assertThat(text("budget-eligible")).isEqualTo(euros("1 040 335,00"));
        assertThat(text("budget-subsidy")).isEqualTo(euros("80 000,00"));
        assertThat(text("budget-share")).isEqualTo("7,69" + NBSP + "%");
        assertThat(text("budget-advance-rate")).isEqualTo("80,00" + NBSP + "%");
        Grid<LineAccount> lines = grid("budget-lines");
        assertThat(GridKt._getFormattedRow(lines, 0)).as("a draft commits nothing yet").containsExactly("Budget Principal Métropolitain (CT1)",
                euros("30 000,00"), euros("0,00"), euros("0,00"), euros("0,00"), euros("0,00"));
        assertThat(GridKt._getFormattedRow(lines, 1)).containsExactly("Territoire du Pays d'Aix", euros("50 000,00"), euros("0,00"),
                euros("0,00"), euros("0,00"), euros("0,00"));
        assertThat(lines.getColumns().get(1).getFooterText()).isEqualTo(euros("80 000,00"));
        assertThat(GridKt._size(grid("budget-plan"))).isEqualTo(AgreementFixtures.seedForecastBudget().financingPlan().size());
        assertThat(this.<Object>grid("budget-plan").getColumns().get(2).getFooterText())
                .isEqualTo(euros(french(AgreementFixtures.seedForecastBudget().financingTotal().value().toPlainString())));
    }

    @Test
    void headings_are_in_order_and_every_grid_has_an_accessible_name() {
        seed.signed();
        openAs("lea.lecture", "LECTURE");
        assertThat(_find(H2.class)).extracting(H2::getText).containsExactly("ECO-2020-SCS");
        for (String tab : new String[] {"Synthèse", "Programme", "Budget", "Versements", "Obligations", "Liquidation", "Avenants",
                "Contrôle et évaluation", "Historique"}) {
            tab(tab);
            assertThat(_find(H3.class)).as("tab %s has its section headings", tab).isNotEmpty();
            for (Grid<?> grid : _find(Grid.class)) {
                assertThat(grid.getAriaLabel()).as("grid %s", grid.getId().orElse("?")).hasValueSatisfying(name -> assertThat(name).isNotBlank());
            }
        }
    }

    @Test
    void history_shows_french_labels_and_formatted_values() {
        seed.signed();
        Map<String, AuditChange> changes = new LinkedHashMap<>();
        changes.put("status", new AuditChange("DRAFT", "APPROVED"));
        changes.put("subsidy", new AuditChange("80000.00", "72000.00"));
        changes.put("signatureDate", new AuditChange(null, "2020-01-20"));
        changes.put("subsidy.0b1c2d3e-1111-2222-3333-444455556666", new AuditChange("30000.00", "27000.00"));
        changes.put("formalNotice.2", new AuditChange(null, "envoyée le 2020-03-02 (RAR-1) par marie"));
        changes.put("someNewField", new AuditChange("a", null));
        app.auditTrailQueries.record(seed.agreementId(), new AuditEntry(Instant.parse("2020-02-03T10:15:00Z"), "marie.responsable",
                "AGREEMENT", seed.agreementId().toString(), "UPDATE", changes));
        Map<String, AuditChange> payment = new LinkedHashMap<>();
        payment.put("status", new AuditChange("RECORDED", "CANCELLED"));
        payment.put("amount", new AuditChange("64000.00", "64000.00"));
        app.auditTrailQueries.record(seed.agreementId(), new AuditEntry(Instant.parse("2020-01-06T08:00:00Z"), "paul.finances",
                "PAYMENT", "p-1", "UPDATE", payment));
        openAs("lea.lecture", "LECTURE");
        tab("Historique");

        Grid<AuditEntry> history = grid("history-grid");
        String nbsp = "\u00A0";
        assertThat(GridKt._getFormattedRow(history, 0)).containsExactly("03/02/2020 11:15", "marie.responsable", "Convention",
                "Modification", "Statut : Brouillon → Approuvée ; Subvention votée : 80" + nbsp + "000,00" + nbsp + "€ → 72" + nbsp
                        + "000,00" + nbsp + "€ ; Date de signature : — → 20/01/2020 ; Subvention imputée sur la ligne (non retrouvée) : 30"
                        + nbsp + "000,00" + nbsp + "€ → 27" + nbsp + "000,00" + nbsp + "€ ; Mise en demeure n° 2 : — → envoyée le"
                        + " 02/03/2020 (RAR-1) par marie ; someNewField : a → —");
        assertThat(GridKt._getFormattedRow(history, 1)).containsExactly("06/01/2020 09:00", "paul.finances", "Versement",
                "Modification", "Statut : Enregistré → Annulé ; Montant : 64" + nbsp + "000,00" + nbsp + "€ → 64" + nbsp + "000,00"
                        + nbsp + "€");
    }

    @Test
    void history_names_budget_lines_obligations_and_payments_and_writes_recorded_enum_words_and_amounts_in_french() {
        seed.signed();
        var obligation = app.obligations.findByAgreement(seed.agreementId()).getFirst().value();
        Map<String, AuditChange> changes = new LinkedHashMap<>();
        changes.put("subsidy." + seed.ct1().value(), new AuditChange("30000.00", "27000.00"));
        changes.put("formalNotice.1", new AuditChange(null, "envoyée le 2020-03-02 (RAR-1) par FUNDER"));
        changes.put("fundingDecision.1", new AuditChange(null, "REDUCE_SUBSIDY 5000.00 le 2020-06-01 par marie"));
        changes.put("meeting.1", new AuditChange(null, "EVALUATION le 2021-02-15"));
        changes.put("restitution", new AuditChange(null, "PRO_RATA_TEMPORIS"));
        changes.put("financing.1", new AuditChange(null, "Le financeur signataire — Métropole : 80000.00"));
        app.auditTrailQueries.record(seed.agreementId(), new AuditEntry(Instant.parse("2020-02-03T10:15:00Z"), "marie.responsable",
                "AGREEMENT_CONTROL", seed.agreementId().toString(), "UPDATE", changes));
        app.auditTrailQueries.record(seed.agreementId(), new AuditEntry(Instant.parse("2020-01-06T08:00:00Z"), "claire.instructrice",
                "OBLIGATION", obligation.id().value().toString(), "UPDATE", Map.of("status", new AuditChange("PENDING", "RECEIVED"))));
        openAs("lea.lecture", "LECTURE");
        tab("Historique");

        Grid<AuditEntry> history = grid("history-grid");
        List<String> control = GridKt._getFormattedRow(history, 0);
        assertThat(control.get(4)).contains("Subvention imputée sur la ligne Budget Principal Métropolitain (CT1)", "envoyée le 02/03/2020 (RAR-1) par le financeur",
                        "5\u00A0000,00\u00A0€ le 01/06/2020 par marie", "Réunion d'évaluation le 15/02/2021",
                        "Métropole : 80\u00A0000,00\u00A0€")
                .doesNotContain(seed.ct1().value().toString(), "FUNDER", "REDUCE_SUBSIDY", "EVALUATION", "PRO_RATA_TEMPORIS", "5000.00", "80000.00");
        assertThat(GridKt._getFormattedRow(history, 1).get(2)).isEqualTo("Obligation — " + obligation.type().label());
    }

    @Test
    void history_shows_the_legal_fields_in_french_long_texts_whole_or_by_their_digest_and_file_names_escaped() {
        seed.signed();
        Map<String, AuditChange> agreement = new LinkedHashMap<>();
        agreement.put("object", new AuditChange("Anciens objectifs", "Nouveaux objectifs"));
        agreement.put("programme.I.2", new AuditChange(null, "Animer le réseau"));
        agreement.put("beneficiary", new AuditChange("Pôle SCS", "Les Amis du Quartier"));
        agreement.put("paymentOnEvent", new AuditChange("false", "true"));
        agreement.put("paymentDates", new AuditChange(null, "2020-03-01, 2020-09-01"));
        agreement.put("amendment.1", new AuditChange(null, "sha256:" + "ab".repeat(32) + " (1250 caractères)"));
        app.auditTrailQueries.record(seed.agreementId(), new AuditEntry(Instant.parse("2020-02-03T10:15:00Z"), "marie.responsable",
                "AGREEMENT", seed.agreementId().toString(), "UPDATE", agreement));
        Map<String, AuditChange> obligation = new LinkedHashMap<>();
        obligation.put("lastEvent", new AuditChange("RECEIVED le 2020-02-03 par claire : a\r\nb\u202Efdp.pdf (2a3f7c72-f7cd-4ce6-a000-000000000001)",
                "REJECTED le 2020-02-04 par marie"));
        obligation.put("lastEventReason", new AuditChange(null, "sha256:" + "cd".repeat(32) + " (26 caractères)"));
        app.auditTrailQueries.record(seed.agreementId(), new AuditEntry(Instant.parse("2020-02-04T10:15:00Z"), "marie.responsable",
                "OBLIGATION", "o-1", "UPDATE", obligation));
        Map<String, AuditChange> association = new LinkedHashMap<>();
        association.put("address", new AuditChange("1 rue A, 13001 Marseille", "2 rue B, 13007 Marseille"));
        association.put("representative", new AuditChange("Monsieur Lionel LAPRAS, Président", "Madame Claire MARTIN, Présidente"));
        app.auditTrailQueries.record(seed.agreementId(), new AuditEntry(Instant.parse("2020-02-05T10:15:00Z"), "claire.instructrice",
                "ASSOCIATION", "a-1", "UPDATE", association));
        openAs("lea.lecture", "LECTURE");
        tab("Historique");

        Grid<AuditEntry> history = grid("history-grid");
        String nbsp = "\u00A0";
        assertThat(GridKt._getFormattedRow(history, 0).get(4)).isEqualTo("Adresse : 1 rue A, 13001 Marseille → 2 rue B, 13007 Marseille ; "
                + "Représentant légal : Monsieur Lionel LAPRAS, Président → Madame Claire MARTIN, Présidente");
        assertThat(GridKt._getFormattedRow(history, 1).get(4)).isEqualTo("Dernier événement : Reçue le 03/02/2020 par claire : "
                + "a[U+000D][U+000A]b[U+202E]fdp.pdf → Rejetée le 04/02/2020 par marie ; Motif du dernier événement : — → texte de 26 "
                + "caractères (conservé dans son enregistrement ; empreinte cdcdcdcdcdcd…)");
        assertThat(GridKt._getFormattedRow(history, 2).get(4)).isEqualTo("Objet (objectifs généraux, article 1) : Anciens objectifs → "
                + "Nouveaux objectifs ; Programme d'actions, I.2 : — → Animer le réseau ; Association bénéficiaire : Pôle SCS → Les Amis du "
                + "Quartier ; Versement à un événement : Non → Oui ; Dates de versement : — → 01/03/2020, 01/09/2020 ; Avenant n° 1 : — → "
                + "texte de 1" + nbsp + "250 caractères (conservé dans son enregistrement ; empreinte abababababab…)");
    }

    @Test
    void o5_history_shows_the_change_of_due_date_and_the_approval_date_in_french() {
        seed.signed();
        Map<String, AuditChange> publication = new LinkedHashMap<>();
        publication.put("dueDate", new AuditChange("2021-09-30", "2021-08-20"));
        publication.put("lastEvent", new AuditChange(null, "RESCHEDULED le 2021-07-05 par marie"));
        app.auditTrailQueries.record(seed.agreementId(), new AuditEntry(Instant.parse("2021-07-05T10:15:00Z"), "marie.responsable",
                "OBLIGATION", "o-5", "UPDATE", publication));
        Map<String, AuditChange> accounts = new LinkedHashMap<>();
        accounts.put("accountsApprovedOn", new AuditChange(null, "2021-05-20"));
        app.auditTrailQueries.record(seed.agreementId(), new AuditEntry(Instant.parse("2021-07-05T10:14:00Z"), "marie.responsable",
                "OBLIGATION", "o-3", "UPDATE", accounts));
        openAs("lea.lecture", "LECTURE");
        tab("Historique");

        Grid<AuditEntry> history = grid("history-grid");
        assertThat(GridKt._getFormattedRow(history, 0).get(4)).isEqualTo("Échéance : 30/09/2021 → 20/08/2021 ; Dernier événement : — → "
                + "Échéance fixée le 05/07/2021 par marie");
        assertThat(GridKt._getFormattedRow(history, 1).get(4))
                .isEqualTo("Date d'approbation des comptes par l'assemblée générale : — → 20/05/2021");
    }

    @Test
    void history_lists_the_audit_trail_most_recent_first() {
        seed.signed();
        Map<String, AuditChange> changes = new LinkedHashMap<>();
        changes.put("status", new AuditChange("APPROVED", "SIGNED"));
        app.auditTrailQueries.record(seed.agreementId(), new AuditEntry(Instant.parse("2020-02-03T10:15:00Z"), "marie.responsable",
                "AGREEMENT", seed.agreementId().toString(), "UPDATE", changes));
        app.auditTrailQueries.record(seed.agreementId(), new AuditEntry(Instant.parse("2020-01-06T08:00:00Z"), "claire.instructrice",
                "AGREEMENT", seed.agreementId().toString(), "INSERT", Map.of()));
        openAs("lea.lecture", "LECTURE");
        tab("Historique");

        Grid<AuditEntry> history = grid("history-grid");
        assertThat(GridKt._size(history)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(history, 0)).containsExactly("03/02/2020 11:15", "marie.responsable", "Convention",
                "Modification", "Statut : Approuvée → Signée");
        assertThat(GridKt._getFormattedRow(history, 1)).containsExactly("06/01/2020 09:00", "claire.instructrice", "Convention",
                "Création", "");
    }

    @Test
    void an_unknown_agreement_says_so_in_french_with_a_way_back() {
        seed.setUpParties();
        openAs("lea.lecture", "LECTURE");
        AgreementId unknown = AgreementId.newId();
        view.show(unknown);

        assertThat(_get(H2.class).getText()).isEqualTo("Convention introuvable");
        assertThat(_get(Paragraph.class).getText()).isEqualTo("Convention introuvable : l'enregistrement demandé n'existe pas ou plus (supprimé, ou lien erroné).")
                .doesNotContain(unknown.toString());
        assertThat(_get(Anchor.class).getHref()).isEqualTo("conventions");
    }

    private static String french(String plain) {
        String[] parts = plain.split("\\.");
        StringBuilder grouped = new StringBuilder();
        String integer = parts[0];
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                grouped.append(' ');
            }
            grouped.append(integer.charAt(i));
        }
        return grouped + "," + (parts.length > 1 ? parts[1] : "00");
    }
}
