package dk.samtalebordet.bench.server;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Route;
import dk.samtalebordet.live.LiveEvent;
import dk.samtalebordet.live.LiveEventBus;
import dk.samtalebordet.shared.ui.LiveUpdates;
import jakarta.annotation.security.PermitAll;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The bare baseline: a page that does nothing but broadcast a counter through {@code @Push} from one page to
 * every other page that shows it. No database, no layout, no rules; the same push settings and the same
 * broadcaster as the live table, so the difference to the table's figures is what the application adds.
 */
@Route(value = "bench/bare", autoLayout = false)
@PermitAll
public class BareCounterView extends Div {

    private static final String TOPIC = "bench-bare-counter";

    /** The counter's new value: announced to every page showing it, on every node. */
    public record Counted(String topic, long count) implements LiveEvent {
    }
    private static final AtomicLong COUNT = new AtomicLong();

    public BareCounterView(LiveEventBus bus) {
        Span count = new Span(String.valueOf(COUNT.get()));
        count.setId("bench-count");
        Button increment = new Button("+1", click -> bus.announce(new Counted(TOPIC, COUNT.incrementAndGet())));
        increment.setId("bench-increment");
        add(increment, count);
        LiveUpdates.follow(this, bus, () -> TOPIC, event -> count.setText(String.valueOf(((Counted) event).count())));
    }
}
