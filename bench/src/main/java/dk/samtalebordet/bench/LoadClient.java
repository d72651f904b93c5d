package dk.samtalebordet.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Holds participant pages open the way a browser does, without rendering them: each page signs in with a session
 * of its own (the login form, its CSRF token, the new session id), loads its route as Vaadin's client does
 * ({@code ?v-r=init}, then the {@code ui-navigate} event), keeps Vaadin's push connection open (Atmosphere over
 * a WebSocket), sends Vaadin's heartbeat 5 s after the last one was answered, and counts and timestamps the push messages it receives. It
 * answers the rendered page with an empty message, as a browser answers it with what its components report when
 * they first render (opened or expanded states, left out here), and sends nothing else: the server builds and
 * pushes every change for these pages but is never asked to do more than that. All pages share one JDK HTTP client, each with its own cookie; a few threads send the
 * heartbeats.
 */
final class LoadClient implements AutoCloseable {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(\\d+)");
    private static final Pattern PUSH_ID = Pattern.compile("\"Vaadin-Push-ID\"\\s*:\\s*\"([^\"]+)\"");
    private static final Duration HEARTBEAT = Duration.ofSeconds(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String base;
    private final ExecutorService callbacks = Executors.newFixedThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "light-client");
        thread.setDaemon(true);
        return thread;
    });
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).executor(callbacks)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final ScheduledExecutorService heartbeats = Executors.newScheduledThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "light-heartbeat");
        thread.setDaemon(true);
        return thread;
    });
    private final List<LightPage> pages = new CopyOnWriteArrayList<>();
    private final AtomicLong heartbeatFailures = new AtomicLong();
    private final AtomicLong handshakesRepeated = new AtomicLong();

    /** @param base the server's root, such as {@code http://localhost:18080/} */
    LoadClient(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    /**
     * Signs in as {@code username} in a session of its own and opens {@code route} in it; returns once the page's
     * first response contains {@code shown} (a class name the page's content must have) and its push connection
     * is open.
     */
    LightPage open(String username, String password, String route, String shown)
            throws IOException, InterruptedException {
        Session session = new Session();
        String login = session.send(get("login")).body();
        Matcher csrf = CSRF.matcher(login);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        HttpResponse<String> signedIn = session.send(post("login", "application/x-www-form-urlencoded",
                "_csrf=" + encode(csrf.group(1)) + "&username=" + encode(username) + "&password=" + encode(password)));
        String next = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || next.contains("error")) {
            throw new IllegalStateException("Sign-in of " + username + " failed: " + signedIn.statusCode() + " " + next);
        }
        String init = session.send(get("?v-r=init&location=" + encode(route) + "&query=")).body();
        int uiId = Integer.parseInt(find(UI_ID, init, "ui id"));
        LightPage page = new LightPage(session, uiId, find(SECURITY_KEY, init, "security key"),
                find(PUSH_ID, init, "push id"));
        page.connect();
        String opened = session.send(post("?v-r=uidl&v-uiId=" + uiId, "application/json; charset=UTF-8", """
                {"csrfToken":"%s","rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"/%s",\
                "query":"","appShellTitle":"","historyState":{"idx":0},"trigger":""}}],"syncId":0,"clientId":0}"""
                .formatted(page.securityKey, route))).body();
        if (!opened.contains(shown)) {
            page.close();
            throw new IllegalStateException("Opening " + route + " as " + username + " did not show " + shown + ": "
                    + opened.substring(0, Math.min(300, opened.length())));
        }
        // a browser answers the rendered page at once (what its components report when they first render); the
        // server keeps its last response to a page until then, to send again if asked: after a navigation that is
        // the whole view. An empty message, as a browser's next one, lets it go.
        session.send(post("?v-r=uidl&v-uiId=" + uiId, "application/json; charset=UTF-8",
                "{\"csrfToken\":\"%s\",\"rpc\":[],\"syncId\":%s,\"clientId\":1}".formatted(page.securityKey,
                        find(SYNC_ID, opened, "sync id"))));
        long offset = ThreadLocalRandom.current().nextLong(HEARTBEAT.toMillis());
        page.beating = heartbeats.schedule(page::heartbeat, offset, TimeUnit.MILLISECONDS);
        pages.add(page);
        return page;
    }

    /** What the pages have heard: how many are open, and how many received a push message within {@code recent}. */
    Status status(Duration recent) {
        long now = System.nanoTime();
        int heard = 0;
        long messages = 0;
        int connected = 0;
        for (LightPage page : pages) {
            messages += page.messages.get();
            if (page.socket != null && !page.socket.isInputClosed()) {
                connected++;
            }
            if (page.lastMessageNanos != 0 && now - page.lastMessageNanos <= recent.toNanos()) {
                heard++;
            }
        }
        return new Status(pages.size(), connected, heard, messages, heartbeatFailures.get(), handshakesRepeated.get());
    }

    /**
     * @param pages      the pages opened
     * @param connected  those whose push connection is still open
     * @param heard      those that received a push message within the time asked about
     * @param messages   push messages received by all pages since they opened
     * @param heartbeatsFailed heartbeats the server did not answer with 200
     * @param handshakesRepeated push connections that had to be tried again (see {@code connect})
     */
    record Status(int pages, int connected, int heard, long messages, long heartbeatsFailed,
                  long handshakesRepeated) {
        @Override
        public String toString() {
            return "pages=%d connected=%d heard=%d messages=%d heartbeats-failed=%d handshakes-repeated=%d".formatted(
                    pages, connected, heard, messages, heartbeatsFailed, handshakesRepeated);
        }
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).GET();
    }

    private HttpRequest.Builder post(String path, String type, String body) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String find(Pattern pattern, String text, String what) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + what + " in: " + text.substring(0, Math.min(300, text.length())));
        }
        return matcher.group(1);
    }

    @Override
    public void close() {
        heartbeats.shutdownNow();
        pages.forEach(LightPage::close);
        pages.clear();
        callbacks.shutdownNow();
    }

    /** One signed-in session's cookie, renewed when the server sends a new session id (as at sign-in). */
    private final class Session {
        private volatile String cookie;

        HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(withCookie(request).build(),
                    HttpResponse.BodyHandlers.ofString());
            remember(response);
            return response;
        }

        HttpRequest.Builder withCookie(HttpRequest.Builder request) {
            return cookie == null ? request : request.header("Cookie", "JSESSIONID=" + cookie);
        }

        void remember(HttpResponse<?> response) {
            for (String header : response.headers().allValues("Set-Cookie")) {
                Matcher session = SESSION.matcher(header);
                if (session.find()) {
                    cookie = session.group(1);
                }
            }
        }
    }

    /** An open page: its UI, its push connection and what arrived on it. */
    final class LightPage implements WebSocket.Listener {
        private final Session session;
        private final int uiId;
        private final String securityKey;
        private final String pushId;
        private final StringBuilder frames = new StringBuilder();
        private final AtomicLong messages = new AtomicLong();
        private volatile long lastMessageNanos;
        private volatile WebSocket socket;
        private volatile java.util.concurrent.ScheduledFuture<?> beating;
        private volatile boolean closed;

        private LightPage(Session session, int uiId, String securityKey, String pushId) {
            this.session = session;
            this.uiId = uiId;
            this.securityKey = securityKey;
            this.pushId = pushId;
        }

        private void connect() {
            String query = "v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId + "&X-Atmosphere-tracking-id=0"
                    + "&X-Atmosphere-Framework=4.0.1&X-Atmosphere-Transport=websocket"
                    + "&X-Atmosphere-TrackMessageSize=true&Content-Type=" + encode("application/json; charset=UTF-8")
                    + "&X-atmo-protocol=true&X-Vaadin-LastSeenServerSyncId=0";
            WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(TIMEOUT);
            Optional.ofNullable(session.cookie).ifPresent(c -> builder.header("Cookie", "JSESSIONID=" + c));
            URI uri = URI.create(base.replaceFirst("^http", "ws") + "VAADIN/push?" + query);
            for (int attempt = 1; ; attempt++) {
                try {
                    socket = builder.buildAsync(uri, this).join();
                    return;
                } catch (java.util.concurrent.CompletionException e) {
                    // Tomcat answers an upgrade with "Connection: upgrade, close" while more than 3/4 of its
                    // threads are busy; browsers take that (it holds the upgrade token), the JDK's client refuses
                    // it: it tries again, as a browser's push would reconnect
                    if (!(e.getCause() instanceof java.net.http.WebSocketHandshakeException) || attempt == 10) {
                        throw e;
                    }
                    handshakesRepeated.incrementAndGet();
                    try {
                        Thread.sleep(500L * attempt);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        throw e;
                    }
                }
            }
        }

        /** One heartbeat; as Vaadin's client does, the next is due 5 s after its answer, so one at most is open. */
        private void heartbeat() {
            http.sendAsync(session.withCookie(post("?v-r=heartbeat&v-uiId=" + uiId, "text/plain", "")).build(),
                    HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                if (failure != null || response.statusCode() != 200) {
                    heartbeatFailures.incrementAndGet();
                }
                try {
                    if (!closed) {
                        beating = heartbeats.schedule(this::heartbeat, HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
                    }
                } catch (java.util.concurrent.RejectedExecutionException shutDown) {
                    // the client is closing
                }
            });
        }

        /**
         * Atmosphere's frames with {@code TrackMessageSize}: each message is its length, a bar and the message, and
         * a message may span WebSocket frames or share one. The first is Atmosphere's handshake; a Vaadin push
         * message has a {@code syncId}.
         */
        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            synchronized (frames) {
                frames.append(data);
                while (true) {
                    int bar = frames.indexOf("|");
                    if (bar < 0) {
                        break;
                    }
                    int length = Integer.parseInt(frames.substring(0, bar).trim());
                    if (frames.length() < bar + 1 + length) {
                        break;
                    }
                    String message = frames.substring(bar + 1, bar + 1 + length);
                    frames.delete(0, bar + 1 + length);
                    if (message.contains("\"syncId\"")) {
                        lastMessageNanos = System.nanoTime();
                        messages.incrementAndGet();
                    }
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            return CompletableFuture.completedFuture(null);
        }

        private void close() {
            closed = true;
            if (beating != null) {
                beating.cancel(false);
            }
            if (socket != null) {
                socket.abort();
            }
        }
    }
}
