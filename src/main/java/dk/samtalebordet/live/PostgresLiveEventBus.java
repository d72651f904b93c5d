package dk.samtalebordet.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.function.Consumer;

/**
 * The {@link LiveEventBus} of several nodes on one PostgreSQL database, on its own LISTEN/NOTIFY: an event is
 * sent with {@code pg_notify} on the connection of the changing transaction, so PostgreSQL delivers it to every
 * node only when that transaction commits, and never after a rollback. Each node listens on one connection of
 * its own, outside the pool, and hands what arrives to its followers (its own events too, the same way).
 * <p>
 * Notifications are not kept: after a lost listening connection the node connects again and tells every page
 * it serves that it may have missed something ({@link LiveEvent.Missed}), and each page reads its state again.
 */
class PostgresLiveEventBus implements LiveEventBus, InitializingBean, DisposableBean {

    static final String CHANNEL = "samtalebordet_live";
    /** PostgreSQL refuses a payload of 8,000 bytes or more. */
    static final int MAX_PAYLOAD_BYTES = 7_999;

    private static final Logger log = LoggerFactory.getLogger(PostgresLiveEventBus.class);

    private final LocalFollowers followers;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final String url;
    private final String username;
    private final String password;
    private final String applicationName;
    private final Duration reconnectDelay;
    private final Thread listener;
    private volatile boolean running = true;
    private volatile Connection listening;

    PostgresLiveEventBus(LocalFollowers followers, JdbcTemplate jdbc, ObjectMapper json, String url,
                         String username, String password, String applicationName, Duration reconnectDelay) {
        this.followers = followers;
        this.jdbc = jdbc;
        this.json = json;
        this.url = url;
        this.username = username;
        this.password = password;
        this.applicationName = applicationName;
        this.reconnectDelay = reconnectDelay;
        this.listener = new Thread(this::listen, "live-listener");
        this.listener.setDaemon(true);
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        listening = connect(); // the first connection at startup: a node that cannot listen does not start
        listener.start();
    }

    @Override
    public Subscription subscribe(String topic, Consumer<LiveEvent> listener) {
        return followers.subscribe(topic, listener);
    }

    /**
     * Sends the event on the connection of the current transaction (JdbcTemplate takes the one the transaction
     * holds), so it goes out with the commit; without a transaction, at once.
     */
    @Override
    public void announce(LiveEvent event) {
        String payload = payload(event);
        jdbc.query("select pg_notify(?, ?)", rs -> null, CHANNEL, payload);
    }

    @Override
    public boolean awaitDelivered(Duration within) {
        return followers.awaitIdle(within);
    }

    String payload(LiveEvent event) {
        ObjectNode wrapper = json.createObjectNode();
        wrapper.put("type", event.getClass().getName());
        wrapper.set("event", json.valueToTree(event));
        String payload = wrapper.toString();
        if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            throw new IllegalArgumentException("A live event must be small (ids and versions): "
                    + event.getClass().getSimpleName() + " is " + payload.length() + " characters");
        }
        return payload;
    }

    /** Only an event class of this application is ever made from a notification. */
    LiveEvent event(String payload) throws Exception {
        JsonNode wrapper = json.readTree(payload);
        String type = wrapper.path("type").asText();
        Class<?> c = type.startsWith("dk.samtalebordet.")
                ? Class.forName(type, false, getClass().getClassLoader()) : null;
        if (c == null || !LiveEvent.class.isAssignableFrom(c)) {
            throw new IllegalArgumentException("Not a live event: " + type);
        }
        return (LiveEvent) json.treeToValue(wrapper.get("event"), c);
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (username != null) {
            properties.setProperty("user", username);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", applicationName); // the node, in pg_stat_activity
        Connection connection = DriverManager.getConnection(url, properties);
        try (Statement statement = connection.createStatement()) {
            statement.execute("listen " + CHANNEL);
        }
        return connection;
    }

    private void listen() {
        while (running) {
            try {
                Connection connection = listening;
                if (connection == null) {
                    connection = connect();
                    listening = connection;
                    log.info("Listening for live events again; the open pages read their state anew");
                    followers.topics().forEach(topic -> followers.deliver(new LiveEvent.Missed(topic)));
                }
                PGNotification[] arrived = connection.unwrap(PGConnection.class).getNotifications(500);
                if (arrived != null) {
                    for (PGNotification n : arrived) {
                        deliver(n.getParameter());
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("The live events' connection to the database was lost; connecting again", e);
                }
                close(listening);
                listening = null;
                pause();
            }
        }
    }

    private void deliver(String payload) {
        try {
            followers.deliver(event(payload));
        } catch (Exception e) {
            log.warn("A notification on {} was not understood", CHANNEL, e);
        }
    }

    private void pause() {
        try {
            Thread.sleep(reconnectDelay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // it is gone already
            }
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        running = false;
        listener.interrupt();
        close(listening);
        listener.join(2000);
    }
}
