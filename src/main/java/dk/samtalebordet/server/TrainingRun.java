package dk.samtalebordet.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The production build's training run for its class data sharing archive (pom.xml, README "Production build"):
 * started with {@code samtalebordet.training-run=true}, the application asks itself for the login page once it
 * is ready and then exits, so the archive holds the classes a start loads until the first page is served:
 * Hibernate's and the repositories', which start after the context, and those of Vaadin's first request. It exits
 * with status 1 if the page does not come, which fails the build.
 */
@Component
@ConditionalOnProperty(name = "samtalebordet.training-run", havingValue = "true")
class TrainingRun {

    private static final Logger log = LoggerFactory.getLogger(TrainingRun.class);

    @EventListener
    void serveTheLoginPageAndExit(ApplicationReadyEvent ready) {
        var context = (WebServerApplicationContext) ready.getApplicationContext();
        int status = loginPageStatus(context.getWebServer().getPort());
        if (status != 200) {
            log.error("Training run: the login page answered {}", status);
        }
        System.exit(SpringApplication.exit(context, () -> status == 200 ? 0 : 1));
    }

    private static int loginPageStatus(int port) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .timeout(Duration.ofSeconds(60)).build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            log.error("Training run: the login page did not answer", e);
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
