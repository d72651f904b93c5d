package dk.samtalebordet.security;

import dk.samtalebordet.IntegrationTest;
import dk.samtalebordet.people.PeopleFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over plain HTTP, as an attacker or a proxy would talk to it: nothing but the login page and public files is
 * served without signing in; the hardening headers; the cookie behind a TLS proxy; login CSRF; no session id in
 * a URL; sign-in throttling per source address.
 */
@IntegrationTest
class HttpSecurityTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;
    @Autowired
    PeopleFixtures fixtures;

    @Test
    void everyViewRedirectsToTheLoginPage() throws Exception {
        for (String path : new String[] {"/", "/koncepter", "/medarbejdere", "/personer", "/koncepter/1"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(path)
                    .hasValueSatisfying(location -> assertThat(URI.create(location)).hasPath("/login"));
        }
    }

    @Test
    void theLoginPageAndThePicturesArePublic() throws Exception {
        assertThat(get("/login").statusCode()).isEqualTo(200);
        HttpResponse<String> picture = get("/pictures/bro.svg");
        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(picture.body()).contains("<svg").contains("<title");
    }

    @Test
    void everyResponseCarriesTheHardeningHeadersAndHstsOnlyOverHttps() throws Exception {
        for (String path : new String[] {"/login", "/", "/pictures/bro.svg"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(response.headers().firstValue("Permissions-Policy")).as(path)
                    .hasValueSatisfying(p -> assertThat(p).contains("camera=()", "microphone=()", "geolocation=()"));
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as(path).isEmpty();
        }
        HttpResponse<String> behindProxy = http.send(request("/login").header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(behindProxy.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecureHttpOnlyAndSameSiteLax() throws Exception {
        HttpResponse<String> direct = get("/login");
        assertThat(sessionCookie(direct)).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly")
                .doesNotContainIgnoringCase("Secure");
        HttpResponse<String> behindProxy = http.send(request("/login").header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sessionCookie(behindProxy)).containsIgnoringCase("; Secure")
                .containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly");
    }

    @Test
    void aSessionIdIsNeverPutInAUrl() throws Exception {
        for (String path : new String[] {"/personalemappe", "/VAADIN/dynamic/resource/0/abc/plan.pdf"}) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).as(path)
                    .doesNotContainIgnoringCase("jsessionid");
        }
        assertThat(get("/login").body()).doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void aSignInWithoutTheLoginPagesCsrfTokenIsRefused() throws Exception {
        HttpClient browser = browser();
        String token = csrfToken(browser.send(request("/login").build(), HttpResponse.BodyHandlers.ofString()));
        String username = fixtures.employee("en god lang adgangskode");

        HttpResponse<String> forged = browser.send(post(form(username, "en god lang adgangskode", null)),
                HttpResponse.BodyHandlers.ofString());
        // back to the login page, which now carries a fresh token: a person whose page had been open too long
        // simply signs in again
        assertThat(forged.statusCode()).isEqualTo(302);
        assertThat(URI.create(forged.headers().firstValue("Location").orElseThrow())).hasPath("/login")
                .hasNoQuery();
        assertThat(browser.send(request("/").build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .as("not signed in").isEqualTo(302);

        HttpResponse<String> real = browser.send(post(form(username, "en god lang adgangskode", token)),
                HttpResponse.BodyHandlers.ofString());
        assertThat(real.statusCode()).isEqualTo(302);
        assertThat(real.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(browser.send(request("/").build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .as("signed in").isEqualTo(200);
    }

    @Test
    void manyFailedSignInsFromOneAddressStopEvenARightPasswordFromThere() throws Exception {
        String address = "203.0.113." + (1 + (int) (Math.random() * 250));
        for (int i = 0; i < 30; i++) {
            assertThat(signInFrom(address, "gaet" + i, "forkert")).as("attempt " + i).endsWith("error=credentials");
        }
        String username = fixtures.employee("en god lang adgangskode");
        assertThat(signInFrom(address, username, "en god lang adgangskode")).endsWith("error=throttled");
        assertThat(signInFrom("198.51.100.7", username, "en god lang adgangskode")).as("from elsewhere")
                .doesNotContain("error");
    }

    /** Signs in through the login page as a browser would, from the given address behind the proxy. */
    private String signInFrom(String address, String username, String password) throws Exception {
        HttpClient browser = browser();
        String token = csrfToken(browser.send(request("/login").header("X-Forwarded-For", address).build(),
                HttpResponse.BodyHandlers.ofString()));
        HttpRequest post = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(form(username, password, token))).build();
        return browser.send(post, HttpResponse.BodyHandlers.ofString()).headers().firstValue("Location")
                .orElseThrow();
    }

    private HttpClient browser() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager())
                .build();
    }

    private static String csrfToken(HttpResponse<String> loginPage) {
        Matcher m = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(loginPage.body());
        assertThat(m.find()).as("the login page carries the CSRF token").isTrue();
        return m.group(1);
    }

    private static String form(String username, String password, String token) {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return token == null ? form : form + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    private HttpRequest post(String form) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie set"));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
    }
}
