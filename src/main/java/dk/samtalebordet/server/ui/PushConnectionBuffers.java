package dk.samtalebordet.server.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;
import jakarta.servlet.ServletContext;
import jakarta.websocket.server.ServerContainer;
import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.springframework.stereotype.Component;

/**
 * Each push WebSocket starts with small receive buffers instead of about 70 kB that it never fills. The browser
 * sends nothing over it (Vaadin's default transport sends requests over HTTP), yet every connection allocated:
 * <ul>
 *   <li>Tomcat's text and binary message buffers, 8,192 characters and 8 kB, sized by the container's defaults.
 *       Tomcat grows them to the session's limit when a message starts, and Atmosphere keeps that limit at
 *       16,384, so the largest message accepted does not change;</li>
 *   <li>Atmosphere's byte and character buffers, 16,384 of each (Vaadin sets that size), which Atmosphere uses
 *       only when it reads a message as a stream, and grows when it does. Over JSR 356 it receives each message
 *       whole.</li>
 * </ul>
 * Vaadin's Spring integration has made the Atmosphere framework before the servlet's service starts, and each
 * WebSocket reads the size when it opens, so setting it here reaches every connection (docs/performance.md).
 */
@Component
class PushConnectionBuffers implements VaadinServiceInitListener {

    static final int INITIAL_SIZE = 256;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!(event.getSource() instanceof VaadinServletService service)) {
            return;
        }
        VaadinServlet servlet = service.getServlet();
        ServletContext context = servlet.getServletContext();
        if (context.getAttribute(ServerContainer.class.getName()) instanceof ServerContainer container) {
            container.setDefaultMaxTextMessageBufferSize(INITIAL_SIZE);
            container.setDefaultMaxBinaryMessageBufferSize(INITIAL_SIZE);
        }
        String atmosphere = JSR356WebsocketInitializer.getAttributeName(servlet.getServletName());
        if (context.getAttribute(atmosphere) instanceof AtmosphereFramework framework) {
            framework.addInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE, String.valueOf(INITIAL_SIZE));
        }
    }
}
