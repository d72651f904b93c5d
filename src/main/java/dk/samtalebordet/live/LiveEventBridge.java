package dk.samtalebordet.live;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one place where the services' application events become live events: every {@link LiveEvent} published
 * in the application goes to the bus, which announces it when the publishing transaction commits.
 */
@Component
class LiveEventBridge {

    private final LiveEventBus bus;

    LiveEventBridge(LiveEventBus bus) {
        this.bus = bus;
    }

    @EventListener
    void on(LiveEvent event) {
        bus.announce(event);
    }
}
