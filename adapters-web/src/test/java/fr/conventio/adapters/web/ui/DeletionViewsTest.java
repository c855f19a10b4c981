package fr.conventio.adapters.web.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.adapters.web.ui.association.AssociationListView;
import fr.conventio.adapters.web.ui.association.AssociationView;
import fr.conventio.application.association.AssociationData;
import fr.conventio.application.association.RegisterAssociationCommand;
import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.security.Roles;
import fr.conventio.application.shared.Saved;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.domain.party.FiscalYear;
import fr.conventio.domain.party.PostalAddress;
import fr.conventio.domain.party.Representative;
import fr.conventio.domain.shared.Amount;
import fr.conventio.domain.shared.AssociationId;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouteParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

/**
 * Issue 9: « Supprimer le brouillon » on a draft's page and « Supprimer l'association » on an association's page,
 * confirmed in a dialog that names what is deleted, then back to the list with a notification; refused (disabled,
 * with a tooltip saying why) for an association agreements refer to; not offered to readers.
 */
class DeletionViewsTest {

    private final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 1, 6));
    private final SeedSteps seed = new SeedSteps(app);

    @AfterEach
    void tearDown() {
        StaffUi.stop();
    }

    @Test
    void a_case_officer_deletes_a_draft_after_confirming_and_lands_on_the_list() {
        seed.setUpParties();
        seed.createDraft();
        StaffUi.start(app, "instructeur.test", Roles.INSTRUCTEUR);
        UI.getCurrent().navigate("conventions/" + seed.agreementId());

        _click(_get(Button.class, spec -> spec.withId("action-delete-draft")));
        ConfirmDialog dialog = openConfirmation();

        assertThat(dialog.getId()).contains("draft-delete-dialog");
        assertThat(ConfirmDialogKt._getText(dialog)).contains("ECO-2020-SCS").contains("définitive");
        assertThat(dialog.getElement().getProperty("cancelText")).isEqualTo("Annuler");
        assertThat(app.agreements.findById(seed.agreementId())).as("nothing deleted before the confirmation").isPresent();

        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(app.agreements.findById(seed.agreementId())).isEmpty();
        assertThat(_find(AgreementListView.class)).hasSize(1);
        assertThat(lastNotification()).isEqualTo("Le brouillon ECO-2020-SCS a été supprimé.");
    }

    @Test
    void a_draft_deleted_meanwhile_is_answered_already_deleted_without_an_error() {
        seed.setUpParties();
        seed.createDraft();
        StaffUi.start(app, "instructeur.test", Roles.INSTRUCTEUR);
        UI.getCurrent().navigate("conventions/" + seed.agreementId());
        _click(_get(Button.class, spec -> spec.withId("action-delete-draft")));
        ConfirmDialog dialog = openConfirmation();

        app.deleteDraftAgreement.delete(new fr.conventio.application.drafting.DeleteDraftAgreementCommand(seed.agreementId(), seed.version()));
        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(_find(AgreementListView.class)).hasSize(1);
        assertThat(lastNotification()).isEqualTo("Le brouillon ECO-2020-SCS a déjà été supprimé.");
    }

    @Test
    void an_approved_agreement_offers_no_deletion_and_readers_are_never_offered_one() {
        seed.setUpParties();
        seed.createDraft();
        StaffUi.start(app, "lecture.test", Roles.LECTURE);
        UI.getCurrent().navigate("conventions/" + seed.agreementId());
        assertThat(_find(Button.class, spec -> spec.withId("action-delete-draft"))).isEmpty();
        StaffUi.stop();

        seed.approve();
        StaffUi.start(app, "marie.responsable", Roles.RESPONSABLE);
        UI.getCurrent().navigate("conventions/" + seed.agreementId());
        assertThat(_find(Button.class, spec -> spec.withId("action-delete-draft"))).isEmpty();
    }

    @Test
    void an_association_with_an_agreement_cannot_be_deleted_and_the_tooltip_says_why() {
        seed.setUpParties();
        seed.createDraft();
        StaffUi.start(app, "instructeur.test", Roles.INSTRUCTEUR);

        AssociationView page = openAssociation(seed.associationId());

        assertThat(deleteAssociationButton().isVisible()).isTrue();
        assertThat(deleteAssociationButton().isEnabled()).isFalse();
        assertThat(deleteAssociationButton().getTooltip().getText()).isEqualTo("Cette association a des conventions : elle ne peut pas être supprimée.");
    }

    @Test
    void an_association_nothing_refers_to_is_deleted_after_confirming_naming_it() {
        seed.setUpParties();
        Saved<AssociationId> saved = app.registerAssociation.register(new RegisterAssociationCommand(new AssociationData("Les Amis du Vieux-Port",
                PostalAddress.of("1 rue de la Paix", "13001", "Marseille"), Representative.of(null, "Jeanne Martin", "Présidente"),
                null, null, FiscalYear.CALENDAR, Amount.of(50_000), null), SubmissionKey.newKey()));
        StaffUi.start(app, "instructeur.test", Roles.INSTRUCTEUR);
        AssociationView page = openAssociation(saved.id());
        assertThat(deleteAssociationButton().isEnabled()).isTrue();

        _click(deleteAssociationButton());
        ConfirmDialog dialog = openConfirmation();
        assertThat(dialog.getId()).contains("association-delete-dialog");
        assertThat(ConfirmDialogKt._getText(dialog)).contains("« Les Amis du Vieux-Port »");
        ConfirmDialogKt._fireConfirm(dialog);

        assertThat(app.associations.findById(saved.id())).isEmpty();
        assertThat(_find(AssociationListView.class)).hasSize(1);
        assertThat(lastNotification()).isEqualTo("L'association « Les Amis du Vieux-Port » a été supprimée.");
    }

    @Test
    void readers_are_not_offered_to_delete_an_association() {
        seed.setUpParties();
        StaffUi.start(app, "lecture.test", Roles.LECTURE);

        openAssociation(seed.associationId());

        assertThat(_find(Button.class, spec -> spec.withId("association-delete"))).as("not shown").isEmpty();
    }

    private AssociationView openAssociation(AssociationId id) {
        UI.getCurrent().navigate(AssociationView.class, new RouteParameters(AssociationView.ID, id.toString()));
        return _get(AssociationView.class);
    }

    private static Button deleteAssociationButton() {
        return _get(Button.class, spec -> spec.withId("association-delete"));
    }

    private static ConfirmDialog openConfirmation() {
        List<ConfirmDialog> open = _find(ConfirmDialog.class).stream().filter(ConfirmDialog::isOpened).toList();
        assertThat(open).hasSize(1);
        return open.getFirst();
    }

    private static String lastNotification() {
        List<Notification> all = NotificationsKt.getNotifications();
        return StaffUi.notificationText(all.getLast());
    }
}
