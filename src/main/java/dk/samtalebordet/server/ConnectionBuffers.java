package dk.samtalebordet.server;

import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Each connection to Tomcat keeps a read and a write buffer for as long as it is open, and then in Tomcat's pool
 * of channels. Every open page holds a push WebSocket and the connection of its heartbeats, and a browser keeps up
 * to six connections open for a minute after it has loaded a page's pictures, styles and scripts. Tomcat's
 * documentation advises smaller buffers for many kept-alive connections: 4 kB each instead of 8 kB saves 8 kB per
 * connection, about 60 kB per open table page (docs/performance.md). A request's headers have a buffer of their
 * own ({@code server.max-http-request-header-size}), so the largest request accepted does not change; larger
 * bodies and responses are read and written in more pieces.
 * <p>
 * A WebSocket has three buffers more, for reading frames, encoding text and writing frames, sized by a system
 * property Tomcat reads once. They get the same 4 kB unless the property is already set; a longer push message
 * goes out in more than one frame, which the browser puts together again.
 */
@Component
class ConnectionBuffers implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    static final int SIZE = 4096;

    static final String WEBSOCKET_BUFFER_PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        System.getProperties().putIfAbsent(WEBSOCKET_BUFFER_PROPERTY, String.valueOf(SIZE));
        factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.appReadBufSize", String.valueOf(SIZE));
            connector.setProperty("socket.appWriteBufSize", String.valueOf(SIZE));
        });
    }
}
