package fr.conventio.adapters.web.ui.agreement;

import static com.github.mvysny.kaributesting.v10.HasValidationUtilsKt._expectInvalid;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.adapters.web.download.Downloads;
import fr.conventio.domain.obligation.ObligationType;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** "Obligations": evidence upload (checked by the server), download, accept, reject and waive with their reasons, lateness, roles. */
class ObligationsTabTest extends AgreementPageTestBase {

    private static final byte[] PDF = "%PDF-1.7 compte rendu financier".getBytes(StandardCharsets.UTF_8);

    @Test
    void a_file_of_a_type_not_accepted_is_refused_by_the_server_and_nothing_is_recorded() {
        seed.signed();
        app.clock.setToday(LocalDate.of(2021, 5, 10));
        openAs("claire.instructrice", "INSTRUCTEUR");
        tab("Obligations");
        int row = row(ObligationType.FINANCIAL_REPORT);
        clickInRow("obligations-grid", row, "Déposer une pièce");

        UploadKt._upload(_get(dialog(), Upload.class), "rapport.html", "text/html", "<html>".getBytes(StandardCharsets.UTF_8));
        assertThat(lastNotification()).isEqualTo(
                "fichier : « rapport.html » est de type « text/html », qui n'est pas accepté (PDF, JPEG, PNG, ODT, ODS, DOCX ou XLSX)");
        assertThat(text("evidence-received")).isEqualTo("Le fichier rapport.html n'a pas été accepté : déposez-en un autre.");
        submit();

        assertThat(_get(dialog(), Div.class, spec -> spec.withClasses("form-problem")).getText()).isEqualTo("Déposez d'abord le fichier reçu.");
        assertThat(app.documents.size()).isZero();
        assertThat(cellText(grid("obligations-grid"), row, "status")).isEqualTo("Attendue");
    }

    @Test
    void o5_the_annual_accounts_take_the_general_assembly_approval_date_and_the_journal_officiel_deadline_follows() {
        seed.signed();
        app.clock.setToday(LocalDate.of(2021, 7, 10));
        openAs("claire.instructrice", "INSTRUCTEUR");
        tab("Obligations");
        clickInRow("obligations-grid", row(ObligationType.FINANCIAL_REPORT), "Déposer une pièce");
        assertThat(_find(dialog(), DatePicker.class, spec -> spec.withId("evidence-accounts-approval"))).as("only with the annual accounts")
                .isEmpty();
        com.github.mvysny.kaributesting.v10.ButtonKt._click(_get(dialog(), com.vaadin.flow.component.button.Button.class,
                spec -> spec.withId("dialog-cancel")));

        clickInRow("obligations-grid", row(ObligationType.ANNUAL_ACCOUNTS), "Déposer une pièce");
        UploadKt._upload(_get(dialog(), Upload.class), "comptes-2020.pdf", "application/pdf", PDF);
        DatePicker approval = _get(dialog(), DatePicker.class, spec -> spec.withId("evidence-accounts-approval"));
        assertThat(approval.getLabel()).isEqualTo("Date d'approbation des comptes par l'assemblée générale");
        HasValueUtilsKt._setValue(approval, LocalDate.of(2021, 7, 11));
        submit();
        _expectInvalid(approval, "Date d'approbation des comptes par l'assemblée générale : le 11/07/2021 est une date à venir ; on n'enregistre"
                + " que ce qui a eu lieu (aujourd'hui : 10/07/2021).");
        HasValueUtilsKt._setValue(approval, LocalDate.of(2021, 5, 20));
        submit();

        assertThat(lastNotification()).isEqualTo("Pièce comptes-2020.pdf enregistrée pour « Comptes annuels ».");
        assertThat(GridKt._getFormattedRow(grid("obligations-grid"), row(ObligationType.ACCOUNTS_PUBLICATION)).get(1)).isEqualTo("20/08/2021");
    }

