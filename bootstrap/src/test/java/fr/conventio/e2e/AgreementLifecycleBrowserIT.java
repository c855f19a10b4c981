package fr.conventio.e2e;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.test.annotation.DirtiesContext;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static fr.conventio.e2e.Pages.click;
import static fr.conventio.e2e.Pages.confirm;
import static fr.conventio.e2e.Pages.confirmationText;
import static fr.conventio.e2e.Pages.date;
import static fr.conventio.e2e.Pages.dialog;
import static fr.conventio.e2e.Pages.submit;
import static fr.conventio.e2e.Pages.tab;
import static fr.conventio.e2e.Pages.text;
import static fr.conventio.e2e.Pages.type;
import static fr.conventio.e2e.Pages.valueOf;
import static fr.conventio.e2e.Pages.waitForDialogClosed;
import static fr.conventio.e2e.Pages.waitForText;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real 2020 agreement ECO-2020-SCS taken through its whole life in headless Chromium, each step done
 * by the role the use cases allow (responsable: approve, sign, settle, recovery order; finances:
 * payments and receipts; instructeur: the balance documents), with the French figures checked on
 * screen and a screenshot at each key step (target/screenshots/lifecycle-*.png).
 *
 * <p>Each path needs the seed as a fresh DRAFT: each runs in the shared browser-test context (whose tests
 * only read the seed) and marks it dirty afterwards, so the next test gets a new context, a new data
 * directory, and the demo data loader's fresh draft again. This class runs after the read-only browser tests
 * (see junit-platform.properties), so the whole browser suite starts two contexts (~25 s each).
 */
@Order(Integer.MAX_VALUE) // after the read-only browser tests: they share the context these paths dirty
class AgreementLifecycleBrowserIT {

    static final String REFERENCE = "ECO-2020-SCS";

    @Nested
    @DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
    class BalancePath extends LifecycleSteps {

        @Test
        void from_draft_to_balance_paid_with_a_balance_of_8000_the_file_staying_open() throws IOException {
            shot = "lifecycle-balance";
            approveSignAndPayTheAdvance();
            receiveAndAcceptTheBalanceDocuments();

            // settlement at 936 301,50 € of real expenses (90 %): final subsidy 72 000,00 €, balance 8 000,00 €
            settle("936301,50", "936 301,50 €", "subvention définitive 72 000,00 €", "déjà versé 64 000,00 €", "solde à verser 8 000,00 €");
            Pages.waitForNotification(browser, "Liquidation enregistrée : subvention définitive 72 000,00 €, solde dû 8 000,00 €.");
            waitForText(browser, "settlement-final-subsidy", "72 000,00 €");
            waitForText(browser, "settlement-balance-due", "8 000,00 €");
            waitForText(browser, "settlement-paid", "64 000,00 €");
            waitForText(browser, "figure-final-subsidy", "72 000,00 €");
            waitForText(browser, "figure-balance-due", "8 000,00 €");
            screenshot("settled");

            // the balance of 8 000,00 €, by finances: split 3 000,00 € / 5 000,00 €; the file stays open (D2)
            Pages.switchUser(browser, "finances", agreementUrl);
            tab(browser, "Liquidation");
            click(browser, "settlement-pay-balance");
            dialog(browser, "Enregistrer un versement");
            assertThat(valueOf(browser, "payment-amount")).isEqualTo("8 000,00");
            assertThat(valueOf(browser, "payment-charge-0")).isEqualTo("3 000,00");
            assertThat(valueOf(browser, "payment-charge-1")).isEqualTo("5 000,00");
            waitForText(browser, "payment-total", "Total imputé : 8 000,00 €");
            date(browser, "Date de valeur", LocalDate.of(2021, 6, 30));
            type(browser, "Numéro de mandat", "M-2021-0555");
            screenshot("balance-dialog");
            submit(browser);
            assertThat(confirmationText(browser)).contains("solde de 8 000,00 €", "30/06/2021", "M-2021-0555");
            confirm(browser);
            Pages.waitForNotification(browser, "Solde de 8 000,00 € enregistré. Le dossier reste ouvert jusqu'à sa clôture par un responsable.");
            waitForText(browser, "agreement-stage", "Solde versé");
            waitForText(browser, "figure-paid", "72 000,00 €");
            waitForText(browser, "figure-balance-due", "0,00 €");
            screenshot("balance-paid");
            tab(browser, "Versements");
            assertThat(Pages.normalized(browser.findElement(By.id("payments-grid")).getText()))
                    .contains("Acompte", "64 000,00 €", "M-2020-0101", "Solde", "8 000,00 €", "M-2021-0555");
            screenshot("balance-paid-payments");

            // closing is a manager's decision, refused while obligations are still open: the dialog lists them
            Pages.switchUser(browser, "responsable", agreementUrl);
            closeDialogListsWhatIsOpen("Attestation d'assurance responsabilité civile", "ni acceptée ni levée");
        }
    }

