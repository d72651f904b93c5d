package dk.samtalebordet.shared.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An address a view could not read (a malformed number that got past the route's own pattern): the refusal page,
 * like any address that does not exist, never an exception page. Routes constrain their
 * parameters, so this is a safety net; it is logged as a warning for whoever keeps the code.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class BadAddressView extends RefusalView implements HasErrorParameter<NumberFormatException> {

    private static final Logger log = LoggerFactory.getLogger(BadAddressView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NumberFormatException> parameter) {
        log.warn("Refused the address {}: {}", event.getLocation().getPath(), parameter.getCaughtException()
                .toString());
        return refuse();
    }
}
