package dk.samtalebordet.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The production jar, started as production starts it ({@code java -jar}, or the extracted application with its
 * class data sharing archive) with the demo profile and a fresh database of its own; with the harness's server
 * parts added through Spring Boot's {@code loader.path} when asked for.
 */
final class ServerProcess implements AutoCloseable {

    /** The class histogram's last line: {@code Total <instances> <bytes>}. */
    private static final Pattern TOTAL = Pattern.compile("^Total\\s+\\d+\\s+(\\d+)\\s*$", Pattern.MULTILINE);
    static final long CLOCK_TICKS_PER_SECOND = 100;

    private final Process process;
    private final long startedNanos;
    private final int port;
    private final Path log;
    private Path recording;

    private ServerProcess(Process process, long startedNanos, int port, Path log) {
        this.process = process;
        this.startedNanos = startedNanos;
        this.port = port;
        this.log = log;
    }

    /**
     * @param addOn a folder of extra classes for the class path, or null to run the jar exactly as shipped
     */
    static ServerProcess start(Path jar, Path addOn, int port, Path workDir, String name) throws IOException {
        return start(jar, addOn, port, workDir, name, List.of());
    }

    /** @param jvmOptions extra options for the server's JVM, such as a flight recording */
    static ServerProcess start(Path jar, Path addOn, int port, Path workDir, String name, List<String> jvmOptions)
            throws IOException {
        return start(jar, addOn, port, workDir, name, jvmOptions, List.of());
    }

    /** @param appArguments extra arguments for the application, such as the database of several nodes */
    static ServerProcess start(Path jar, Path addOn, int port, Path workDir, String name, List<String> jvmOptions,
                               List<String> appArguments) throws IOException {
        List<String> command = new ArrayList<>(jvmOptions);
        if (addOn == null) {
            command.addAll(List.of("-jar", jar.toString()));
        } else {
            command.addAll(List.of("-Dloader.path=" + addOn, "-cp", jar.toString(),
                    "org.springframework.boot.loader.launch.PropertiesLauncher"));
        }
        return launch(command, null, port, workDir, name, appArguments);
    }

    /**
     * The extracted application as the README deploys it: {@code java -XX:SharedArchiveFile=application.jsa -jar}
     * in its own folder. With {@code -Xshare:on}, a class data sharing archive that cannot be used stops the start
     * instead of silently giving a figure without it.
     */
    static ServerProcess startExtracted(Path application, int port, Path workDir, String name) throws IOException {
        String jar;
        try (var files = Files.list(application)) {
            jar = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No jar in " + application));
        }
        return launch(List.of("-Xshare:on", "-XX:SharedArchiveFile=application.jsa", "-jar", jar), application, port,
                workDir, name, List.of());
    }

    private static ServerProcess launch(List<String> arguments, Path directory, int port, Path workDir, String name,
                                        List<String> appArguments) throws IOException {
        Path data = Files.createTempDirectory(workDir, name + "-db-").toAbsolutePath();
        Path log = workDir.resolve(name + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(arguments);
        command.addAll(List.of("--spring.profiles.active=demo", "--server.port=" + port,
                "--samtalebordet.data-dir=" + data));
        command.addAll(appArguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        long started = System.nanoTime();
        return new ServerProcess(builder.start(), started, port, log);
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Polls the login page every 20 ms; returns the milliseconds from the process start to its first 200. */
    double awaitLoginPage(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("login"))).timeout(Duration.ofSeconds(30)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped; see " + log);
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - startedNanos) / 1e6;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("No login page within " + timeout + "; see " + log);
    }

    /**
     * Waits until the demo profile has made its logins: the login page answers before they exist, and a sign-in
     * in between is refused.
     */
    void awaitDemoData(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Files.readString(log).contains("Demo data: ")) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("No demo data within " + timeout + "; see " + log);
            }
            Thread.sleep(50);
        }
    }

    long pid() {
        return process.pid();
    }

    /** CPU seconds the server has used so far, user and system, from /proc. */
    double cpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // after the name: state is field 3, so utime (14) and stime (15) are at 11 and 12 here
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) CLOCK_TICKS_PER_SECOND;
    }

    /**
     * What is retained, in kB: the bytes of the objects a full collection leaves, counted by the class histogram
     * in the same pause. Not the heap's use read after a collection ({@code GC.heap_info}): under load the server
     * allocates between the collection and the reading (the 1,000-conversation level of 7 December read 156 MB
     * more that way, and a different amount each run).
     */
    long retainedHeapKb() throws IOException, InterruptedException {
        String histogram = jcmd("GC.class_histogram");
        Matcher total = TOTAL.matcher(histogram);
        if (!total.find()) {
            throw new IllegalStateException("No total in the class histogram: "
                    + histogram.substring(Math.max(0, histogram.length() - 500)));
        }
        return Long.parseLong(total.group(1)) / 1024;
    }

    /** The heap the server's JVM may grow to, in kB: its default on this machine unless told otherwise. */
    long maxHeapKb() throws IOException, InterruptedException {
        Matcher max = Pattern.compile("MaxHeapSize=(\\d+)").matcher(jcmd("VM.flags"));
        if (!max.find()) {
            throw new IllegalStateException("No MaxHeapSize in the server's flags");
        }
        return Long.parseLong(max.group(1)) / 1024;
    }

    /**
     * Starts a flight recording with JFR's profile settings (an execution sample of each running thread every
     * 10 ms; a few per cent overhead), written on {@link #stopRecording}.
     */
    void startRecording(Path file) throws IOException, InterruptedException {
        jcmd("JFR.start", "name=bench", "settings=profile");
        recording = file;
    }

    void stopRecording() throws IOException, InterruptedException {
        jcmd("JFR.stop", "name=bench", "filename=" + recording.toAbsolutePath());
    }

    /** Writes the live objects' class histogram (after a full GC) to a file, for finding what a page retains. */
    void classHistogram(Path file) throws IOException, InterruptedException {
        Files.writeString(file, jcmd("GC.class_histogram"));
    }

    private String jcmd(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid())));
        line.addAll(List.of(command));
        Process run = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(run.getInputStream().readAllBytes());
        if (run.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