    @Nested
    @DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
    class RecoveryOrderPath extends LifecycleSteps {

        @Test
        void settled_at_70_percent_then_a_recovery_order_of_8000_and_its_receipt() throws IOException {
            shot = "lifecycle-recovery";
            approveSignAndPayTheAdvance();
            receiveAndAcceptTheBalanceDocuments();

            // settlement at 728 234,50 € (70 %): final subsidy 56 000,00 €, 8 000,00 € overpaid
            settle("728234,50", "728 234,50 €", "subvention définitive 56 000,00 €", "déjà versé 64 000,00 €",
                    "trop-perçu de 8 000,00 €", "titre de recettes de 8 000,00 €");
            Pages.waitForNotification(browser, "Liquidation enregistrée : subvention définitive 56 000,00 €, trop-perçu de 8 000,00 € à recouvrer.");
            waitForText(browser, "settlement-final-subsidy", "56 000,00 €");
            waitForText(browser, "settlement-outstanding-overpayment", "8 000,00 €");
            assertThat(browser.findElements(By.id("settlement-pay-balance"))).isEmpty();
            screenshot("settled-overpaid");

            // the recovery order of exactly 8 000,00 €, by responsable (already logged in)
            click(browser, "settlement-issue-order");
            dialog(browser, "Émettre un titre de recettes");
            assertThat(valueOf(browser, "recovery-amount")).isEqualTo("8 000,00");
            date(browser, "Date d'émission", LocalDate.of(2021, 6, 20));
            screenshot("recovery-dialog");
            submit(browser);
            assertThat(confirmationText(browser)).contains("8 000,00 €", "Trop-perçu après liquidation", "20/06/2021");
            confirm(browser);
            Pages.waitForNotification(browser, "Titre de recettes TR-2021-0001 émis pour 8 000,00 €.");
            Pages.waiting(browser).until(d -> Pages.normalized(d.findElement(By.id("recovery-orders-grid")).getText()).contains("TR-2021-0001"));
            assertThat(Pages.normalized(browser.findElement(By.id("recovery-orders-grid")).getText()))
                    .contains("TR-2021-0001", "Trop-perçu après liquidation", "8 000,00 €", "20/06/2021", "Émis");
            waitForText(browser, "agreement-stage", "Liquidée");
            screenshot("recovery-order-issued");

            // the receipt of the 8 000,00 €, by finances: recovered, the file stays open (D2)
            Pages.switchUser(browser, "finances", agreementUrl);
            tab(browser, "Liquidation");
            Pages.clickElement(browser, browser.findElement(By.cssSelector(
                    "vaadin-button[aria-label='Enregistrer un encaissement sur le titre TR-2021-0001']")));
            dialog(browser, "Encaissement sur le titre TR-2021-0001");
            assertThat(valueOf(browser, "receipt-amount")).isEqualTo("8 000,00");
            date(browser, "Date d'encaissement", LocalDate.of(2021, 7, 15));
            submit(browser);
            waitForDialogClosed(browser);
            Pages.waitForNotification(browser, "Encaissement de 8 000,00 € enregistré sur le titre TR-2021-0001."
                    + " Le dossier reste ouvert jusqu'à sa clôture par un responsable.");
            waitForText(browser, "agreement-stage", "Liquidée");
            Pages.waiting(browser).until(d -> Pages.normalized(d.findElement(By.id("recovery-orders-grid")).getText()).contains("Recouvré"));
            waitForText(browser, "figure-recovered", "8 000,00 €");
            screenshot("recovered");

            Pages.switchUser(browser, "responsable", agreementUrl);
            closeDialogListsWhatIsOpen("Compte rendu financier de l'emploi de la subvention", "ni acceptée ni levée");
        }
    }