    @Test
    void evidence_is_received_downloadable_then_rejected_with_a_required_reason() {
        seed.signed();
        app.clock.setToday(LocalDate.of(2021, 5, 10));
        openAs("claire.instructrice", "INSTRUCTEUR");
        tab("Obligations");
        int row = row(ObligationType.FINANCIAL_REPORT);
        assertThat(rowActions("obligations-grid", row)).containsExactly("Déposer une pièce");

        clickInRow("obligations-grid", row, "Déposer une pièce");
        UploadKt._upload(_get(dialog(), Upload.class), "crf-2020.pdf", "application/pdf", PDF);
        submit();
        assertThat(lastNotification()).isEqualTo("Pièce crf-2020.pdf enregistrée pour « Compte rendu financier de l'emploi de la subvention ».");
        assertThat(cellText(grid("obligations-grid"), row, "status")).isEqualTo("Reçue");
        Anchor link = _get(GridKt._getCellComponent(grid("obligations-grid"), row, "evidence"), Anchor.class);
        assertThat(link.getText()).isEqualTo("crf-2020.pdf");
        assertThat(link.getHref()).isEqualTo("documents/doc-1");
        assertThat(Downloads.get(app.openDocument, link.getHref()).getBuffer().toByteArray()).isEqualTo(PDF);
        assertThat(rowActions("obligations-grid", row)).containsExactly("Déposer une pièce", "Accepter", "Rejeter");

        clickInRow("obligations-grid", row, "Rejeter");
        submit();
        _expectInvalid(_get(dialog(), TextArea.class, s -> s.withId("review-reason")), "Motif du rejet (communiqué à l'association) : champ obligatoire");
        assertThat(_find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class)).isEmpty();
        type("Motif du rejet (communiqué à l'association)", "Non signé par le président");
        submit();
        assertThat(confirmationText()).contains("Compte rendu financier de l'emploi de la subvention", "Non signé par le président");
        confirm();

