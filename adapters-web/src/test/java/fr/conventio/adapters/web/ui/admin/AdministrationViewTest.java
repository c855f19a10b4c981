package fr.conventio.adapters.web.ui.admin;

import com.github.mvysny.fakeservlet.FakeResponse;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import fr.conventio.adapters.web.ui.StaffUi;
import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.security.Roles;
import fr.conventio.domain.party.Signatory;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.BudgetYear;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The administration screen on the whole application (in-memory fakes) with the seed's funder and budget lines. */
class AdministrationViewTest {

    private static final String NBSP = "\u00A0";
    private static final BudgetYear Y2020 = BudgetYear.of(2020);

    private final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 1, 6));
    private final SeedSteps seed = new SeedSteps(app);

    @AfterEach
    void tearDown() {
        StaffUi.stop();
    }

    private AdministrationView open() {
        StaffUi.start(app, "admin.test", Roles.ADMINISTRATEUR);
        UI.getCurrent().navigate(AdministrationView.class);
        return _get(AdministrationView.class);
    }

    private static Button lineButton(AdministrationView view, int row, String className) {
        HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(view.lines, row, "actions");
        return _get(actions, Button.class, spec -> spec.withClasses(className));
    }

    private Amount storedEnvelope() {
        return app.budgetLines.findById(seed.ct1()).orElseThrow().value().envelope(Y2020);
    }

    @Test
    void each_line_shows_the_figures_of_the_year() {
        seed.signed();
        seed.payAdvance();

        AdministrationView view = open();

        assertThat(view.linesYear.getValue()).isEqualTo(2020);
        assertThat(StaffUi.rows(view.lines).getFirst().subList(0, 7)).containsExactly("CT1", "Budget Principal Métropolitain",
                "500" + NBSP + "000,00" + NBSP + "€", "Adopté", "30" + NBSP + "000,00" + NBSP + "€", "24" + NBSP + "000,00" + NBSP + "€",
                "470" + NBSP + "000,00" + NBSP + "€");
        view.linesYear.setValue(2021);
        assertThat(StaffUi.rows(view.lines).getFirst().subList(2, 5)).containsExactly("—", "Non adopté", "—");
    }

    @Test
    void b4_an_envelope_below_what_is_committed_is_refused_and_the_dialog_keeps_the_typed_amount() {
        seed.signed();
        AdministrationView view = open();
        Map<String, Object> before = app.snapshot();

        _click(lineButton(view, 0, "line-envelope"));
        BudgetLineDialog dialog = _get(BudgetLineDialog.class);
        assertThat(dialog.envelope.getValue()).isEqualTo("500" + NBSP + "000,00");
        dialog.envelope.setValue("20 000");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.envelope.getValue()).as("the amount typed, as the converter shows it").isEqualTo("20" + NBSP + "000,00");
        assertThat(dialog.envelope.isInvalid()).isTrue();
        assertThat(dialog.envelope.getErrorMessage()).startsWith("[B4] ligne CT1 « Budget Principal Métropolitain » : l'enveloppe 2020")
                .contains("inférieure au montant déjà engagé de 30 000,00 €");
        assertThat(storedEnvelope()).isEqualTo(Amount.of(500_000));
        assertThat(app.snapshot()).isEqualTo(before);
    }

    @Test
    void an_envelope_at_or_above_what_is_committed_is_saved_and_shown() {
        seed.signed();
        AdministrationView view = open();

        _click(lineButton(view, 0, "line-envelope"));
        BudgetLineDialog dialog = _get(BudgetLineDialog.class);
        dialog.envelope.setValue("30 000,00");
        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(storedEnvelope()).isEqualTo(Amount.of(30_000));
        assertThat(StaffUi.rows(view.lines).getFirst().get(2)).isEqualTo("30" + NBSP + "000,00" + NBSP + "€");
        assertThat(StaffUi.rows(view.lines).getFirst().get(6)).isEqualTo("0,00" + NBSP + "€");
    }

    @Test
    void a_new_line_is_created_renamed_and_its_budget_adopted() {
        seed.setUpParties();
        AdministrationView view = open();

        _click(view.newLine);
        BudgetLineDialog create = _get(BudgetLineDialog.class);
        create.code.setValue("CT3");
        create.label.setValue("Politique de la ville");
        create.envelope.setValue("100 000");
        _click(create.save);
        assertThat(StaffUi.rows(view.lines)).extracting(row -> row.getFirst()).containsExactly("CT1", "CT2", "CT3");
        assertThat(StaffUi.rows(view.lines).get(2).subList(1, 4)).containsExactly("Politique de la ville",
                "100" + NBSP + "000,00" + NBSP + "€", "Non adopté");

        _click(lineButton(view, 2, "line-rename"));
        BudgetLineDialog rename = _get(BudgetLineDialog.class);
        rename.label.setValue("Politique de la ville et quartiers");
        _click(rename.save);
        assertThat(StaffUi.rows(view.lines).get(2).get(1)).isEqualTo("Politique de la ville et quartiers");

        _click(lineButton(view, 2, "line-adopt"));
        var confirm = _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(confirm);
        assertThat(StaffUi.rows(view.lines).get(2).get(3)).isEqualTo("Adopté");
        assertThat(app.budgetLines.findByCode(app.funders.findTheFunder().orElseThrow().value().id(), "CT3").orElseThrow()
                .value().budgetAdopted(Y2020)).isTrue();
    }

    @Test
    void the_funder_signatories_are_added_and_removed_then_saved_with_the_version_shown() {
        seed.setUpParties();
        AdministrationView view = open();
        FunderForm form = view.funderForm;
        assertThat(form.name.getValue()).isEqualTo("Métropole Aix-Marseille-Provence");
        List<Signatory> before = app.funders.findTheFunder().orElseThrow().value().signatories();

        form.signatoryName.setValue("Martine VASSAL");
        form.signatoryFunction.setValue("Présidente");
        _click(form.addSignatory);
        _click(_get((com.vaadin.flow.component.Component) GridKt._getCellComponent(form.signatories, 0, "actions"), Button.class));
        _click(form.save);

        List<Signatory> after = app.funders.findTheFunder().orElseThrow().value().signatories();
        assertThat(after).extracting(Signatory::name).containsExactly("Martine VASSAL");
        assertThat(after).doesNotContain(before.getFirst());
        assertThat(view.funderForm.signatories.getListDataView().getItems().map(Signatory::name).toList())
                .as("reloaded after saving").containsExactly("Martine VASSAL");
    }

    @Test
    void a_funder_siret_with_a_wrong_check_digit_is_a_field_error() {
        seed.setUpParties();
        AdministrationView view = open();
        Map<String, Object> before = app.snapshot();

        view.funderForm.siret.setValue("200 054 807 00018");
        _click(view.funderForm.save);

        assertThat(view.funderForm.siret.isInvalid()).isTrue();
        assertThat(view.funderForm.siret.getErrorMessage())
                .isEqualTo("SIRET du financeur : clé de contrôle (Luhn) invalide pour « 20005480700018 »");
        assertThat(app.snapshot()).isEqualTo(before);
    }

    @Test
    void x1_the_scdl_export_of_the_year_contains_the_seed_once_signed() throws IOException {
        seed.signed();
        AdministrationView view = open();

        Download download = download(view, 2020);

        assertThat(download.fileName()).isEqualTo("subventions-200054807-2020.csv");
        String[] lines = download.body().split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("nomAttribuant,idAttribuant,dateConvention");
        assertThat(lines[1]).startsWith("Métropole Aix-Marseille-Provence,20005480700017,2020-02-03,")
                .contains("POLE SOLUTIONS COMMUNICANTES SÉCURISÉES (SCS)", "99999999800019", "W139999999", ",80000");
        assertThat(view.download.getElement().getText()).isEqualTo("Télécharger les subventions 2020 (CSV)");
    }

    @Test
    void x1_the_demo_year_2020_is_offered_years_later_among_the_years_with_a_signed_agreement() throws IOException {
        seed.signed();
        app.clock.setToday(LocalDate.of(2026, 12, 1));
        AdministrationView view = open();

        assertThat(view.exportYear.getListDataView().getItems().toList()).containsExactly(2020);
        assertThat(view.exportYear.getValue()).isEqualTo(2020);
        assertThat(view.exportReport.getElement().getTextRecursively()).isEqualTo("Le fichier 2020 compte 1 subvention(s) publiée(s).");
        assertThat(download(view, 2020).body().split("\r\n")).hasSize(2);
    }

    @Test
    void x1_an_agreement_that_cannot_be_published_is_listed_with_its_reason_and_the_others_are_published() throws IOException {
        seed.signed();
        var association = app.registerAssociation.register(new fr.conventio.application.association.RegisterAssociationCommand(
                new fr.conventio.application.association.AssociationData("Les Amis du Quartier",
                        fr.conventio.domain.party.PostalAddress.of("1 rue de la Paix", "13001", "Marseille"),
                        fr.conventio.domain.party.Representative.of(null, "Jeanne Martin", "Présidente"), null, null,
                        fr.conventio.domain.party.FiscalYear.CALENDAR, Amount.of(50_000), null))).id();
        var t = seed.seedTerms();
        var draft = app.createDraftAgreement.create(new fr.conventio.application.drafting.CreateDraftAgreementCommand(
                new fr.conventio.application.drafting.AgreementTerms(fr.conventio.domain.agreement.AgreementReference.of("ECO-2020-QUARTIER"),
                        association, t.signatory(), fr.conventio.domain.party.Representative.of(null, "Jeanne Martin", "Présidente"), Y2020,
                        t.object(), t.programme(), t.forecastBudget(),
                        fr.conventio.domain.agreement.Subsidy.onSingleLine(seed.ct1(), Amount.of(40_000)), t.paymentTerms())));
        // a manager other than the drafter approves it (separation of duties)
        app.as(InMemoryConventio.MANAGER, () -> app.approveAgreement.approve(new fr.conventio.application.lifecycle.ApproveAgreementCommand(
                draft.agreementId(), draft.version(), fr.conventio.domain.agreement.AgreementFixtures.seedDeliberation())));
        app.signAgreement.sign(new fr.conventio.application.lifecycle.SignAgreementCommand(draft.agreementId(),
                app.agreements.findById(draft.agreementId()).orElseThrow().version(), LocalDate.of(2020, 2, 10)));
        AdministrationView view = open();

        assertThat(view.exportReport.getElement().getTextRecursively()).contains("Le fichier 2020 compte 1 subvention(s) publiée(s).",
                "1 convention(s) signée(s) au-delà de 23 000 € ne peuvent pas être publiées",
                "ECO-2020-QUARTIER (Les Amis du Quartier) : l'association n'a ni SIRET ni numéro RNA (l'un des deux est requis) : "
                        + "renseignez-le sur sa fiche.");
        assertThat(download(view, 2020).body().split("\r\n")).hasSize(2);
    }

    @Test
    void the_funder_form_caps_every_text_field() {
        seed.setUpParties();
        AdministrationView view = open();

        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(view.funderForm, com.vaadin.flow.component.textfield.TextField.class))
                .isNotEmpty().allSatisfy(field -> assertThat(field.getMaxLength()).as(field.getLabel()).isPositive());
        assertThat(view.funderForm.name.getMaxLength()).isEqualTo(200);
        assertThat(view.funderForm.signatoryDelegation.getMaxLength()).isEqualTo(300);
    }

    @Test
    void x1_before_signature_the_export_has_no_row() throws IOException {
        seed.setUpParties();
        seed.createDraft();
        seed.approve();
        AdministrationView view = open();

        String[] lines = download(view, 2020).body().split("\r\n");

        assertThat(lines).hasSize(1);
        assertThat(lines[0]).startsWith("nomAttribuant,");
    }

    private record Download(String fileName, String body) {
    }

    private static Download download(AdministrationView view, int year) throws IOException {
        FakeResponse fake = new FakeResponse();
        VaadinServletResponse response = new VaadinServletResponse(fake, (VaadinServletService) VaadinService.getCurrent());
        view.openDataDownload(year).handleDownloadRequest(new DownloadEvent(VaadinRequest.getCurrent(), response,
                VaadinSession.getCurrent(), view.download.getElement()));
        assertThat(fake.getStatus()).isEqualTo(200);
        String disposition = fake.getHeader("Content-Disposition");
        String fileName = disposition.replaceFirst(".*filename=\"?([^\";]+)\"?.*", "$1");
        return new Download(fileName, fake.getBuffer().toString(StandardCharsets.UTF_8));
    }
}
