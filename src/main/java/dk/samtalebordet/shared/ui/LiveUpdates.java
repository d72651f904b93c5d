package dk.samtalebordet.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableSupplier;
import dk.samtalebordet.live.LiveEvent;
import dk.samtalebordet.live.LiveEventBus;

/**
 * The one place where live events meet the UI: a component follows a topic while it is attached, and each event
 * reaches it through {@link UI#access}, so it is applied under the session lock and pushed to the browser.
 * Detaching (navigating away, closing the tab) cancels the subscription, so nothing leaks.
 */
public final class LiveUpdates {

    private LiveUpdates() {
    }

    /**
     * Follows the topic while the owner is attached.
     *
     * @param topic asked for on each attach, as it may be known only after navigation; null follows nothing
     * @return a handle to follow the topic anew when navigation changed it while the owner stayed attached
     */
    public static Following follow(Component owner, LiveEventBus bus, SerializableSupplier<String> topic,
                                   SerializableConsumer<LiveEvent> handler) {
        Following following = new Following(owner, bus, topic, handler);
        owner.addAttachListener(attach -> following.subscribe(attach.getUI()));
        owner.addDetachListener(detach -> following.cancel());
        return following;
    }

    /** One component's subscription to its current topic. */
    public static final class Following implements java.io.Serializable {
        private final Component owner;
        private final LiveEventBus bus;
        private final SerializableSupplier<String> topic;
        private final SerializableConsumer<LiveEvent> handler;
        private transient LiveEventBus.Subscription subscription;
        private transient String subscribedTo;

        private Following(Component owner, LiveEventBus bus, SerializableSupplier<String> topic,
                          SerializableConsumer<LiveEvent> handler) {
            this.owner = owner;
            this.bus = bus;
            this.topic = topic;
            this.handler = handler;
        }

        /** Follows the topic the supplier gives now (after a navigation changed it), if the owner is attached. */
        public void refollow() {
            cancel();
            owner.getUI().ifPresent(this::subscribe);
        }

        /**
         * Follows the topic now, before the owner reads the state it shows: a change made between reading and
         * following would otherwise never reach the page. Following already, it does nothing.
         */
        public void followNow(UI ui) {
            subscribe(ui);
        }

        private void subscribe(UI ui) {
            String current = topic.get();
            if (subscription != null && current != null && current.equals(subscribedTo)) {
                return; // following it already: no gap of unsubscribing and subscribing again
            }
            cancel();
            if (current == null) {
                return;
            }
            subscribedTo = current;
            subscription = bus.subscribe(current, event -> {
                try {
                    ui.access(() -> handler.accept(event));
                } catch (UIDetachedException ignored) {
                    // the tab is gone; its detach listener cancels the subscription
                }
            });
        }

        private void cancel() {
            if (subscription != null) {
                subscription.cancel();
                subscription = null;
                subscribedTo = null;
            }
        }
    }
}
