package dk.samtalebordet.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay between a browser and the application whose network can be cut: {@link #cut()} closes every
 * connection (the push WebSocket included) and refuses new ones, as a lost network or a server that is down
 * does; {@link #restore()} lets them through again.
 */
final class CuttableProxy implements AutoCloseable {

    private final int target;
    private final ServerSocket server;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    /** Guarded by {@link #open}. */
    private boolean cut;

    CuttableProxy(int target) {
        this.target = target;
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread accept = new Thread(this::accept, "cuttable-proxy");
        accept.setDaemon(true);
        accept.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** Closes every connection now and refuses new ones until restored. */
    void cut() {
        synchronized (open) {
            cut = true;
            open.forEach(CuttableProxy::closeQuietly);
            open.clear();
        }
    }

    void restore() {
        synchronized (open) {
            cut = false;
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket browser = server.accept();
                Socket app = null;
                // registered under the same lock as a cut, so no connection accepted at that instant survives it
                synchronized (open) {
                    if (!cut) {
                        app = new Socket(InetAddress.getLoopbackAddress(), target);
                        open.add(browser);
                        open.add(app);
                    }
                }
                if (app == null) {
                    closeQuietly(browser);
                    continue;
                }
                relay(browser, app);
                relay(app, browser);
            } catch (IOException e) {
                // the server socket closed, or the application refused: nothing to relay
            }
        }
    }

    private void relay(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // one side closed: close the other too
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "cuttable-proxy-relay");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() {
        cut();
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
