package fr.conventio.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.drafting.AgreementTerms;
import fr.conventio.application.drafting.CreateDraftAgreementCommand;
import fr.conventio.application.drafting.CreateDraftAgreementUseCase;
import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.application.reading.AgreementSearch;
import fr.conventio.application.reading.SearchAgreementsUseCase;
import fr.conventio.application.security.Roles;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.shared.AgreementId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;

import java.util.function.Supplier;

/**
 * No lost work in the draft wizard, in headless Chromium on the running application: a reload keeps what was typed
 * and the step (in the URL); a reference in use, differing only by case and accents, is refused on its field with
 * step 1 opened; an error on step 2 opens step 2. It creates a second draft, hence its own context.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class NoLostWorkBrowserIT extends BrowserTestBase {

    private static final String OTHER_REFERENCE = "E2E-DOUBLON-2020";

    @Autowired
    private SearchAgreementsUseCase searchAgreements;
    @Autowired
    private CreateDraftAgreementUseCase createDraft;
    @Autowired
    private AgreementRepository agreements;
    @Autowired
    private JdbcTemplate jdbc;

    private AgreementId seedId;

    /** The demo's draft, and a second draft with the same terms under another reference (once for the class). */
    @BeforeEach
    void twoDrafts() {
        seedId = asStaff(() -> searchAgreements.search(new AgreementSearch(null, null, null, null, "ECO-2020-SCS"),
                PageRequest.of(0, 1, SearchAgreementsUseCase.SORT_REFERENCE, true)).content().getFirst().id());
        if (jdbc.queryForObject("select count(*) from agreement where reference = ?", Long.class, OTHER_REFERENCE) == 0) {
            Agreement seed = agreements.findById(seedId).orElseThrow().value();
            asStaff(() -> createDraft.create(new CreateDraftAgreementCommand(new AgreementTerms(AgreementReference.of(OTHER_REFERENCE),
                    seed.associationId(), seed.signatory(), seed.representative(), seed.budgetYear(), seed.object(), seed.programme(),
                    seed.forecastBudget(), seed.subsidy(), seed.paymentTerms()))));
        }
        browser.get(url("conventions"));
        Pages.login(browser, "instructeur");
    }

    private static <T> T asStaff(Supplier<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("instructeur.e2e", "n/a",
                Roles.ALL.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    @Test
    void a_reload_in_the_middle_of_the_wizard_keeps_what_was_typed_and_the_step() {
        browser.get(url("conventions/nouvelle"));
        Pages.typeInto(browser, "draft-reference", "E2E-RECHARGEMENT");
        Pages.click(browser, "draft-next");
        replaceText(By.cssSelector("#draft-objectives textarea"), "Objectifs saisis avant le rechargement");
        Pages.waiting(browser).until(d -> d.getCurrentUrl().endsWith("/conventions/nouvelle?etape=2"));

        browser.navigate().refresh();
        acceptLeavingIfAsked();

        Pages.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("draft-restored")));
        Pages.waitForVaadin(browser);
        assertThat(Pages.text(browser, "draft-restored")).startsWith("Saisie restaurée");
        assertThat(browser.getCurrentUrl()).endsWith("/conventions/nouvelle?etape=2");
        assertThat(selectedStep()).isEqualTo("2. Objet et programme");
        assertThat(browser.findElement(By.cssSelector("#draft-objectives textarea")).getDomProperty("value"))
                .isEqualTo("Objectifs saisis avant le rechargement");
        BrowserSupport.screenshot(browser, "b-wizard-restored");
        Accessibility.assertNoSeriousViolation(browser, "assistant restauré");
        Pages.click(browser, "draft-previous");
        assertThat(Pages.valueOf(browser, "draft-reference")).isEqualTo("E2E-RECHARGEMENT");
        Pages.waiting(browser).until(d -> d.getCurrentUrl().endsWith("/conventions/nouvelle?etape=1"));
    }

    @Test
    void a_reference_differing_only_by_case_and_accents_is_refused_on_its_field_with_step_1_opened() {
        browser.get(url("conventions/" + seedId + "/modifier?etape=3"));
        Pages.waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("draft-steps")));
        Pages.waitForVaadin(browser);
        assertThat(selectedStep()).as("the step of the URL").startsWith("3.");
        Pages.click(browser, "draft-previous");
        Pages.click(browser, "draft-previous");
        Pages.typeInto(browser, "draft-reference", "é2e-doublon-2020");
        Pages.click(browser, "draft-next");

        Pages.click(browser, "draft-save");

        WebElement reference = browser.findElement(By.id("draft-reference"));
        Pages.waiting(browser).until(d -> reference.getDomAttribute("invalid") != null);
        assertThat(selectedStep()).startsWith("1.");
        assertThat(Pages.normalized(reference.findElement(By.cssSelector("[slot='error-message']")).getText()))
                .isEqualTo("Une convention « E2E-DOUBLON-2020 » existe déjà (« é2e-doublon-2020 » ne s'en distingue que par les majuscules ou les accents)");
        assertThat(jdbc.queryForObject("select reference from agreement where id = ?", String.class, seedId.value()))
                .isEqualTo("ECO-2020-SCS");
        BrowserSupport.screenshot(browser, "b-wizard-reference-refused");
    }

    @Test
    void an_error_on_step_2_opens_step_2_with_the_field_marked() {
        browser.get(url("conventions/" + seedId + "/modifier?etape=2"));
        Pages.waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("draft-objectives")));
        Pages.waitForVaadin(browser);
        replaceText(By.cssSelector("#draft-objectives textarea"), "");
        Pages.click(browser, "draft-previous");
        assertThat(selectedStep()).startsWith("1.");

        Pages.click(browser, "draft-save");

        Pages.waiting(browser).until(d -> selectedStep().startsWith("2."));
        assertThat(browser.findElement(By.id("draft-objectives")).getDomAttribute("invalid")).isNotNull();
        assertThat(browser.getCurrentUrl()).endsWith("/modifier?etape=2");
    }

    @Test
    void registering_an_association_with_the_name_of_another_and_no_siret_is_warned_about_first() {
        browser.get(url("associations"));
        Pages.click(browser, "association-create");
        Pages.typeInto(browser, "association-name", "Pôle Solutions Communicantes Sécurisées (SCS)");
        Pages.typeInto(browser, "association-address", "1 quai du Port");
        Pages.typeInto(browser, "association-postal-code", "13002");
        Pages.typeInto(browser, "association-city", "Marseille");
        Pages.typeInto(browser, "association-representative-name", "Jeanne Martin");
        Pages.typeInto(browser, "association-representative-function", "Présidente");
        Pages.typeInto(browser, "association-annual-budget", "50 000,00");
        String sameName = "select count(*) from association where lower(conventio_unaccent(name)) = lower(conventio_unaccent(?))";

        Pages.click(browser, "association-save");

        Pages.waiting(browser).until(ExpectedConditions.visibilityOfElementLocated(By.id("association-warning")));
        assertThat(Pages.text(browser, "association-warning")).startsWith(
                "Une association du même nom existe déjà : POLE SOLUTIONS COMMUNICANTES SÉCURISÉES (SCS) (SIRET ");
        assertThat(Pages.normalized(browser.findElement(By.id("association-save")).getText())).isEqualTo("Enregistrer quand même");
        assertThat(jdbc.queryForObject(sameName, Long.class, "Pôle Solutions Communicantes Sécurisées (SCS)")).isEqualTo(1);
        BrowserSupport.screenshot(browser, "b-association-same-name");
        Accessibility.assertNoSeriousViolation(browser, "association du même nom");

        Pages.click(browser, "association-save");

        Pages.waitForDialogClosed(browser);
        assertThat(jdbc.queryForObject(sameName, Long.class, "Pôle Solutions Communicantes Sécurisées (SCS)")).isEqualTo(2);
    }

    private String selectedStep() {
        return Pages.normalized(browser.findElement(By.cssSelector("#draft-steps vaadin-tab[selected]")).getText());
    }

    private void replaceText(By input, String value) {
        WebElement element = Pages.waiting(browser).until(ExpectedConditions.elementToBeClickable(input));
        Pages.scrollTo(browser, element);
        element.click();
        element.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.BACK_SPACE);
        if (!value.isEmpty()) {
            element.sendKeys(value);
        }
        element.sendKeys(org.openqa.selenium.Keys.TAB);
        Pages.waitForVaadin(browser);
    }

    /** The browser's "leave the site?" question (beforeunload) when the tab is reloaded with unsaved input: leave. */
    private void acceptLeavingIfAsked() {
        try {
            browser.switchTo().alert().accept();
        } catch (NoAlertPresentException none) {
            // chromedriver may have answered it itself
        }
    }
}
