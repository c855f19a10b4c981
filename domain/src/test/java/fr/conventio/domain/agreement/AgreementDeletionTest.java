package fr.conventio.domain.agreement;

import static fr.conventio.domain.agreement.AgreementFixtures.approvedSeedAgreement;
import static fr.conventio.domain.agreement.AgreementFixtures.seedAgreement;
import static fr.conventio.domain.agreement.AgreementFixtures.signedSeedAgreement;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.domain.shared.IllegalTransitionException;

import org.junit.jupiter.api.Test;

/** Issue 9: only a draft may be deleted; an approved or signed agreement stays on file. */
class AgreementDeletionTest {

    @Test
    void a_draft_may_be_deleted() {
        assertThatCode(() -> seedAgreement().requireDeletable()).doesNotThrowAnyException();
    }

    @Test
    void an_approved_agreement_is_never_deleted_and_the_refusal_names_its_state() {
        Agreement approved = approvedSeedAgreement();
        assertThatThrownBy(approved::requireDeletable)
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining(approved.reference().value())
                .hasMessageContaining("n'est plus un brouillon")
                .hasMessageContaining(AgreementStatus.APPROVED.label())
                .hasMessageContaining("ne peut pas être supprimée");
    }

    @Test
    void a_signed_agreement_is_never_deleted() {
        assertThatThrownBy(signedSeedAgreement()::requireDeletable)
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining(AgreementStatus.SIGNED.label());
    }
}
