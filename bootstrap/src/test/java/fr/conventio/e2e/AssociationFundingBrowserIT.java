package fr.conventio.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.application.drafting.AgreementTerms;
import fr.conventio.application.drafting.CreateDraftAgreementCommand;
import fr.conventio.application.drafting.CreateDraftAgreementUseCase;
import fr.conventio.application.lifecycle.ApproveAgreementCommand;
import fr.conventio.application.lifecycle.ApproveAgreementUseCase;
import fr.conventio.application.lifecycle.SignAgreementCommand;
import fr.conventio.application.lifecycle.SignAgreementUseCase;
import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.application.port.out.ObligationRepository;
import fr.conventio.application.reading.AgreementSearch;
import fr.conventio.application.reading.SearchAgreementsUseCase;
import fr.conventio.application.security.Roles;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.domain.agreement.Agreement;
import fr.conventio.domain.agreement.AgreementReference;
import fr.conventio.domain.agreement.ForecastBudget;
import fr.conventio.domain.agreement.Subsidy;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.sample.RealAgreement2020;
import fr.conventio.domain.shared.AgreementId;
import fr.conventio.domain.shared.Amount;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.annotation.DirtiesContext;

import java.util.function.Supplier;

/**
 * « Financements par exercice » on the association page, through the running application: the demo's draft signed and a
 * second agreement of 15 000 € signed the same year (through the use cases), then the page as staff see it — both
 * agreements, the funder's total of 95 000,00 €, the other funders of the plans by kind — with a screenshot
 * (target/screenshots/association-funding.png) and the axe check; and the second agreement gained O4 on the total.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AssociationFundingBrowserIT extends BrowserTestBase {

    @Autowired
    private SecurityContextHolderStrategy securityContexts;
    @Autowired
    private SearchAgreementsUseCase searchAgreements;
    @Autowired
    private CreateDraftAgreementUseCase createDraft;
    @Autowired
    private ApproveAgreementUseCase approve;
    @Autowired
    private SignAgreementUseCase sign;
    @Autowired
    private AgreementRepository agreements;
    @Autowired
    private ObligationRepository obligations;

    private <T> T as(String login, Supplier<T> action) {
        var previous = securityContexts.getContext().getAuthentication();
        securityContexts.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(login, "n/a",
                Roles.ALL.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
        try {
            return action.get();
        } finally {
            securityContexts.getContext().setAuthentication(previous);
        }
    }

    private void approveAndSign(AgreementId id) {
        as("responsable.e2e", () -> approve.approve(new ApproveAgreementCommand(id, agreements.findById(id).orElseThrow().version(),
                RealAgreement2020.seedDeliberation())));
        as("responsable.e2e", () -> sign.sign(new SignAgreementCommand(id, agreements.findById(id).orElseThrow().version(),
                RealAgreement2020.SIGNATURE_DATE)));
    }

    @Test
    void o4_two_agreements_in_one_year_on_the_association_page_with_the_funders_total_and_the_other_funders() {
        Agreement seed = as("instructeur.e2e", () -> {
            AgreementId id = searchAgreements.search(new AgreementSearch(null, null, null, null, "ECO-2020-SCS"),
                    PageRequest.of(0, 1, SearchAgreementsUseCase.SORT_REFERENCE, true)).content().getFirst().id();
            return agreements.findById(id).orElseThrow().value();
        });
        approveAndSign(seed.id());
        AgreementId second = as("instructeur.e2e", () -> createDraft.create(new CreateDraftAgreementCommand(new AgreementTerms(
                AgreementReference.of("ECO-2020-SCS-BIS"), seed.associationId(), RealAgreement2020.seedSignatory(), null,
                RealAgreement2020.YEAR_2020, RealAgreement2020.seedObject(), RealAgreement2020.seedProgramme(),
                ForecastBudget.ofEligibleExpenses(Amount.of(150_000)),
                Subsidy.onSingleLine(seed.subsidy().split().getFirst().budgetLineId(), Amount.of(15_000)), null))).agreementId());
        approveAndSign(second);
        assertThat(obligations.findByAgreement(second)).extracting(o -> o.value().type()).as("O4 on the 95 000,00 € total")
                .contains(ObligationType.CERTIFIED_ACCOUNTS);

        Pages.switchUser(browser, "lecture", url("associations/" + seed.associationId()));
        Pages.waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.id("association-funding-total-2020")));
        Pages.waitForVaadin(browser);

        assertThat(Pages.text(browser, "association-funding-2020")).isEqualTo("Exercice 2020");
        assertThat(Pages.normalized(browser.findElement(By.id("association-funding-agreements-2020")).getText()))
                .contains("ECO-2020-SCS", "ECO-2020-SCS-BIS", "80 000,00 €", "15 000,00 €");
        assertThat(Pages.text(browser, "association-funding-total-2020")).isEqualTo("Total accordé par la collectivité : 95 000,00 €");
        assertThat(Pages.normalized(browser.findElement(By.id("association-funding-others-2020")).getText()))
                .contains("Région", "250 000,00 €", "État", "Union européenne", "Autre collectivité territoriale",
                        "Total des autres financeurs", "540 000,00 €");
        Pages.scrollTo(browser, browser.findElement(By.id("association-funding-2020")));
        BrowserSupport.screenshot(browser, "association-funding");
        Accessibility.assertNoSeriousViolation(browser, "fiche association, financements par exercice");
    }
}
