package dk.samtalebordet.server.ui;

import dk.samtalebordet.IntegrationTest;
import jakarta.servlet.ServletContext;
import jakarta.websocket.server.ServerContainer;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;

/** The running Tomcat's WebSocket container and Vaadin's Atmosphere, once Vaadin's servlet has served a page. */
@IntegrationTest
class PushConnectionBuffersTest {

    @LocalServerPort
    int port;

    @Autowired
    ServletContext context;

    @Test
    void pushWebSocketsOpenWithSmallBuffersWhileTheLargestMessageAcceptedStaysAsAtmosphereSetsIt() throws Exception {
        HttpResponse<Void> login = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(login.statusCode()).isEqualTo(200);

        ServerContainer container = (ServerContainer) context.getAttribute(ServerContainer.class.getName());
        assertThat(container.getDefaultMaxTextMessageBufferSize()).isEqualTo(PushConnectionBuffers.INITIAL_SIZE);
        assertThat(container.getDefaultMaxBinaryMessageBufferSize()).isEqualTo(PushConnectionBuffers.INITIAL_SIZE);

        AtmosphereFramework atmosphere = Collections.list(context.getAttributeNames()).stream()
                .map(context::getAttribute)
                .filter(AtmosphereFramework.class::isInstance).map(AtmosphereFramework.class::cast)
                .findFirst().orElseThrow();
        assertThat(atmosphere.getAtmosphereConfig().getInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE))
                .isEqualTo(String.valueOf(PushConnectionBuffers.INITIAL_SIZE));
        assertThat(atmosphere.getAtmosphereConfig().getInitParameter(ApplicationConfig.WEBSOCKET_MAXTEXTSIZE))
                .isEqualTo("16384");
    }
}
