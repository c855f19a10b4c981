package fr.conventio.adapters.web.ui.agreement;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.domain.obligation.ObligationType;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The agreement page's dialogs cap every free text at the domain's limit, count long ones and refuse more in French. */
class FormLimitsTest extends AgreementPageTestBase {

    private static final byte[] PDF = "%PDF-1.7 compte rendu financier".getBytes(StandardCharsets.UTF_8);

    @Test
    void the_rejection_reason_is_capped_at_2000_characters_counted_as_typed_and_a_longer_one_is_refused_before_anything_is_stored() {
        seed.signed();
        app.clock.setToday(LocalDate.of(2021, 5, 10));
        openAs("claire.instructrice", "INSTRUCTEUR");
        tab("Obligations");
        int row = row(ObligationType.FINANCIAL_REPORT);
        clickInRow("obligations-grid", row, "Déposer une pièce");
        UploadKt._upload(_get(dialog(), Upload.class), "crf-2020.pdf", "application/pdf", PDF);
        submit();
        clickInRow("obligations-grid", row, "Rejeter");
        TextArea reason = _get(dialog(), TextArea.class, s -> s.withId("review-reason"));

        assertThat(reason.getMaxLength()).isEqualTo(2_000);
        assertThat(reason.getHelperText()).isEqualTo("0 / 2\u00A0000 caractères");
        reason.setValue("Non signé");
        assertThat(reason.getHelperText()).isEqualTo("9 / 2\u00A0000 caractères");

        Map<String, Object> before = app.snapshot();
        reason.setValue("x".repeat(2_001));
        submit();

        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Motif du rejet (communiqué à l'association) : 2\u00A0000 caractères au plus");
        assertThat(reason.getHelperText()).isEqualTo("2\u00A0001 / 2\u00A0000 caractères");
        assertThat(_find(ConfirmDialog.class)).as("no confirmation of an over-long reason").isEmpty();
        assertThat(app.snapshot()).isEqualTo(before);
    }

    @Test
    void every_text_field_of_the_dialogs_of_the_page_is_bounded() {
        List<String> unbounded = new ArrayList<>();
        seed.setUpParties();
        seed.createDraft();
        openAs("marie.responsable", "RESPONSABLE");
        unbounded.addAll(unboundedFieldsOf("action-approve"));
        seed.approve();
        seed.sign();
        openAs("marie.responsable", "RESPONSABLE");
        tab("Avenants");
        unbounded.addAll(unboundedFieldsOf("amendments-create"));
        tab("Contrôle et évaluation");
        unbounded.addAll(unboundedFieldsOf("control-send-notice"));
        unbounded.addAll(unboundedFieldsOf("control-record-decision"));
        unbounded.addAll(unboundedFieldsOf("control-record-meeting"));
        tab("Obligations");
        clickInRow("obligations-grid", row(ObligationType.INSURANCE_CERTIFICATE), "Lever");
        unbounded.addAll(unboundedFieldsOfTheDialog("Lever"));
        openAs("paul.finances", "FINANCES");
        tab("Versements");
        unbounded.addAll(unboundedFieldsOf("payments-record"));

        assertThat(unbounded).isEmpty();
    }

    /** Opens the dialog of {@code buttonId}, lists its unbounded text fields, closes it. */
    private List<String> unboundedFieldsOf(String buttonId) {
        click(buttonId);
        return unboundedFieldsOfTheDialog(buttonId);
    }

    private List<String> unboundedFieldsOfTheDialog(String what) {
        List<String> unbounded = new ArrayList<>();
        List<Component> fields = new ArrayList<>(_find(dialog(), TextField.class));
        fields.addAll(_find(dialog(), TextArea.class));
        assertThat(fields).as("the dialog of %s has text fields", what).isNotEmpty();
        for (Component field : fields) {
            double max = field instanceof TextField t ? t.getMaxLength() : ((TextArea) field).getMaxLength();
            if (max <= 0) {
                unbounded.add(what + " : " + (field instanceof TextField t ? t.getLabel() : ((TextArea) field).getLabel()));
            }
        }
        click("dialog-cancel");
        return unbounded;
    }
}