    /** The steps both paths share, up to the settlement. */
    @Nested
    @DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
    class OperationPeriodAndKeepUnspentPath extends LifecycleSteps {

        @Test
        void d4_a4_a_festival_with_a_5_percent_clause_meets_by_15_september_and_keeps_4000_at_settlement() throws IOException {
            shot = "lifecycle-keep-unspent";
            // the draft, by instructeur, in the wizard: an operation from 01/03/2020 to 15/07/2020 (D4), a 5 % clause (A4)
            browser.get(url("conventions"));
            Pages.login(browser, "instructeur");
            Pages.clickElement(browser, Pages.waiting(browser).until(d -> d.findElement(By.linkText(REFERENCE))));
            Pages.waiting(browser).until(d -> d.getCurrentUrl().matches(".*/conventions/[0-9a-f-]{36}"));
            String page = browser.getCurrentUrl();
            browser.get(page + "/modifier?etape=2");
            Pages.waiting(browser).until(d -> d.findElement(By.id("draft-operation-start")));
            Pages.waitForVaadin(browser);
            datePickerById("draft-operation-start", "01/03/2020");
            datePickerById("draft-operation-end", "15/07/2020");
            screenshot("wizard-operation-period");
            click(browser, "draft-next");
            click(browser, "draft-next");
            click(browser, "draft-next");
            WebElement rate = Pages.waiting(browser).until(d -> d.findElement(By.xpath(
                    "//vaadin-radio-group[@id='draft-keep-unspent-kind']//vaadin-radio-button[normalize-space(.)='Taux']")));
            Pages.clickElement(browser, rate);
            Pages.waiting(browser).until(d -> d.findElement(By.id("draft-keep-unspent-rate")).isDisplayed());
            Pages.typeInto(browser, "draft-keep-unspent-rate", "5");
            browser.findElement(By.cssSelector("#draft-keep-unspent-rate > input")).sendKeys(org.openqa.selenium.Keys.TAB);
            Pages.waitForVaadin(browser);
            waitForText(browser, "draft-keep-unspent-limit", "L'association pourra conserver au plus 4 000,00 € de la subvention non utilisée.");
            screenshot("wizard-keep-unspent-clause");
            click(browser, "draft-save");
            Pages.waiting(browser).until(d -> d.getCurrentUrl().equals(page));
            waitForText(browser, "summary-operation-period", "du 01/03/2020 au 15/07/2020");
            waitForText(browser, "summary-keep-unspent", "5,00 % de la subvention (au plus 4 000,00 €)");
            screenshot("draft-with-period-and-clause");
            browser.manage().deleteAllCookies();

            approveSignAndPayTheAdvance();
            // O9: the evaluation meeting two months after the end of the operation, not of the budget year
            tab(browser, "Obligations");
            String obligations = Pages.normalized(Pages.waiting(browser).until(d -> d.findElement(By.id("obligations-grid"))).getText());
            assertThat(obligations).contains("Réunion d'évaluation").contains("15/09/2020").doesNotContain("28/02/2021");
            screenshot("obligations-o9");

            receiveAndAcceptTheBalanceDocuments();
            // A4: pro rata 72 000,00 € + kept 4 000,00 € = 76 000,00 €; balance 12 000,00 € after the 64 000,00 € advance
            settle("936301,50", "936 301,50 €", "pro rata 72 000,00 € + conservé 4 000,00 € = 76 000,00 €",
                    "subvention définitive 76 000,00 €", "solde à verser 12 000,00 €");
            Pages.waitForNotification(browser, "Liquidation enregistrée : subvention définitive 76 000,00 €, solde dû 12 000,00 €.");
            waitForText(browser, "settlement-final-subsidy", "76 000,00 €");
            waitForText(browser, "settlement-balance-due", "12 000,00 €");
            screenshot("settled-with-kept-part");
        }
    }

