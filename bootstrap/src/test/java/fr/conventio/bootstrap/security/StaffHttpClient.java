package fr.conventio.bootstrap.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client against the running application, as a browser without JavaScript would be: its own
 * cookie jar (one session), no redirect followed (the tests read them), and extra headers on every request
 * (e.g. {@code X-Forwarded-For} to play a client behind the trusted proxy). Signs in through the login form,
 * with the CSRF token the login page carries.
 */
public final class StaffHttpClient {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public StaffHttpClient(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Sends {@code name: value} with every request from now on. */
    public StaffHttpClient with(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Comes from {@code address}, as the trusted proxy says in {@code X-Forwarded-For}. */
    public StaffHttpClient from(String address) {
        return with("X-Forwarded-For", address);
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The CSRF token of this session, from the login page (a new session gets one). */
    public String csrfToken() {
        HttpResponse<String> login = get("/login");
        Matcher token = CSRF.matcher(login.body());
        if (!token.find()) {
            throw new AssertionError("no CSRF token on the login page: " + login.statusCode());
        }
        return token.group(1);
    }

    /** Posts the login form as the login page would (with its CSRF token); returns the response (a redirect). */
    public HttpResponse<String> signIn(String username, String password) {
        return postForm("/login", Map.of("username", username, "password", password, "_csrf", csrfToken()));
    }

    /** Where a redirect goes (the path and query after the host), or fails when the response is no redirect. */
    public static String location(HttpResponse<?> response) {
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("no redirect: HTTP " + response.statusCode()));
        URI uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** The raw {@code Set-Cookie} of the session cookie, or fails when the response sets none. */
    public static String sessionCookie(HttpResponse<?> response) {
        List<String> set = response.headers().allValues("Set-Cookie");
        return set.stream().filter(cookie -> cookie.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie set: " + set));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        headers.forEach(builder::header);
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
