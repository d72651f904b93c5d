package dk.samtalebordet.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableSupplier;
import dk.samtalebordet.shared.LiveEventBus;

/**
 * The one place where live events meet the UI: a component follows a topic while it is attached, and each event
 * reaches it through {@link UI#access}, so it is applied under the session lock and pushed to the browser.
 * Detaching (navigating away, closing the tab) cancels the subscription, so nothing leaks.
 */
public final class LiveUpdates {

    private LiveUpdates() {
    }

    /**
     * @param topic asked for on each attach, as it may be known only after navigation; null follows nothing
     */
    public static void follow(Component owner, LiveEventBus bus, SerializableSupplier<?> topic,
                              SerializableConsumer<Object> handler) {
        owner.addAttachListener(attach -> {
            Object current = topic.get();
            if (current == null) {
                return;
            }
            UI ui = attach.getUI();
            LiveEventBus.Subscription subscription = bus.subscribe(current, event -> {
                try {
                    ui.access(() -> handler.accept(event));
                } catch (UIDetachedException ignored) {
                    // the tab is gone; its detach listener cancels the subscription
                }
            });
            owner.addDetachListener(detach -> {
                subscription.cancel();
                detach.unregisterListener();
            });
        });
    }
}
