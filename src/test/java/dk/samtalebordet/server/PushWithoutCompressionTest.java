package dk.samtalebordet.server;

import dk.samtalebordet.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Against the running Tomcat, over a socket, as a browser opens the push connection. */
@IntegrationTest
class PushWithoutCompressionTest {

    @LocalServerPort
    int port;

    @Test
    void thePushWebSocketIsOpenedWithoutPermessageDeflateWhenTheBrowserAsksForIt() throws IOException {
        String response = upgrade("Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n");
        assertThat(response).startsWith("HTTP/1.1 101");
        assertThat(response.toLowerCase()).doesNotContain("sec-websocket-extensions").doesNotContain("deflate");
    }

    private String upgrade(String extraHeader) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /VAADIN/push?v-r=push&v-uiId=0&X-Atmosphere-Transport=websocket HTTP/1.1\r\n"
                    + "Host: localhost:" + port + "\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                    + "Origin: http://localhost:" + port + "\r\n" + extraHeader + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            while (!head.toString().endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                head.append((char) b);
            }
            return head.toString();
        }
    }
}