        assertThat(cellText(grid("obligations-grid"), row, "status")).isEqualTo("Rejetée");
        assertThat(GridKt._getFormattedRow(grid("obligations-grid"), row).get(4)).isEqualTo("Rejetée : Non signé par le président");
    }

    @Test
    void a_file_named_with_cr_lf_bidi_and_quotes_is_shown_escaped_stored_cleaned_and_downloadable() {
        seed.signed();
        app.clock.setToday(LocalDate.of(2021, 5, 10));
        openAs("claire.instructrice", "INSTRUCTEUR");
        tab("Obligations");
        int row = row(ObligationType.FINANCIAL_REPORT);
        String name = "crf\r\n2020\u202Efdp.\"final\".pdf";

        clickInRow("obligations-grid", row, "Déposer une pièce");
        UploadKt._upload(_get(dialog(), Upload.class), name, "application/pdf", PDF);
        assertThat(text("evidence-received")).startsWith("Fichier prêt : crf[U+000D][U+000A]2020[U+202E]fdp.\"final\".pdf (");
        submit();

        assertThat(lastNotification()).startsWith("Pièce crf[U+000D][U+000A]2020[U+202E]fdp.\"final\".pdf enregistrée");
        Anchor link = _get(GridKt._getCellComponent(grid("obligations-grid"), row, "evidence"), Anchor.class);
        assertThat(link.getText()).isEqualTo("crf[U+000D][U+000A]2020[U+202E]fdp.\"final\".pdf");
        assertThat(link.getElement().getAttribute("aria-label")).doesNotContain("\r", "\n", "\u202E");
        var download = Downloads.get(app.openDocument, link.getHref());
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"crf2020fdp._final_.pdf\"; "
                + "filename*=UTF-8''crf2020fdp._final_.pdf");
        assertThat(download.getBuffer().toByteArray()).isEqualTo(PDF);
    }

    @Test
    void a_file_above_the_limit_is_refused_with_a_french_message_and_nothing_is_stored() {
        seed.signed();
        app.clock.setToday(LocalDate.of(2021, 5, 10));
        openAs("claire.instructrice", "INSTRUCTEUR");
        tab("Obligations");
        int row = row(ObligationType.FINANCIAL_REPORT);
        byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, tooLarge, 0, PDF.length);

        clickInRow("obligations-grid", row, "Déposer une pièce");
        UploadKt._upload(_get(dialog(), Upload.class), "gros.pdf", "application/pdf", tooLarge);

        assertThat(text("evidence-received")).isEqualTo(
                "« gros.pdf » dépasse 10 Mo : il n'a été ni lu en entier ni enregistré. Déposez un fichier de 10 Mo au plus.");
        submit();
        assertThat(_get(dialog(), Div.class, spec -> spec.withClasses("form-problem")).getText()).isEqualTo("Déposez d'abord le fichier reçu.");
        assertThat(app.documents.size()).isZero();
    }

    @Test
    void o11_waiving_records_who_when_and_why_after_a_confirmation_that_says_so() {
        seed.signed();
        app.clock.setToday(LocalDate.of(2020, 3, 2));
        openAs("marie.responsable", "RESPONSABLE");
        tab("Obligations");
        int row = row(ObligationType.INSURANCE_CERTIFICATE);

        clickInRow("obligations-grid", row, "Lever");
        submit();
        assertThat(_find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class)).as("no waiver without a reason").isEmpty();
        type("Motif de la levée", "Attestation produite au dossier de demande");
        submit();
        assertThat(confirmationText()).contains("Attestation d'assurance responsabilité civile", "marie.responsable", "02/03/2020",
                "Attestation produite au dossier de demande");
        confirm();

        assertThat(lastNotification()).isEqualTo("Obligation levée : Attestation d'assurance responsabilité civile.");
        assertThat(cellText(grid("obligations-grid"), row, "status")).isEqualTo("Levée par décision");
        assertThat(GridKt._getFormattedRow(grid("obligations-grid"), row).get(4))
                .isEqualTo("Levée le 02/03/2020 par marie.responsable : Attestation produite au dossier de demande");
        assertThat(rowActions("obligations-grid", row)).isEmpty();
    }

    @Test
    void a_late_obligation_says_en_retard_and_read_only_staff_get_no_action() {
        seed.signed();
        app.clock.setToday(LocalDate.of(2021, 7, 1));
        openAs("lea.lecture", "LECTURE");
        tab("Obligations");
        int row = row(ObligationType.FINANCIAL_REPORT);

        assertThat(GridKt._getFormattedRow(grid("obligations-grid"), row).get(1)).isEqualTo("30/06/2021");
        assertThat(cellText(grid("obligations-grid"), row, "status")).isEqualTo("En retard");
        for (int i = 0; i < GridKt._size(grid("obligations-grid")); i++) {
            assertThat(rowActions("obligations-grid", i)).isEmpty();
        }
        tab("Synthèse");
        assertThat(_get(com.vaadin.flow.component.html.UnorderedList.class, s -> s.withId("summary-deadlines")).getElement()
                .getTextRecursively()).contains("30/06/2021 — Compte rendu financier de l'emploi de la subvention En retard");
    }

    @Test
    void the_tab_gives_the_address_of_the_agreement_s_calendar_feed_to_who_keeps_a_token() {
        seed.signed();
        openAs("claire.instructrice", "INSTRUCTEUR");
        tab("Obligations");

        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("obligations-calendar-feed")).getText()).startsWith("Agenda de cette convention : abonnez votre logiciel d'agenda à ")
                .contains("calendrier/VOTRE-JETON/conventions/" + seed.agreementId().value() + ".ics")
                .endsWith("en remplaçant VOTRE-JETON par le jeton de votre adresse d'abonnement (« Mon agenda »).");
    }
}