    abstract static class LifecycleSteps extends BrowserTestBase {

        String shot;
        private int shots;
        String agreementUrl;

        /** Types a date (dd/MM/yyyy) in the date picker with this id, outside a dialog, and commits it with Enter. */
        void datePickerById(String id, String french) {
            Pages.typeInto(browser, id, french);
            browser.findElement(By.cssSelector("#" + id + " > input")).sendKeys(org.openqa.selenium.Keys.ENTER);
            Pages.waitForVaadin(browser);
            Pages.waiting(browser).until(d -> french.equals(d.findElement(By.cssSelector("#" + id + " > input")).getDomProperty("value")));
        }

        void screenshot(String step) {
            Pages.screenshotWithoutNotifications(browser, "%s-%02d-%s".formatted(shot, ++shots, step));
        }

        /** DRAFT → approved (deliberation of 19/12/2019) → signed (03/02/2020) → advance of 64 000,00 € (17/02/2020). */
        void approveSignAndPayTheAdvance() {
            approveAndSign();
            payTheAdvance();
        }

        /** DRAFT → approved (deliberation of 19/12/2019) → signed (03/02/2020), by responsable. */
        void approveAndSign() {
            browser.get(url("conventions"));
            Pages.login(browser, "responsable");
            WebElement link = Pages.waiting(browser).until(d -> d.findElement(By.linkText(REFERENCE)));
            Pages.clickElement(browser, link);
            Pages.waiting(browser).until(d -> d.getCurrentUrl().matches(".*/conventions/[0-9a-f-]{36}"));
            agreementUrl = browser.getCurrentUrl();

            // the draft as the demo data loader made it
            waitForText(browser, "agreement-title", REFERENCE);
            waitForText(browser, "agreement-stage", "Brouillon");
            assertThat(text(browser, "figure-subsidy")).isEqualTo("80 000,00 €");
            assertThat(text(browser, "figure-share")).isEqualTo("7,69 %");
            assertThat(text(browser, "figure-advance-cap")).isEqualTo("64 000,00 €");
            assertThat(text(browser, "figure-paid")).isEqualTo("0,00 €");
            assertThat(browser.findElements(By.id("figure-balance-due"))).as("nothing is owed on a draft").isEmpty();
            assertThat(text(browser, "agreement-year")).isEqualTo("Exercice 2020");
            screenshot("draft");

            // approval: the deliberation of the Bureau de la Métropole of 19/12/2019, as in the seed
            click(browser, "action-approve");
            dialog(browser, "Enregistrer la délibération");
            type(browser, "Numéro de la délibération", "ECO 001-19/12/2019/BM");
            type(browser, "Instance qui a délibéré", "Bureau de la Métropole");
            date(browser, "Date de la délibération", LocalDate.of(2019, 12, 19));
            screenshot("approve-dialog");
            submit(browser);
            waitForDialogClosed(browser);
            Pages.waitForNotification(browser, "Délibération n° ECO 001-19/12/2019/BM du 19/12/2019 enregistrée : la convention est approuvée.");
            waitForText(browser, "agreement-stage", "Approuvée");
            waitForText(browser, "summary-deliberation", "n° ECO 001-19/12/2019/BM — Bureau de la Métropole — 19/12/2019");
            assertThat(browser.findElements(By.id("action-approve"))).isEmpty();
            screenshot("approved");

            // signature on 03/02/2020, confirmed with the subsidy and its split on CT1 / CT2
            click(browser, "action-sign");
            dialog(browser, "Enregistrer la signature");
            // out of order: a signature before the deliberation that authorises it is refused on its date, before any confirmation
            date(browser, "Date de signature", LocalDate.of(2019, 12, 18));
            submit(browser);
            assertThat(Pages.fieldError(browser, "Date de signature")).contains("ne peut précéder", "Bureau de la Métropole");
            assertThat(Pages.confirmationOpen(browser)).as("refused before any confirmation").isFalse();
            screenshot("sign-refused-before-the-deliberation");
            date(browser, "Date de signature", LocalDate.of(2020, 2, 3));
            submit(browser);
            assertThat(confirmationText(browser)).contains(REFERENCE, "03/02/2020", "80 000,00 €", "30 000,00 €", "50 000,00 €");
            screenshot("sign-confirmation");
            confirm(browser);
            Pages.waitForNotification(browser, "Signature du 03/02/2020 enregistrée : ");
            waitForText(browser, "agreement-stage", "Signée");
            waitForText(browser, "summary-signature", "03/02/2020");
            screenshot("signed");
        }

