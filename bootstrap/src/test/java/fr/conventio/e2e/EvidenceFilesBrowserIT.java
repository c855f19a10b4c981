package fr.conventio.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.conventio.application.document.StoreDocumentCommand;
import fr.conventio.application.document.StoreDocumentUseCase;
import fr.conventio.application.lifecycle.ApproveAgreementCommand;
import fr.conventio.application.lifecycle.ApproveAgreementUseCase;
import fr.conventio.application.lifecycle.SignAgreementCommand;
import fr.conventio.application.lifecycle.SignAgreementUseCase;
import fr.conventio.application.obligation.ReceiveEvidenceCommand;
import fr.conventio.application.obligation.ReceiveEvidenceUseCase;
import fr.conventio.application.obligation.RejectEvidenceCommand;
import fr.conventio.application.obligation.RejectEvidenceUseCase;
import fr.conventio.application.port.out.AgreementRepository;
import fr.conventio.application.port.out.ObligationRepository;
import fr.conventio.application.reading.AgreementSearch;
import fr.conventio.application.reading.SearchAgreementsUseCase;
import fr.conventio.application.security.Roles;
import fr.conventio.application.shared.InvalidCommandException;
import fr.conventio.application.shared.PageRequest;
import fr.conventio.domain.obligation.ObligationType;
import fr.conventio.domain.sample.RealAgreement2020;
import fr.conventio.domain.shared.AgreementId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.annotation.DirtiesContext;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Evidence files through the running application, with a real browser and a real HTTP client: a file sent as
 * the upload component sends it (raw body, its name in {@code X-Filename}) with CR/LF, bidi and quotes in its
 * name is shown escaped and downloads under a clean RFC 6266 header; a 100 Mo body is refused while it streams
 * (the server stops reading it); the download of a missing file, of an unknown document or without a session
 * is a clean HTTP answer, never a stack trace. And a 1 Mo rejection reason is refused through the use cases on
 * PostgreSQL, while an accepted one is stored once.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EvidenceFilesBrowserIT extends BrowserTestBase {

    private static final String NAME = "crf\r\n2020\u202Efdp.\"final\" d'été.pdf";
    private static final String SHOWN = "crf[U+000D][U+000A]2020[U+202E]fdp.\"final\" d'été.pdf";
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.ISO_8859_1);

    /** The application's own security contexts (the static holder may be another cached application context's). */
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
    private StoreDocumentUseCase storeDocument;
    @Autowired
    private ReceiveEvidenceUseCase receiveEvidence;
    @Autowired
    private RejectEvidenceUseCase rejectEvidence;
    @Autowired
    private ObligationRepository obligations;
    @Autowired
    private JdbcTemplate jdbc;
    @Value("${conventio.documents.directory}")
    private Path documents;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
            .build();
    private String agreementUrl;

    private AgreementId agreementId;

    /** The demo's draft, approved and signed (once: the context is shared by the tests of this class), so that it has obligations. */
    @BeforeEach
    void signedSeed() {
        asStaff(() -> {
            AgreementId id = searchAgreements.search(new AgreementSearch(null, null, null, null, "ECO-2020-SCS"),
                    PageRequest.of(0, 1, SearchAgreementsUseCase.SORT_REFERENCE, true)).content().getFirst().id();
            var agreement = agreements.findById(id).orElseThrow();
            if (agreement.value().signatureDate().isEmpty()) {
                approve.approve(new ApproveAgreementCommand(id, agreement.version(), RealAgreement2020.seedDeliberation()));
                sign.sign(new SignAgreementCommand(id, agreements.findById(id).orElseThrow().version(), RealAgreement2020.SIGNATURE_DATE));
            }
            agreementId = id;
            agreementUrl = url("conventions/" + id.value());
        });
    }

    /** Runs {@code action} as a member of staff with every role, through the use cases' authorization. */
    private void asStaff(Runnable action) {
        var previous = securityContexts.getContext().getAuthentication();
        securityContexts.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test.e2e", "n/a",
                Roles.ALL.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
        try {
            action.run();
        } finally {
            securityContexts.getContext().setAuthentication(previous);
        }
    }

    @Test
    void a_one_megabyte_rejection_reason_is_refused_in_french_with_nothing_written_and_an_accepted_reason_is_stored_once() {
        asStaff(() -> {
            var obligation = obligations.findByAgreement(agreementId).stream()
                    .filter(o -> o.value().type() == ObligationType.GENERAL_ASSEMBLY_MINUTES).findFirst().orElseThrow();
            var document = storeDocument.store(new StoreDocumentCommand("pv-ag.pdf", "application/pdf", PDF));
            long version = receiveEvidence.receive(new ReceiveEvidenceCommand(obligation.value().id(), obligation.version(), document.id(),
                    LocalDate.of(2021, 5, 10))).version();
            String rows = "select (select count(*) from obligation_event) || '/' || (select count(*) from audit_event)";
            String before = jdbc.queryForObject(rows, String.class);

            assertThatThrownBy(() -> rejectEvidence.reject(new RejectEvidenceCommand(obligation.value().id(), version, "x".repeat(1_048_576),
                    LocalDate.of(2021, 5, 11))))
                    .isInstanceOf(InvalidCommandException.class)
                    .hasMessage("motif du rejet : 2 000 caractères au plus (reçu 1 048 576)");
            assertThat(jdbc.queryForObject(rows, String.class)).as("nothing written").isEqualTo(before);

            String reason = "Procès-verbal non signé par le président (page 3 manquante) " + "r".repeat(1_500);
            rejectEvidence.reject(new RejectEvidenceCommand(obligation.value().id(), version, reason, LocalDate.of(2021, 5, 11)));
            assertThat(jdbc.queryForObject("select count(*) from obligation_event where reason = ?", Long.class, reason)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from audit_event where strpos(changes::text, ?) > 0", Long.class,
                    "page 3 manquante")).as("the reason is not copied into the audit trail").isZero();
        });
    }

    @Test
    void a_name_with_cr_lf_bidi_and_quotes_is_shown_escaped_and_downloads_with_a_correct_header_then_a_missing_file_is_a_clean_500()
            throws Exception {
        openTheUploadDialog("Déposer une pièce : Compte rendu financier de l'emploi de la subvention");

        HttpRequest request = uploadRequest(NAME, HttpRequest.BodyPublishers.ofByteArray(PDF));
        HttpResponse<String> upload = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(upload.statusCode()).as(request.uri() + " -> " + upload.body()).isEqualTo(200);
        Pages.date(browser, "Date de réception", LocalDate.of(2021, 5, 10));
        Pages.submit(browser);
        Pages.waitForDialogClosed(browser);

        WebElement link = Pages.waiting(browser).until(d -> d.findElements(By.cssSelector("#obligations-grid a[href^='documents/']")).stream()
                .findFirst().orElse(null));
        assertThat(link.getText()).isEqualTo(SHOWN);
        String href = link.getAttribute("href");
        HttpResponse<byte[]> download = http.send(get(href), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).as(href + " -> " + download.headers().map()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition")).contains(
                "attachment; filename=\"crf2020fdp._final_ d_ete.pdf\"; filename*=UTF-8''crf2020fdp._final_%20d_%C3%A9t%C3%A9.pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        BrowserSupport.screenshot(browser, "evidence-escaped-name");

        try (Stream<Path> files = Files.walk(documents)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.delete(file);
            }
        }
        HttpResponse<String> missing = http.send(get(href), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(missing.statusCode()).isEqualTo(500);
        assertThat(missing.body()).contains("Le fichier de ce document est absent ou altéré", "Prévenez l'administrateur")
                .doesNotContain("Exception", "at fr.", documents.toString());
    }

    @Test
    void a_hundred_megabyte_upload_is_refused_while_it_streams_and_the_server_stops_reading_it() throws Exception {
        openTheUploadDialog("Déposer une pièce : Rapport d'activité de l'année écoulée");
        AtomicLong sent = new AtomicLong();
        long hundredMegabytes = 100L * 1024 * 1024;

        try {
            HttpResponse<String> refused = http.send(uploadRequest("gros.pdf",
                    HttpRequest.BodyPublishers.ofInputStream(() -> generated(hundredMegabytes, sent))), HttpResponse.BodyHandlers.ofString());
            assertThat(refused.body()).contains("gros.pdf");
        } catch (IOException connectionClosedByTheServer) {
            // the server answered and closed the connection before the body was sent: what we want
        }

        assertThat(sent.get()).as("bytes the server let the client send").isLessThan(40L * 1024 * 1024);
        Pages.submit(browser);
        Pages.waitForText(browser, "evidence-received",
                "« gros.pdf » dépasse 10 Mo : il n'a été ni lu en entier ni enregistré. Déposez un fichier de 10 Mo au plus.");
    }

    @Test
    void an_unknown_document_is_a_french_404_and_without_a_session_no_document_is_served() throws Exception {
        browser.get(url(""));
        Pages.login(browser, "lecture");
        HttpResponse<String> unknown = http.send(get(url("documents/" + AgreementId.newId().value())),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(url("documents/" + AgreementId.newId().value())))
                .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Ce document n'existe pas");
        assertThat(anonymous.statusCode()).as("sent to the sign-in").isIn(302, 401, 403);
        assertThat(anonymous.body()).doesNotContain("%PDF");
    }

    private void openTheUploadDialog(String button) {
        browser.get(agreementUrl);
        Pages.login(browser, "instructeur");
        Pages.tab(browser, "Obligations");
        Pages.clickElement(browser, Pages.waiting(browser).until(d -> d.findElement(By.cssSelector("vaadin-button[aria-label=\""
                + button.replace("\"", "\\\"") + "\"]"))));
        Pages.dialog(browser, "Déposer une pièce justificative");
    }

    /** A request like the upload component's: raw body to its target, the name URI-encoded in X-Filename, this browser's session. */
    private HttpRequest uploadRequest(String fileName, HttpRequest.BodyPublisher body) {
        WebElement upload = Pages.waiting(browser).until(d -> d.findElement(By.id("evidence-upload")));
        String target = (String) ((JavascriptExecutor) browser).executeScript("return arguments[0].target;", upload);
        return HttpRequest.newBuilder(URI.create(url("")).resolve(target)).timeout(Duration.ofSeconds(60))
                .header("Cookie", cookies())
                .header("Content-Type", "application/pdf")
                .header("X-Filename", URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"))
                .POST(body).build();
    }

    private HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies()).timeout(Duration.ofSeconds(30)).GET().build();
    }

    private String cookies() {
        return String.join("; ", browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue()).toList());
    }

    /** {@code size} bytes made as they are read, counting them in {@code sent}. */
    private static InputStream generated(long size, AtomicLong sent) {
        return new InputStream() {
            @Override
            public int read() {
                return read(new byte[1], 0, 1) < 0 ? -1 : 'x';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                long left = size - sent.get();
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(length, left);
                Arrays.fill(buffer, offset, offset + n, (byte) 'x');
                sent.addAndGet(n);
                return n;
            }
        };
    }
}
