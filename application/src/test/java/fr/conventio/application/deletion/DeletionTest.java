package fr.conventio.application.deletion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.association.AssociationData;
import fr.conventio.application.association.DeleteAssociationCommand;
import fr.conventio.application.association.RegisterAssociationCommand;
import fr.conventio.application.drafting.DeleteDraftAgreementCommand;
import fr.conventio.application.drafting.DraftAgreementSaved;
import fr.conventio.application.fakes.InMemoryConventio;
import fr.conventio.application.fakes.SeedSteps;
import fr.conventio.application.security.Roles;
import fr.conventio.application.security.UseCasePermissions;
import fr.conventio.application.association.DeleteAssociationUseCase;
import fr.conventio.application.drafting.DeleteDraftAgreementUseCase;
import fr.conventio.application.shared.ConcurrentUpdateException;
import fr.conventio.application.shared.Deletion;
import fr.conventio.application.shared.Saved;
import fr.conventio.application.shared.SubmissionKey;
import fr.conventio.domain.agreement.AgreementFixtures;
import fr.conventio.domain.shared.AssociationId;
import fr.conventio.domain.shared.DomainException;
import fr.conventio.domain.shared.IllegalTransitionException;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Issue 9: staff delete a draft agreement, or an association nothing refers to; deleting twice is an answer, not an error. */
class DeletionTest {

    final InMemoryConventio app = new InMemoryConventio(LocalDate.of(2020, 1, 6));
    final SeedSteps seed = new SeedSteps(app);

    @Test
    void a_draft_is_deleted_with_its_account_figures_and_a_second_deletion_says_already_deleted() {
        seed.setUpParties();
        DraftAgreementSaved draft = seed.createDraft();
        assertThat(app.accounts.findByAgreement(draft.agreementId())).isPresent();

        Deletion first = app.deleteDraftAgreement.delete(new DeleteDraftAgreementCommand(draft.agreementId(), draft.version()));
        Deletion second = app.deleteDraftAgreement.delete(new DeleteDraftAgreementCommand(draft.agreementId(), draft.version()));

        assertThat(first).isEqualTo(Deletion.DELETED);
        assertThat(second).isEqualTo(Deletion.ALREADY_DELETED);
        assertThat(app.agreements.findById(draft.agreementId())).isEmpty();
        assertThat(app.accounts.findByAgreement(draft.agreementId())).isEmpty();
    }

    @Test
    void a_draft_seen_at_an_older_version_is_not_deleted() {
        seed.setUpParties();
        DraftAgreementSaved draft = seed.createDraft();
        app.editDraftAgreement.edit(new fr.conventio.application.drafting.EditDraftAgreementCommand(draft.agreementId(), draft.version(),
                seed.seedTerms()));

        assertThatThrownBy(() -> app.deleteDraftAgreement.delete(new DeleteDraftAgreementCommand(draft.agreementId(), draft.version())))
                .isInstanceOf(ConcurrentUpdateException.class)
                .hasMessageContaining("modifié entre-temps");
        assertThat(app.agreements.findById(draft.agreementId())).isPresent();
    }

    @Test
    void an_approved_agreement_is_never_deleted_and_nothing_is_written() {
        seed.setUpParties();
        seed.createDraft();
        seed.approve();
        Map<String, Object> before = app.snapshot();

        assertThatThrownBy(() -> app.deleteDraftAgreement.delete(new DeleteDraftAgreementCommand(seed.agreementId(), seed.version())))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("n'est plus un brouillon");
        assertThat(app.snapshot()).isEqualTo(before);
    }

    @Test
    void a_dry_run_of_the_deletion_decides_and_deletes_nothing() {
        seed.setUpParties();
        DraftAgreementSaved draft = seed.createDraft();

        var outcome = app.dryRun.dryRun(() -> app.deleteDraftAgreement.delete(new DeleteDraftAgreementCommand(draft.agreementId(), draft.version())));

        assertThat(outcome.refusalFound()).isEmpty();
        assertThat(app.agreements.findById(draft.agreementId())).isPresent();
    }

    @Test
    void an_association_with_an_agreement_is_not_deleted() {
        seed.setUpParties();
        seed.createDraft();
        long version = app.associations.findById(seed.associationId()).orElseThrow().version();

        assertThatThrownBy(() -> app.deleteAssociation.delete(new DeleteAssociationCommand(seed.associationId(), version)))
                .isInstanceOf(DomainException.class)
                .hasMessage("Cette association a des conventions : elle ne peut pas être supprimée.");
        assertThat(app.associations.findById(seed.associationId())).isPresent();
    }

    @Test
    void an_association_nothing_refers_to_is_deleted_once_and_a_second_deletion_says_already_deleted() {
        Saved<AssociationId> saved = register();

        assertThat(app.deleteAssociation.delete(new DeleteAssociationCommand(saved.id(), saved.version()))).isEqualTo(Deletion.DELETED);
        assertThat(app.deleteAssociation.delete(new DeleteAssociationCommand(saved.id(), saved.version()))).isEqualTo(Deletion.ALREADY_DELETED);
        assertThat(app.associations.findById(saved.id())).isEmpty();
    }

    @Test
    void an_association_seen_at_an_older_version_is_not_deleted() {
        Saved<AssociationId> saved = register();
        app.updateAssociation.update(new fr.conventio.application.association.UpdateAssociationCommand(saved.id(), saved.version(),
                SeedSteps.associationData(AgreementFixtures.seedAssociation())));

        assertThatThrownBy(() -> app.deleteAssociation.delete(new DeleteAssociationCommand(saved.id(), saved.version())))
                .isInstanceOf(ConcurrentUpdateException.class);
        assertThat(app.associations.findById(saved.id())).isPresent();
    }

    @Test
    void case_officers_and_managers_delete_others_do_not() {
        for (Class<?> useCase : List.of(DeleteDraftAgreementUseCase.class, DeleteAssociationUseCase.class)) {
            assertThat(UseCasePermissions.rolesFor(useCase)).containsExactlyInAnyOrder(Roles.INSTRUCTEUR, Roles.RESPONSABLE);
        }
    }

    private Saved<AssociationId> register() {
        AssociationData data = SeedSteps.associationData(AgreementFixtures.seedAssociation());
        return app.registerAssociation.register(new RegisterAssociationCommand(data, SubmissionKey.newKey()));
    }
}
