package dk.samtalebordet.server;

import dk.samtalebordet.IntegrationTest;
import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

import java.lang.reflect.Field;

import static org.assertj.core.api.Assertions.assertThat;

/** The running Tomcat's connector. */
@IntegrationTest
class ConnectionBuffersTest {

    @Autowired
    ServletWebServerApplicationContext context;

    @Test
    void eachConnectionReadsAndWritesThroughFourKilobyteBuffers() {
        TomcatWebServer server = (TomcatWebServer) context.getWebServer();
        var protocol = (AbstractProtocol<?>) server.getTomcat().getConnector().getProtocolHandler();
        assertThat(protocol.getProperty("socket.appReadBufSize")).isEqualTo(String.valueOf(ConnectionBuffers.SIZE));
        assertThat(protocol.getProperty("socket.appWriteBufSize")).isEqualTo(String.valueOf(ConnectionBuffers.SIZE));
    }

    @Test
    void eachWebSocketFramesThroughFourKilobyteBuffers() throws ReflectiveOperationException {
        Field size = Class.forName("org.apache.tomcat.websocket.Constants").getDeclaredField("DEFAULT_BUFFER_SIZE");
        size.setAccessible(true);
        assertThat(size.getInt(null)).isEqualTo(ConnectionBuffers.SIZE);
    }
}
