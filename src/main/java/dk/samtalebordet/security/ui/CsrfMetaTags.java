package dk.samtalebordet.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;

/**
 * Puts Spring Security's CSRF token in the page's head, where the login form reads it and posts it along: a
 * sign-in without the token is refused, so no other site can sign a browser in to an account of its choosing.
 */
@Component
class CsrfMetaTags implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            if (response.getVaadinRequest().getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
                response.getDocument().head().appendElement("meta").attr("name", "_csrf_parameter")
                        .attr("content", token.getParameterName());
                response.getDocument().head().appendElement("meta").attr("name", "_csrf")
                        .attr("content", token.getToken());
            }
        });
    }
}
