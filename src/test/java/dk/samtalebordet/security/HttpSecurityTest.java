package dk.samtalebordet.security;

import dk.samtalebordet.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Over plain HTTP: nothing but the login page and public files is served without signing in. */
@IntegrationTest
class HttpSecurityTest {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

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

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
