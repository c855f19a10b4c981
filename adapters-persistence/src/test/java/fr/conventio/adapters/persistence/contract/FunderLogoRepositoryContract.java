package fr.conventio.adapters.persistence.contract;

import fr.conventio.application.port.out.FunderLogoRepository;
import fr.conventio.application.port.out.FunderLogoRepository.FunderLogoRecord;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** What every {@link FunderLogoRepository} does: at most one logo, replaced by the next, removed; which document it refers to. */
public abstract class FunderLogoRepositoryContract {

    private static final Instant UPLOADED = Instant.parse("2026-12-02T10:15:30.123456Z");

    /** An empty store of the funder's logo. */
    protected abstract FunderLogoRepository logos();

    /** The id of a document kept by the document storage (the logo's file). */
    protected abstract String aStoredDocument();

    private FunderLogoRecord logo(String documentId, String name) {
        return new FunderLogoRecord(documentId, name, "image/png", 2048, 240, 80, UPLOADED, "admin.test");
    }

    @Test
    void no_logo_until_one_is_uploaded_then_it_is_given_back_as_recorded() {
        FunderLogoRepository logos = logos();
        assertThat(logos.current()).isEmpty();
        String document = aStoredDocument();

        logos.replace(logo(document, "logo-metropole.png"));

        assertThat(logos.current()).contains(logo(document, "logo-metropole.png"));
        assertThat(logos.refersTo(document)).isTrue();
    }

    @Test
    void the_next_upload_replaces_the_logo_and_the_previous_file_is_no_longer_referred_to() {
        FunderLogoRepository logos = logos();
        String first = aStoredDocument();
        String second = aStoredDocument();
        logos.replace(logo(first, "ancien.png"));

        logos.replace(logo(second, "nouveau.png"));

        assertThat(logos.current()).contains(logo(second, "nouveau.png"));
        assertThat(logos.refersTo(first)).isFalse();
        assertThat(logos.refersTo(second)).isTrue();
    }

    @Test
    void once_removed_there_is_no_logo_and_removing_again_changes_nothing() {
        FunderLogoRepository logos = logos();
        String document = aStoredDocument();
        logos.replace(logo(document, "logo.png"));

        logos.remove();
        logos.remove();

        assertThat(logos.current()).isEmpty();
        assertThat(logos.refersTo(document)).isFalse();
    }
}
