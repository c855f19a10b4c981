package fr.conventio.adapters.web.ui.association;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.adapters.web.ui.StaffUi;
import fr.conventio.application.association.AssociationData;
import fr.conventio.application.association.AssociationSummary;
import fr.conventio.application.association.RegisterAssociationCommand;
import fr.conventio.application.association.UpdateAssociationCommand;
import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.security.Roles;
import fr.conventio.domain.party.FiscalYear;
import fr.conventio.domain.party.PostalAddress;
import fr.conventio.domain.party.Representative;
import fr.conventio.domain.shared.Amount;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The associations list, registration and page, on the whole application (in-memory fakes) with the seed. */
class AssociationViewsTest {

    private static final String SCS = "POLE SOLUTIONS COMMUNICANTES SÉCURISÉES (SCS)";
    private static final String NBSP = "\u00A0";

    private final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 1, 6));
    private final SeedSteps seed = new SeedSteps(app);

    @AfterEach
    void tearDown() {
        StaffUi.stop();
    }

    private void register(String name, String city) {
        app.registerAssociation.register(new RegisterAssociationCommand(new AssociationData(name,
                PostalAddress.of("1 rue de la Paix", "13001", city), Representative.of(null, "Jeanne Martin", "Présidente"),
                null, null, FiscalYear.CALENDAR, Amount.of(50_000), null)));
    }

    private AssociationListView openList(String role) {
        StaffUi.start(app, "agent.test", role);
        UI.getCurrent().navigate(AssociationListView.class);
        return _get(AssociationListView.class);
    }

    @Test
    void the_list_shows_the_seed_association_with_its_agreement_and_the_voted_total() {
        seed.signed();

        AssociationListView view = openList(Roles.LECTURE);

        assertThat(StaffUi.rows(view.grid)).containsExactly(List.of(SCS, "999" + NBSP + "999" + NBSP + "998" + NBSP + "00019",
                "W139999999", "Rousset", "1", "80" + NBSP + "000,00" + NBSP + "€"));
        assertThat(view.count.getText()).isEqualTo("1 association(s)");
    }

    @Test
    void the_text_filter_searches_in_the_database_and_updates_the_count() {
        seed.setUpParties();
        register("Amis du Vieux-Port", "Marseille");
        register("Théâtre du Port", "Marseille");
        AssociationListView view = openList(Roles.LECTURE);
        assertThat(view.count.getText()).isEqualTo("3 association(s)");

        view.filter.setValue("vieux");

        assertThat(StaffUi.rows(view.grid)).extracting(row -> row.getFirst()).containsExactly("Amis du Vieux-Port");
        assertThat(view.count.getText()).isEqualTo("1 association(s)");

        view.filter.setValue("999 999 998");
        assertThat(StaffUi.rows(view.grid)).extracting(row -> row.getFirst()).containsExactly(SCS);
    }

    @Test
    void the_search_and_sort_go_to_the_address_and_an_address_opens_the_same_list() {
        seed.setUpParties();
        register("Amis du Vieux-Port", "Marseille");
        register("Théâtre du Port", "Aix-en-Provence");
        AssociationListView view = openList(Roles.LECTURE);
        assertThat(view.urlParameters()).isEmpty();
        view.filter.setValue("port");
        @SuppressWarnings("unchecked")
        Grid.Column<AssociationSummary> city = view.grid.getColumnByKey("city");
        view.grid.sort(GridSortOrder.desc(city).build());
        assertThat(view.urlParameters()).containsExactly(java.util.Map.entry("recherche", "port"), java.util.Map.entry("tri", "city"),
                java.util.Map.entry("ordre", "desc"));

        UI.getCurrent().navigate(AssociationListView.class, com.vaadin.flow.router.QueryParameters.simple(view.urlParameters()));
        AssociationListView shared = _get(AssociationListView.class);

        assertThat(shared.filter.getValue()).isEqualTo("port");
        assertThat(StaffUi.rows(shared.grid)).extracting(row -> row.getFirst()).containsExactly("Amis du Vieux-Port", "Théâtre du Port");
        assertThat(shared.urlParameters()).containsEntry("tri", "city").containsEntry("ordre", "desc");
    }

    @Test
    void pages_are_fetched_from_the_use_case_by_offset_and_sorted_as_the_grid_asks() {
        seed.setUpParties();
        register("Amis du Vieux-Port", "Marseille");
        register("Théâtre du Port", "Aix-en-Provence");
        AssociationListView view = openList(Roles.LECTURE);
        view.grid.setPageSize(2);

        List<AssociationSummary> secondPage = GridKt._fetch(view.grid, 2, 2);
        assertThat(secondPage).extracting(AssociationSummary::name).containsExactly("Théâtre du Port");
        assertThat(GridKt._size(view.grid)).isEqualTo(3);

        @SuppressWarnings("unchecked")
        Grid.Column<AssociationSummary> city = view.grid.getColumnByKey("city");
        view.grid.sort(GridSortOrder.desc(city).build());
        assertThat(StaffUi.rows(view.grid)).extracting(row -> row.get(3)).containsExactly("Rousset", "Marseille", "Aix-en-Provence");
    }

    @Test
    void a_wrong_siret_check_digit_is_a_field_error_and_nothing_is_saved() {
        seed.setUpParties();
        AssociationListView view = openList(Roles.INSTRUCTEUR);
        Map<String, Object> before = app.snapshot();

        _click(view.create);
        AssociationDialog dialog = _get(AssociationDialog.class);
        fillValidAssociation(dialog.form);
        dialog.form.siret.setValue("999 999 998 00018");
        _click(dialog.save);
        MockVaadin.clientRoundtrip(false); // the answer reached the browser

        assertThat(dialog.form.siret.isInvalid()).isTrue();
        assertThat(dialog.form.siret.getErrorMessage()).isEqualTo("SIRET : clé de contrôle (Luhn) invalide pour « 99999999800018 »");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.form.name.getValue()).as("what was typed stays").isEqualTo("Les Amis du Vieux-Port");
        assertThat(app.snapshot()).isEqualTo(before);
    }

    @Test
    void every_text_field_of_the_registration_is_capped_and_a_name_too_long_is_refused_naming_the_limit() {
        seed.setUpParties();
        AssociationListView view = openList(Roles.INSTRUCTEUR);
        Map<String, Object> before = app.snapshot();
        assertThat(view.filter.getMaxLength()).isEqualTo(200);
        _click(view.create);
        AssociationDialog dialog = _get(AssociationDialog.class);

        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(dialog, com.vaadin.flow.component.textfield.TextField.class))
                .allSatisfy(field -> assertThat(field.getMaxLength()).as(field.getLabel()).isPositive());
        assertThat(dialog.form.name.getMaxLength()).isEqualTo(200);
        assertThat(dialog.form.addressLine.getMaxLength()).isEqualTo(200);
        assertThat(dialog.form.representativeFunction.getMaxLength()).isEqualTo(300);
        fillValidAssociation(dialog.form);
        dialog.form.name.setValue("n".repeat(201));
        _click(dialog.save);
        MockVaadin.clientRoundtrip(false); // the answer reached the browser

        assertThat(dialog.form.name.isInvalid()).isTrue();
        assertThat(dialog.form.name.getErrorMessage()).isEqualTo("Nom de l'association : 200 caractères au plus");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(app.snapshot()).isEqualTo(before);
    }

    @Test
    void a_wrong_postal_code_is_refused_by_the_domain_on_its_field_and_a_negative_budget_by_the_amount() {
        seed.setUpParties();
        AssociationListView view = openList(Roles.INSTRUCTEUR);
        Map<String, Object> before = app.snapshot();
        _click(view.create);
        AssociationDialog dialog = _get(AssociationDialog.class);
        fillValidAssociation(dialog.form);

        dialog.form.annualBudget.setValue("-5");
        _click(dialog.save);
        MockVaadin.clientRoundtrip(false); // the answer reached the browser
        assertThat(dialog.form.annualBudget.getErrorMessage())
                .isEqualTo("Budget annuel total : pas de signe moins, un montant ou un taux ne peut pas être négatif.");

        dialog.form.annualBudget.setValue("50 000,00");
        dialog.form.postalCode.setValue("1300");
        _click(dialog.save);
        MockVaadin.clientRoundtrip(false); // the answer reached the browser
        assertThat(dialog.form.postalCode.isInvalid()).isTrue();
        assertThat(dialog.form.postalCode.getErrorMessage()).isEqualTo("Code postal : un code postal comporte 5 chiffres : « 1300 »");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(app.snapshot()).isEqualTo(before);
    }

    @Test
    void a_second_association_of_the_same_name_without_siret_is_warned_about_before_it_is_registered() {
        seed.setUpParties();
        register("LES AMIS DU VIEUX-PORT", "Aix-en-Provence");
        AssociationListView view = openList(Roles.INSTRUCTEUR);
        _click(view.create);
        AssociationDialog dialog = _get(AssociationDialog.class);
        fillValidAssociation(dialog.form);

        _click(dialog.save);
        MockVaadin.clientRoundtrip(false); // the answer reached the browser (the button is enabled again)

        assertThat(dialog.isOpened()).as("nothing registered yet").isTrue();
        assertThat(dialog.warning.isVisible()).isTrue();
        assertThat(dialog.warning.getText()).isEqualTo("Une association du même nom existe déjà : LES AMIS DU VIEUX-PORT (Aix-en-Provence). "
                + "Vérifiez qu'il ne s'agit pas de la même ; si ce n'est pas le cas, cliquez sur « Enregistrer quand même ».");
        assertThat(dialog.save.getText()).isEqualTo("Enregistrer quand même");
        assertThat(app.associations.findAll()).hasSize(2);

        _click(dialog.save);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(app.associations.findAll()).as("registered once, when asked again").hasSize(3);
    }

    @Test
    void a_case_officer_registers_an_association_and_lands_on_its_page() {
        seed.setUpParties();
        AssociationListView view = openList(Roles.INSTRUCTEUR);
        _click(view.create);
        AssociationDialog dialog = _get(AssociationDialog.class);
        fillValidAssociation(dialog.form);
        dialog.form.siret.setValue("732 829 320 00074");
        _click(dialog.save);
        MockVaadin.clientRoundtrip(false); // the answer reached the browser

        assertThat(dialog.isOpened()).isFalse();
        AssociationView page = _get(AssociationView.class);
        assertThat(page.title.getText()).isEqualTo("Les Amis du Vieux-Port");
        assertThat(page.details().siret().value()).isEqualTo("73282932000074");
        assertThat(page.details().annualBudget()).isEqualTo(Amount.of("50000.00"));
        assertThat(app.searchAssociations.search(new fr.conventio.application.association.SearchAssociationsQuery("vieux",
                fr.conventio.application.shared.PageRequest.of(0, 10, "name", true))).totalElements()).isEqualTo(1);
    }

    @Test
    void read_only_staff_are_not_offered_registration_nor_edit() {
        seed.setUpParties();
        AssociationListView view = openList(Roles.LECTURE);
        assertThat(view.create.isVisible()).isFalse();

        UI.getCurrent().navigate(AssociationView.class, new RouteParameters(AssociationView.ID, seed.associationId().toString()));
        assertThat(_get(AssociationView.class).edit.isVisible()).isFalse();
    }

    @Test
    void the_page_shows_the_identity_the_agreements_with_links_and_the_documents_received() {
        seed.signed();
        seed.payAdvance();
        seed.acceptBalanceDocuments(LocalDate.of(2021, 5, 10), LocalDate.of(2021, 5, 20));
        StaffUi.start(app, "lecture.test", Roles.LECTURE);

        UI.getCurrent().navigate(AssociationView.class, new RouteParameters(AssociationView.ID, seed.associationId().toString()));
        AssociationView page = _get(AssociationView.class);

        assertThat(page.title.getText()).isEqualTo(SCS);
        assertThat(page.identity.getElement().getTextRecursively())
                .contains("999" + NBSP + "999" + NBSP + "998" + NBSP + "00019", "W139999999", "Rousset",
                        "1" + NBSP + "040" + NBSP + "335,00" + NBSP + "€", "Année civile");
        assertThat(StaffUi.rows(page.agreements)).containsExactly(List.of("ECO-2020-SCS", "2020", "80" + NBSP + "000,00" + NBSP + "€",
                "Signée"));
        assertThat(GridKt._getFormattedRow(page.agreements, 0).getFirst()).contains("href='conventions/" + seed.agreementId() + "'");
        assertThat(StaffUi.rows(page.documents)).hasSize(3).allSatisfy(row -> {
            assertThat(row.getFirst()).isEqualTo("ECO-2020-SCS");
            assertThat(row.get(3)).isEqualTo("10/05/2021");
            assertThat(row.get(4)).isEqualTo("Acceptée");
        });
        assertThat(StaffUi.rows(page.documents)).extracting(row -> row.get(2)).contains("final_income_statement.pdf");
    }

    @Test
    void an_edit_over_a_stale_version_is_refused_with_reload_and_keeps_what_was_typed() {
        seed.setUpParties();
        StaffUi.start(app, "instructeur.test", Roles.INSTRUCTEUR);
        UI.getCurrent().navigate(AssociationView.class, new RouteParameters(AssociationView.ID, seed.associationId().toString()));
        AssociationView page = _get(AssociationView.class);
        _click(page.edit);
        AssociationDialog dialog = _get(AssociationDialog.class);
        dialog.form.name.setValue("Pôle SCS");

        // meanwhile, a colleague changes the association's budget
        var stored = app.associations.findById(seed.associationId()).orElseThrow();
        AssociationData theirs = SeedSteps.associationData(stored.value());
        app.updateAssociation.update(new UpdateAssociationCommand(seed.associationId(), stored.version(), new AssociationData(
                theirs.name(), theirs.registeredAddress(), theirs.representative(), theirs.siret(), theirs.rna(), theirs.fiscalYear(),
                Amount.of(1_100_000), null)));
        _click(dialog.save);
        MockVaadin.clientRoundtrip(false); // the answer reached the browser

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.form.name.getValue()).isEqualTo("Pôle SCS");
        Notification stale = NotificationsKt.getNotifications().getLast();
        assertThat(stale.getElement().getTextRecursively()).contains("a été modifié entre-temps par un autre utilisateur");
        Button reload = _get(stale, Button.class, spec -> spec.withText("Recharger"));

        _click(reload);
        assertThat(dialog.isOpened()).isFalse();
        assertThat(page.details().annualBudget()).isEqualTo(Amount.of(1_100_000));
        assertThat(page.title.getText()).as("the colleague's version, not ours").isEqualTo(SCS);
    }

    @Test
    void the_contact_email_is_checked_on_its_field_then_registered_with_the_association() {
        seed.setUpParties();
        AssociationListView view = openList(Roles.INSTRUCTEUR);
        Map<String, Object> before = app.snapshot();
        _click(view.create);
        AssociationDialog dialog = _get(AssociationDialog.class);
        fillValidAssociation(dialog.form);
        assertThat(dialog.form.contactEmail.getLabel()).isEqualTo("Courriel de contact");
        dialog.form.contactEmail.setValue("contact@vieux-port");
        _click(dialog.save);
        MockVaadin.clientRoundtrip(false);

        assertThat(dialog.form.contactEmail.isInvalid()).isTrue();
        assertThat(dialog.form.contactEmail.getErrorMessage()).startsWith("Courriel de contact : adresse invalide");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(app.snapshot()).isEqualTo(before);

        dialog.form.contactEmail.setValue(" contact@vieux-port.fr ");
        _click(dialog.save);
        MockVaadin.clientRoundtrip(false);

        assertThat(dialog.isOpened()).isFalse();
        assertThat(_get(AssociationView.class).details().contactEmail()).hasToString("contact@vieux-port.fr");
    }

    private static void fillValidAssociation(AssociationForm form) {
        form.name.setValue("Les Amis du Vieux-Port");
        form.addressLine.setValue("1 quai du Port");
        form.postalCode.setValue("13002");
        form.city.setValue("Marseille");
        form.representativeName.setValue("Jeanne Martin");
        form.representativeFunction.setValue("Présidente");
        form.annualBudget.setValue("50 000,00");
    }
}