        /** The advance of 64 000,00 € on 17/02/2020, by finances. */
        void payTheAdvance() {
            // the advance, by finances: 64 000,00 € pre-filled (80 % cap), split 24 000,00 € / 40 000,00 €
            Pages.switchUser(browser, "finances", agreementUrl);
            click(browser, "action-record-advance");
            dialog(browser, "Enregistrer un versement");
            assertThat(valueOf(browser, "payment-amount")).isEqualTo("64 000,00");
            assertThat(valueOf(browser, "payment-charge-0")).isEqualTo("24 000,00");
            assertThat(valueOf(browser, "payment-charge-1")).isEqualTo("40 000,00");
            waitForText(browser, "payment-total", "Total imputé : 64 000,00 €");
            // over the cap (V1): 70 000,00 € split 30 000,00 € / 40 000,00 € is refused on the amount, before any confirmation
            Pages.typeInto(browser, "payment-amount", "70000,00");
            Pages.typeInto(browser, "payment-charge-0", "30000,00");
            date(browser, "Date de valeur", LocalDate.of(2020, 2, 17));
            submit(browser);
            assertThat(Pages.fieldError(browser, "Montant du versement")).contains("dépasse le plafond", "64 000,00 €");
            assertThat(Pages.confirmationOpen(browser)).as("refused before any confirmation").isFalse();
            screenshot("advance-refused-over-the-cap");
            Pages.typeInto(browser, "payment-amount", "64000,00");
            Pages.typeInto(browser, "payment-charge-0", "24000,00");
            // a value date to come is refused on the date, before any confirmation
            LocalDate toCome = LocalDate.now().plusDays(10);
            date(browser, "Date de valeur", toCome);
            submit(browser);
            assertThat(Pages.fieldError(browser, "Date de valeur")).contains("est une date à venir");
            assertThat(Pages.confirmationOpen(browser)).as("refused before any confirmation").isFalse();
            screenshot("advance-refused-date-to-come");
            date(browser, "Date de valeur", LocalDate.of(2020, 2, 17));
            type(browser, "Numéro de mandat", "M-2020-0101");
            screenshot("advance-dialog");
            submit(browser);
            assertThat(confirmationText(browser)).contains("acompte de 64 000,00 €", "17/02/2020", "M-2020-0101");
            confirm(browser);
            Pages.waitForNotification(browser, "Acompte de 64 000,00 € enregistré.");
            waitForText(browser, "figure-paid", "64 000,00 €");
            waitForText(browser, "figure-balance-due", "16 000,00 €");
            tab(browser, "Versements");
            assertThat(Pages.normalized(browser.findElement(By.id("payments-grid")).getText()))
                    .contains("Acompte", "64 000,00 €", "17/02/2020", "M-2020-0101");
            screenshot("advance-paid");
        }

