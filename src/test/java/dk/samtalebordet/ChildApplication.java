package dk.samtalebordet;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The application in a process of its own, as it runs in production: started with the test run's class path
 * and the given arguments and environment, on a free port; stopped as an operator does, or killed (SIGKILL) as
 * a crash does. Its output is kept, for the test to read and for the failure message.
 */
public final class ChildApplication implements AutoCloseable {

    private final Process process;
    private final int port;
    private final StringBuilder log = new StringBuilder();

    private ChildApplication(List<String> arguments, Map<String, String> environment) throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), App.class.getName(),
                "--server.port=" + port, "--spring.main.banner-mode=off"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            append(line);
            if (line.contains("Started App")) {
                Thread reader = new Thread(() -> {
                    try {
                        out.lines().forEach(this::append);
                    } catch (UncheckedIOException closed) {
                        // the application was stopped: its output ends
                    }
                });
                reader.setDaemon(true);
                reader.start();
                return;
            }
        }
        throw new AssertionError("The application did not start:\n" + log());
    }

    /** Starts the application and returns once it is up. */
    public static ChildApplication start(List<String> arguments, Map<String, String> environment)
            throws IOException {
        return new ChildApplication(arguments, environment);
    }

    public int port() {
        return port;
    }

    public String log() {
        synchronized (log) {
            return log.toString();
        }
    }

    /** Kills the process at once, as a crash or a pulled plug would: no shutdown of any kind. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    /** Stops it as an operator would (SIGTERM), and kills it if it does not stop in time. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    private void append(String line) {
        synchronized (log) {
            log.append(line).append('\n');
        }
    }
}
