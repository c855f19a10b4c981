package fr.conventio.e2e;

import fr.conventio.application.lifecycle.ApproveAgreementCommand;
import fr.conventio.application.lifecycle.ApproveAgreementUseCase;
import fr.conventio.application.lifecycle.SignAgreementCommand;
import fr.conventio.application.lifecycle.SignAgreementUseCase;
import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.application.reading.AgreementSearch;
import fr.conventio.application.reading.SearchAgreementsUseCase;
import fr.conventio.application.security.Roles;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.domain.paperwork.FrenchTypography;
import fr.conventio.domain.sample.RealAgreement2020;
import fr.conventio.domain.shared.AgreementId;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.annotation.DirtiesContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed agreement, signed, produced as PDF from its page's « Documents » tab, downloaded through its link with the
 * browser's session, and read back: the figures of the seed, a tagged PDF; the generation is recorded and audited.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class GeneratedDocumentsBrowserIT extends BrowserTestBase {

    @Autowired
    private SecurityContextHolderStrategy securityContexts;
    @Autowired
    private SearchAgreementsUseCase searchAgreements;
    @Autowired
    private ApproveAgreementUseCase approve;
    @Autowired
    private SignAgreementUseCase sign;
    @Autowired
    private AgreementRepository agreements;
    @Autowired
    private JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
            .build();

    @Test
    void the_agreement_pdf_is_produced_from_its_page_and_downloaded() throws Exception {
        AgreementId id = signedSeed();
        browser.get(url("conventions/" + id.value()));
        Pages.login(browser, "instructeur");
        Pages.tab(browser, "Documents");
        Pages.click(browser, "documents-generate-agreement-0-pdf");
        Pages.waitForNotification(browser, "« Convention » a été produit : téléchargez-le dans « Documents produits ».");

        WebElement link = Pages.waiting(browser).until(d -> d.findElements(By.cssSelector("#documents-generated a[href^='documents/']"))
                .stream().findFirst().orElse(null));
        assertThat(link.getText()).isEqualTo("convention-ECO-2020-SCS.pdf");
        BrowserSupport.screenshot(browser, "documents-tab");
        String href = link.getAttribute("href");
        HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies())
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).contains("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(download.body())) {
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            String text = FrenchTypography.plain(new PDFTextStripper().getText(pdf)).replaceAll("\\s+", " ");
            assertThat(text).contains("CONVENTION ANNUELLE D'OBJECTIFS N° ECO-2020-SCS", "80 000,00 €", "7,69 %", "30 000,00 €",
                    "50 000,00 €", "64 000,00 €", "3 février 2020", "Lionel LAPRAS", "Gérard BRAMOULLÉ");
        }
        assertThat(jdbc.queryForObject("select count(*) from generated_document where agreement_id = ?", Long.class, id.value())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where aggregate_type = 'GENERATED_DOCUMENT' and agreement_id = ?",
                Long.class, id.value())).isEqualTo(1);
    }

    private AgreementId signedSeed() {
        AgreementId[] id = new AgreementId[1];
        var previous = securityContexts.getContext().getAuthentication();
        securityContexts.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test.e2e", "n/a",
                Roles.ALL.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
        try {
            id[0] = searchAgreements.search(new AgreementSearch(null, null, null, null, "ECO-2020-SCS"),
                    PageRequest.of(0, 1, SearchAgreementsUseCase.SORT_REFERENCE, true)).content().getFirst().id();
            var agreement = agreements.findById(id[0]).orElseThrow();
            if (agreement.value().signatureDate().isEmpty()) {
                approve.approve(new ApproveAgreementCommand(id[0], agreement.version(), RealAgreement2020.seedDeliberation()));
                sign.sign(new SignAgreementCommand(id[0], agreements.findById(id[0]).orElseThrow().version(), RealAgreement2020.SIGNATURE_DATE));
            }
        } finally {
            securityContexts.getContext().setAuthentication(previous);
        }
        return id[0];
    }

    private String cookies() {
        return String.join("; ", browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).toList());
    }
}