        /** The three balance documents (O10), by instructeur: each uploaded as a real PDF, then accepted. */
        void receiveAndAcceptTheBalanceDocuments() throws IOException {
            Pages.switchUser(browser, "instructeur", agreementUrl);
            tab(browser, "Obligations");
            waitForText(browser, "obligations-balance-outstanding", "Pièces de solde encore à accepter : 3.");
            String[] documents = {
                    "Compte de résultat final signé et certifié par le président et le trésorier",
                    "Bilan qualitatif et quantitatif des actions réalisées",
                    "Derniers bilan et compte de résultat certifiés par un commissaire aux comptes ou un expert-comptable"};
            Path folder = Files.createTempDirectory("conventio-e2e-pieces-");
            for (int i = 0; i < documents.length; i++) {
                String document = documents[i];
                Path pdf = minimalPdf(folder.resolve("piece-o10-" + (i + 1) + ".pdf"), document);
                Pages.clickElement(browser, rowButton("Déposer une pièce : " + document));
                dialog(browser, "Déposer une pièce justificative");
                Pages.upload(browser, "evidence-upload", pdf);
                Pages.waiting(browser).until(d -> Pages.normalized(d.findElement(By.id("evidence-received")).getText())
                        .startsWith("Fichier prêt : " + pdf.getFileName()));
                date(browser, "Date de réception", LocalDate.of(2021, 5, 10));
                if (i == 0) {
                    screenshot("evidence-upload-dialog");
                }
                submit(browser);
                waitForDialogClosed(browser);

                Pages.clickElement(browser, rowButton("Accepter : " + document));
                dialog(browser, "Accepter la pièce");
                date(browser, "Date d'acceptation", LocalDate.of(2021, 5, 20));
                submit(browser);
                waitForDialogClosed(browser);
                Pages.waiting(browser).until(d -> d.findElements(By.cssSelector(
                        "vaadin-button[aria-label=\"Accepter : " + document + "\"]")).isEmpty());
            }
            Pages.waiting(browser).until(d -> d.findElements(By.id("obligations-balance-outstanding")).isEmpty());
            String grid = Pages.normalized(browser.findElement(By.id("obligations-grid")).getText());
            assertThat(grid).contains("piece-o10-1.pdf", "piece-o10-2.pdf", "piece-o10-3.pdf", "Acceptée le 20/05/2021 par");
            Pages.scrollTo(browser, browser.findElement(By.linkText("piece-o10-1.pdf")));
            screenshot("balance-documents-accepted");
        }

        /** The settlement on the real expenses, by responsable, on 15/06/2021; ends on the Liquidation tab. */
        /** Settles on {@code typed} real expenses; the confirmation shows them ({@code shown}) and previews the outcome ({@code preview}). */
        void settle(String typed, String shown, String... preview) {
            Pages.switchUser(browser, "responsable", agreementUrl);
            tab(browser, "Liquidation");
            click(browser, "settlement-settle");
            dialog(browser, "Liquider sur dépenses réelles");
            Pages.typeInto(browser, "settle-real", typed);
            date(browser, "Date de liquidation", LocalDate.of(2021, 6, 15));
            submit(browser);
            assertThat(confirmationText(browser)).contains(shown, "1 040 335,00 €", "15/06/2021", "64 000,00 €").contains(preview);
            screenshot("settle-confirmation");
            confirm(browser);
            waitForText(browser, "agreement-stage", "Liquidée");
        }

        /** A manager opens "Clôturer le dossier": what is open is listed, the closing cannot be confirmed; the dialog is left. */
        void closeDialogListsWhatIsOpen(String... expected) {
            click(browser, "action-close");
            dialog(browser, "Clôturer le dossier " + REFERENCE);
            String open = Pages.normalized(Pages.waiting(browser).until(d -> d.findElement(By.id("close-open-items"))).getText());
            assertThat(open).contains(expected);
            assertThat(browser.findElement(By.id("dialog-submit")).getDomAttribute("disabled")).as("closing refused while open").isNotNull();
            screenshot("close-refused");
            click(browser, "dialog-cancel");
            waitForDialogClosed(browser);
        }

        private WebElement rowButton(String ariaLabel) {
            return Pages.waiting(browser).until(d -> d.findElement(By.cssSelector("vaadin-button[aria-label=\"" + ariaLabel + "\"]")));
        }

        /** A small but valid one-page PDF (the server checks the magic bytes and the extension). */
        static Path minimalPdf(Path file, String title) throws IOException {
            String text = "Conventio e2e - " + title.replaceAll("[^A-Za-z0-9 ]", " ");
            String stream = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
            String[] objects = {
                    "<< /Type /Catalog /Pages 2 0 R >>",
                    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                    "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
            StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
            int[] offsets = new int[objects.length];
            for (int i = 0; i < objects.length; i++) {
                offsets[i] = pdf.length();
                pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
            }
            int xref = pdf.length();
            pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
            for (int offset : offsets) {
                pdf.append("%010d 00000 n \n".formatted(offset));
            }
            pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
            return Files.writeString(file, pdf, StandardCharsets.US_ASCII);
        }
    }
}
