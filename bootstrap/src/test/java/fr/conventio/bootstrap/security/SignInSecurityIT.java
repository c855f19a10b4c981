package fr.conventio.bootstrap.security;

import static fr.conventio.bootstrap.security.StaffHttpClient.location;
import static fr.conventio.bootstrap.security.StaffHttpClient.sessionCookie;
import static org.assertj.core.api.Assertions.assertThat;

import fr.conventio.ConventioApplication;
import fr.conventio.application.fakes.TestClock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sign-in, session cookie and response headers, probed with a plain HTTP client against the application on a
 * random port (real Tomcat, real Spring Security, embedded PostgreSQL), behind a "trusted proxy": forwarded
 * headers are on, so each test plays its own client address with {@code X-Forwarded-For}. The throttle's clock
 * is a test clock, moved past the lock-out instead of waiting.
 */
@SpringBootTest(classes = ConventioApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "conventio.security.demo-accounts=true",
        "server.forward-headers-strategy=native",
        "vaadin.devmode.devTools.enabled=false"})
@Import(SignInSecurityIT.Clocks.class)
@ExtendWith(OutputCaptureExtension.class)
class SignInSecurityIT {

    private static final String WRONG = "Mauvais-Mot-De-Passe-42";

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(LocalDate.of(2026, 12, 1));
        }
    }

    @DynamicPropertySource
    static void isolatedData(DynamicPropertyRegistry registry) throws Exception {
        Path data = Files.createTempDirectory("conventio-signin-");
        registry.add("conventio.database.data-directory", () -> data.resolve("postgres").toString());
        registry.add("conventio.documents.directory", () -> data.resolve("documents").toString());
    }

    // ------------------------------------------------------------------ throttling

    @Test
    void thirty_wrong_passwords_lock_the_account_even_for_the_right_password_and_every_failure_is_logged_with_user_and_address(
            CapturedOutput output) {
        StaffHttpClient attacker = new StaffHttpClient(port).from("203.0.113.7");
        for (int attempt = 1; attempt <= 30; attempt++) {
            String went = location(attacker.signIn("responsable", WRONG));
            assertThat(went).as("attempt %d", attempt).isEqualTo(attempt < 5 ? "/login?error" : "/login?locked=15");
        }
        assertThat(location(attacker.signIn("responsable", "responsable"))).as("locked: the right password too")
                .isEqualTo("/login?locked=15");
        assertThat(location(new StaffHttpClient(port).from("198.51.100.20").signIn("responsable", "responsable")))
                .as("the account is locked whatever the address").startsWith("/login?locked=");

        assertThat(output).contains("Sign-in failed, wrong user name or password: user 'responsable' from 203.0.113.7 (1 of 5")
                .contains("Sign-in failed, wrong user name or password: user 'responsable' from 203.0.113.7 (5 of 5")
                .contains("Sign-in locked for user name 'responsable' until 2026-12-01T08:15:00Z: 5 failures within 15 min (last from 203.0.113.7)")
                .contains("Sign-in refused, locked until 2026-12-01T08:15:00Z: user 'responsable' from 203.0.113.7")
                .contains("Sign-in refused, locked until 2026-12-01T08:15:00Z: user 'responsable' from 198.51.100.20")
                .doesNotContain(WRONG);
        assertThat(count(output.getAll(), "Sign-in refused, locked until 2026-12-01T08:15:00Z: user 'responsable' from 203.0.113.7"))
                .as("attempts 6 to 30 and the right password").isEqualTo(26);

        // other accounts, even from the same address, are not affected
        assertThat(location(new StaffHttpClient(port).from("203.0.113.7").signIn("finances", "finances"))).isEqualTo("/");

        // once the lock-out is over, the account signs in again, and its next failure counts from one
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(location(new StaffHttpClient(port).from("203.0.113.7").signIn("responsable", "responsable"))).isEqualTo("/");
        assertThat(output).contains("Sign-in: user 'responsable' from 203.0.113.7");
    }

    @Test
    void an_unknown_user_name_is_locked_the_same_way_as_an_existing_one(CapturedOutput output) {
        StaffHttpClient client = new StaffHttpClient(port).from("203.0.113.30");
        for (int attempt = 1; attempt <= 6; attempt++) {
            String existing = location(client.signIn("lecture", WRONG));
            String unknown = location(client.signIn("personne.inconnue", WRONG));
            assertThat(unknown).as("attempt %d: nothing tells whether the account exists", attempt).isEqualTo(existing);
        }
        assertThat(location(client.signIn("personne.inconnue", WRONG))).startsWith("/login?locked=");
        assertThat(output).contains("Sign-in locked for user name 'personne.inconnue' until");
    }

    @Test
    void twenty_failures_from_one_address_lock_that_address_for_every_account_not_the_others(CapturedOutput output) {
        StaffHttpClient sprayer = new StaffHttpClient(port).from("203.0.113.99");
        for (int attempt = 1; attempt <= 20; attempt++) {
            sprayer.signIn("essai." + attempt, WRONG); // a different name each time: no account reaches its own limit
        }
        assertThat(location(sprayer.signIn("admin", "admin"))).as("the address is locked").startsWith("/login?locked=");
        assertThat(location(new StaffHttpClient(port).from("203.0.113.100").signIn("admin", "admin"))).as("another address")
                .isEqualTo("/");
        assertThat(output).contains("Sign-in locked for address 203.0.113.99 until").contains("user 'essai.20' from 203.0.113.99");
    }

    @Test
    void a_user_name_with_line_breaks_cannot_forge_log_lines(CapturedOutput output) {
        new StaffHttpClient(port).from("203.0.113.44").signIn("x\nSign-in: user 'admin' from 10.0.0.1", WRONG);
        assertThat(output).contains("user 'x?Sign-in: user ?admin? from 10.0.0.1' from 203.0.113.44")
                .doesNotContain("\nSign-in: user 'admin' from 10.0.0.1");
    }

    // ------------------------------------------------------------------ CSRF, session cookie, redirects

    @Test
    void a_login_post_without_the_csrf_token_is_refused() {
        StaffHttpClient client = new StaffHttpClient(port).from("203.0.113.50");
        client.get("/login"); // a session, with its token, but the post does not carry it

        HttpResponse<String> forged = client.postForm("/login", Map.of("username", "admin", "password", "admin"));

        assertThat(forged.statusCode()).isIn(302, 403);
        if (forged.statusCode() == 302) {
            assertThat(location(forged)).isEqualTo("/login");
        }
        assertThat(location(client.get("/conventions"))).as("still not signed in").isEqualTo("/login");
        assertThat(location(client.signIn("admin", "admin"))).as("with the token it works (back to the page asked for)")
                .isIn("/", "/conventions?continue");
    }

    @Test
    void the_session_cookie_is_http_only_same_site_lax_and_secure_only_when_the_proxy_says_https() {
        String plain = sessionCookie(new StaffHttpClient(port).from("203.0.113.60").get("/login"));
        assertThat(plain).contains("; HttpOnly").contains("; SameSite=Lax").doesNotContain("Secure");

        HttpResponse<String> overTls = new StaffHttpClient(port).from("203.0.113.61").with("X-Forwarded-Proto", "https").get("/login");
        assertThat(sessionCookie(overTls)).contains("; Secure").contains("; HttpOnly").contains("; SameSite=Lax");
        assertThat(overTls.headers().firstValue("Strict-Transport-Security")).as("HSTS over TLS only").isPresent();
        assertThat(new StaffHttpClient(port).get("/login").headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void no_redirect_ever_puts_the_session_id_in_the_url() {
        StaffHttpClient client = new StaffHttpClient(port).from("203.0.113.70");
        HttpResponse<String> first = client.get("/conventions"); // no cookie yet: where a container would rewrite URLs
        HttpResponse<String> failed = client.signIn("admin", WRONG);
        HttpResponse<String> signedIn = client.signIn("admin", "admin");
        HttpResponse<String> loggedOut = client.postForm("/logout", Map.of("_csrf", csrfOfSignedInPage(client)));

        for (HttpResponse<String> redirect : java.util.List.of(first, failed, signedIn, loggedOut)) {
            assertThat(redirect.statusCode()).isEqualTo(302);
            assertThat(redirect.headers().firstValue("Location").orElseThrow()).doesNotContainIgnoringCase("jsessionid");
        }
        assertThat(client.get("/login").body()).doesNotContainIgnoringCase("jsessionid");
    }

    // ------------------------------------------------------------------ headers

    @Test
    void a_page_with_data_carries_the_security_headers_and_is_not_stored_a_static_asset_may_be_cached() {
        StaffHttpClient client = new StaffHttpClient(port).from("203.0.113.80");
        assertThat(location(client.signIn("instructeur", "instructeur"))).isEqualTo("/");

        HttpResponse<String> page = client.get("/conventions");

        assertThat(page.statusCode()).isEqualTo(200);
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher nonce = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'").matcher(policy);
        assertThat(nonce.find()).as(policy).isTrue();
        assertThat(policy).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'self'",
                "form-action 'self'").doesNotContain("script-src 'self' 'unsafe-inline'");
        assertThat(page.body()).as("the page's own scripts carry this response's nonce").contains("nonce=\"" + nonce.group(1) + "\"");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(page.headers().firstValue("Permissions-Policy").orElseThrow()).contains("camera=()", "microphone=()", "geolocation=()");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");

        HttpResponse<String> another = client.get("/conventions");
        assertThat(another.headers().firstValue("Content-Security-Policy").orElseThrow()).as("a fresh nonce per response")
                .isNotEqualTo(policy);

        Matcher script = Pattern.compile("src=\"\\.?/?(VAADIN/build/[^\"]+\\.js)\"").matcher(page.body());
        assertThat(script.find()).as("the page loads its bundle").isTrue();
        for (String asset : java.util.List.of("/" + script.group(1), "/lumo/lumo.css", "/styles.css")) {
            HttpResponse<String> staticAsset = client.get(asset);
            assertThat(staticAsset.statusCode()).as(asset).isEqualTo(200);
            assertThat(staticAsset.headers().allValues("Cache-Control")).as(asset).noneMatch(value -> value.contains("no-store"));
            assertThat(staticAsset.headers().firstValue("X-Content-Type-Options")).as(asset).contains("nosniff");
        }
    }

    @Test
    void the_login_page_carries_the_policy_too() {
        HttpResponse<String> login = new StaffHttpClient(port).get("/login");
        assertThat(login.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(login.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    private static String csrfOfSignedInPage(StaffHttpClient client) {
        Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(client.get("/conventions").body());
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }
}
