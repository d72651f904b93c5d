package dk.samtalebordet.bench.server;

import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The harness's remote control, opened as a page: {@code ?new=MUS} or {@code ?new=GRUS} creates a conversation
 * of the demo department and shows its id; {@code ?load=50} gives 50 background conversations one change a
 * second each ({@code &every=5000}: one each 5 s), {@code ?load=0} stops that; {@code ?status} shows how many
 * background changes were made; {@code ?time=focus&n=200} times the service call alone, inside the server, with
 * nobody following.
 */
@Route(value = "bench/control", autoLayout = false)
@PermitAll
public class BenchControlView extends Pre implements BeforeEnterObserver {

    private final BenchLoad load;

    public BenchControlView(BenchLoad load) {
        this.load = load;
        setId("bench-result");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        String result;
        if (query.getSingleParameter("new").isPresent()) {
            result = load.newConversation(query.getSingleParameter("new").get()).toString();
        } else if (query.getSingleParameter("time").isPresent()) {
            result = load.timeService(query.getSingleParameter("time").get(),
                    Integer.parseInt(query.getSingleParameter("n").orElse("200")),
                    query.getSingleParameter("conversation").map(UUID::fromString).orElse(null));
        } else if (query.getSingleParameter("load").isPresent()) {
            List<UUID> ids = load.start(Integer.parseInt(query.getSingleParameter("load").get()),
                    Long.parseLong(query.getSingleParameter("every").orElse("1000")));
            result = ids.stream().map(UUID::toString).collect(Collectors.joining("\n"));
        } else {
            result = load.status();
        }
        setText(result);
    }
}
