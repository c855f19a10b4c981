package fr.conventio.adapters.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.port.out.SubmissionKeysPort;
import fr.conventio.application.shared.SubmissionKey;

import org.junit.jupiter.api.Test;

/** What every {@link SubmissionKeysPort} does: a key is claimed once; a replay is answered the first result. */
public abstract class SubmissionKeysContract {

    /** An empty store of submission keys. */
    protected abstract SubmissionKeysPort keys();

    @Test
    void a_new_key_is_claimed_then_a_replay_gets_the_first_result() {
        SubmissionKey key = SubmissionKey.newKey();

        assertThat(keys().claim(key, "RegisterAssociationUseCase")).isEmpty();
        keys().complete(key, "RegisterAssociationUseCase", new SubmissionKeysPort.Result("7f1c", 3));

        assertThat(keys().claim(key, "RegisterAssociationUseCase")).contains(new SubmissionKeysPort.Result("7f1c", 3));
        assertThat(keys().claim(key, "RegisterAssociationUseCase")).as("every replay").contains(new SubmissionKeysPort.Result("7f1c", 3));
    }

    @Test
    void two_keys_are_two_submissions() {
        SubmissionKey first = SubmissionKey.newKey();
        SubmissionKey second = SubmissionKey.newKey();
        keys().claim(first, "RecordPaymentUseCase");
        keys().complete(first, "RecordPaymentUseCase", new SubmissionKeysPort.Result("a", 1));

        assertThat(keys().claim(second, "RecordPaymentUseCase")).isEmpty();
    }

    @Test
    void a_key_belongs_to_one_use_case() {
        SubmissionKey key = SubmissionKey.newKey();
        keys().claim(key, "RecordPaymentUseCase");
        keys().complete(key, "RecordPaymentUseCase", new SubmissionKeysPort.Result("a", 1));

        assertThatThrownBy(() -> keys().claim(key, "CreateDraftAgreementUseCase")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("RecordPaymentUseCase");
    }
}
