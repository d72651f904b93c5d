package dk.samtalebordet.bench;

import com.microsoft.playwright.Page;
import dk.samtalebordet.directory.DirectoryBench;
import dk.samtalebordet.plan.PlanPdfBench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The performance harness (bench/README.md): startup of the production jar, sync latency side by side with a
 * bare push baseline, the same under background load, retained heap per participant, and PDF time. It reports
 * figures and writes docs/performance.md; it asserts nothing.
 */
public final class Harness {

    private static final String ADD_ON_PACKAGE = "dk/samtalebordet/bench/server";
    private static final Duration SETTLE = Duration.ofSeconds(30);

    private Harness() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path work = Files.createDirectories(options.out);
        Results results = new Results();
        results.startedAt = Instant.now();
        results.commit = Machine.commit();

        System.out.println("== Startup: " + options.startups + " runs each of the jar, of the extracted "
                + "application with its class data sharing archive, and of the bare Vaadin + Spring Boot app, "
                + "fresh database each");
        boolean extracted = Files.isRegularFile(options.application.resolve("application.jsa"));
        if (!extracted) {
            System.out.println("   no " + options.application.resolve("application.jsa") + ": the jar only");
        }
        boolean bare = Files.isRegularFile(options.bareJar);
        if (!bare) {
            System.out.println("   no " + options.bareJar + " (bench/run builds it): no baseline");
        }
        for (int i = 0; i < options.startups; i++) {
            try (ServerProcess server = ServerProcess.start(options.jar, null, options.port, work, "startup-" + i)) {
                results.startupMillis.add(server.awaitLoginPage(Duration.ofMinutes(3)));
            }
            if (extracted) {
                try (ServerProcess server = ServerProcess.startExtracted(options.application, options.port, work,
                        "startup-cds-" + i)) {
                    results.startupSharedMillis.add(server.awaitLoginPage(Duration.ofMinutes(3)));
                }
            }
            if (bare) {
                try (ServerProcess server = ServerProcess.start(options.bareJar, null, options.port, work,
                        "startup-bare-" + i)) {
                    results.startupBareMillis.add(server.awaitLoginPage(Duration.ofMinutes(3)));
                }
            }
            System.out.printf("   run %d: jar %.0f ms, extracted with its archive %s ms, bare app %s ms%n", i + 1,
                    results.startupMillis.get(i), extracted ? "%.0f".formatted(results.startupSharedMillis.get(i))
                            : "-", bare ? "%.0f".formatted(results.startupBareMillis.get(i)) : "-");
        }

        Path addOn = addOn(options.classes, work);
        Path gcLog = work.resolve("server-gc.log");
        Files.deleteIfExists(gcLog);
        List<String> jvm = new ArrayList<>(List.of("-Xlog:gc:file=" + gcLog));
        if (options.profile) {
            jvm.add("-XX:StartFlightRecording=filename=" + work.resolve("server.jfr") + ",settings=profile");
        }
        try (ServerProcess server = ServerProcess.start(options.jar, addOn, options.port, work, "server", jvm);
             Browsers browsers = new Browsers(options.chromium, server.url(""))) {
            server.awaitLoginPage(Duration.ofMinutes(3));
            server.awaitDemoData(Duration.ofMinutes(1));
            results.chromium = browsers.version();
            results.serverPid = server.pid();
            Page control = browsers.signedIn("mos", "bench/control");
            String first = browsers.control(control, "new=MUS");
            Page leader = browsers.signedIn("mos", "samtale/" + first);
            Page employee = browsers.signedIn("jph", "samtale/" + first);
            Browsers.awaitTable(leader);
            Browsers.awaitTable(employee);
            SyncProbes probes = new SyncProbes(browsers, control, leader, employee);

            System.out.println("== Warm-up: " + options.warmup + " rounds, not counted");
            for (int i = 0; i < options.warmup; i++) {
                probes.round();
            }
            results.warmupLost = probes.takeLost();

            System.out.println("== Memory: retained heap with 0 and " + options.participants + " participant pages");
            measureMemory(server, browsers, control, options, results);

            System.out.println("== Sync latency: " + options.samples + " rounds, actions interleaved");
            results.idle = sample(probes, options.samples, server);

            System.out.println("== Capacity: levels of " + options.capacityLevels + " conversations, each open "
                    + "in two pages of the light load client, one change each " + options.capacityEvery + " ms");
            results.capacity = Capacity.run(server, browsers, control, probes, options, gcLog);
        }

        System.out.println("== PDF: plan with 30 agreements, warm JVM");
        PlanPdfBench.Result pdf = PlanPdfBench.run(options.pdfWarmup, options.pdfSamples);
        results.pdfMillis = pdf.millis();
        results.pdfBytes = pdf.bytes();

        System.out.println("== Organisation: " + options.directoryUsers + " directory users in 300 org units, "
                + options.directoryRounds + " rounds");
        results.directory = DirectoryBench.run(options.directoryRounds, options.directoryUsers, 300, 200);

        if (options.clusterRounds > 0) {
            System.out.println("== Across nodes: two jars on one PostgreSQL, " + options.clusterRounds
                    + " rounds of each placement, interleaved");
            results.cluster = ClusterBench.run(options.jar, addOn, options.chromium, options.port, work,
                    options.warmup, options.clusterRounds);
        }

        Report report = new Report(options, results);
        report.write();
        System.out.println(report.markdown());
    }

    private static void measureMemory(ServerProcess server, Browsers browsers, Page control, Options options,
                                      Results results) throws Exception {
        int participants = options.participants;
        String conversation = browsers.control(control, "new=GRUS");
        results.heapEmptyKb = settledHeapKb(server);
        if (options.profile) {
            server.classHistogram(options.out.resolve("histogram-0.txt"));
        }
        List<Page> pages = new ArrayList<>(openPages(browsers, participants, "samtale/" + conversation,
                ".live-question"));
        results.heapFullKb = settledHeapKb(server);
        if (options.profile) {
            server.classHistogram(options.out.resolve("histogram-" + participants + ".txt"));
        }
        results.participants = participants;
        System.out.printf("   %d kB with none, %d kB with %d: %.0f kB each%n", results.heapEmptyKb,
                results.heapFullKb, participants, results.kbPerParticipant());
        // the same again: Tomcat keeps the buffers of closed connections for reuse, and the first pages' loads
        // grew that pool; the next pages show what one more participant costs once it has
        pages.addAll(openPages(browsers, participants, "samtale/" + conversation, ".live-question"));
        results.heapDoubleKb = settledHeapKb(server);
        if (options.profile) {
            server.classHistogram(options.out.resolve("histogram-" + 2 * participants + ".txt"));
        }
        System.out.printf("   %d kB with %d: %.0f kB each of the second %d%n", results.heapDoubleKb,
                2 * participants, results.kbPerNextParticipant(), participants);
        pages.forEach(browsers::close);

        // the floor: the same number of bare push pages, each with its own session; closed pages keep their
        // sessions until these time out, so this is measured from a reading of its own
        long before = settledHeapKb(server);
        if (options.profile) {
            server.classHistogram(options.out.resolve("histogram-bare-0.txt"));
        }
        pages = openPages(browsers, participants, "bench/bare", "#bench-count");
        results.kbPerBarePage = (settledHeapKb(server) - before) / (double) participants;
        if (options.profile) {
            // the floor class by class: subtracted from the pages' histograms, what the table itself holds
            server.classHistogram(options.out.resolve("histogram-bare-" + participants + ".txt"));
        }
        System.out.printf("   %.0f kB for each bare push page with a session of its own%n", results.kbPerBarePage);
        pages.forEach(browsers::close);
    }

    private static List<Page> openPages(Browsers browsers, int count, String path, String shown) {
        String[] users = {"sba", "khj", "rda", "eyi"};
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Page page = browsers.signedIn(users[i % users.length], path);
            page.locator(shown).first().waitFor();
            pages.add(page);
        }
        return pages;
    }

    /**
     * The retained heap once pages have settled, median of 3 readings: each sign-in leaves its login page's UI
     * behind, which Vaadin drops after three missed heartbeats (5 s apart), at the session's next request.
     */
    private static long settledHeapKb(ServerProcess server) throws Exception {
        Thread.sleep(SETTLE.toMillis());
        List<Long> readings = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            readings.add(server.retainedHeapKb());
        }
        return readings.stream().sorted().toList().get(1);
    }

    /** Rounds of samples, with the cores the server and the whole machine kept busy meanwhile. */
    static Phase sample(SyncProbes probes, int rounds, ServerProcess server) throws IOException {
        double serverBefore = server.cpuSeconds();
        double machineBefore = Machine.busyCpuSeconds();
        Map<String, List<SyncProbes.Sample>> samples = new LinkedHashMap<>();
        SyncProbes.ACTIONS.forEach(action -> samples.put(action, new ArrayList<>()));
        long started = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            probes.round().forEach((action, millis) -> samples.get(action).add(millis));
            if ((i + 1) % 50 == 0 || i + 1 == rounds) {
                System.out.printf("   %d/%d rounds, %.1f s a round%n", i + 1, rounds,
                        (System.nanoTime() - started) / 1e9 / (i + 1));
            }
        }
        double wall = (System.nanoTime() - started) / 1e9;
        Phase phase = new Phase(samples, probes.takeLost(), (server.cpuSeconds() - serverBefore) / wall,
                (Machine.busyCpuSeconds() - machineBefore) / wall);
        System.out.printf("   busy cores: server %.2f, whole machine %.2f%n", phase.serverCores(),
                phase.machineCores());
        return phase;
    }

    /**
     * One phase of sync samples, by action; the changes that never arrived, each with what the pages said about
     * it; and the CPU the phase kept busy: the server's, and the whole machine's (the server, the browser with
     * all its pages, Playwright and this harness), in cores.
     */
    record Phase(Map<String, List<SyncProbes.Sample>> samples, List<String> lost, double serverCores,
                 double machineCores) {
        static final Phase NONE = new Phase(Map.of(), List.of(), Double.NaN, Double.NaN);
    }

    /** Copies the harness's server parts, and nothing else, into a folder for the jar's loader.path. */
    static Path addOn(Path classes, Path work) throws IOException {
        Path target = work.resolve("add-on");
        Path source = classes.resolve(ADD_ON_PACKAGE);
        try (Stream<Path> files = Files.walk(source)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                Path copy = target.resolve(classes.relativize(file).toString());
                try {
                    Files.createDirectories(copy.getParent());
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return target;
    }

    /** What one run measured. */
    static final class Results {
        Instant startedAt;
        /** The commit measured, read before the run writes anything. */
        String commit;
        String chromium;
        long serverPid;
        final List<Double> startupMillis = new ArrayList<>();
        final List<Double> startupSharedMillis = new ArrayList<>();
        final List<Double> startupBareMillis = new ArrayList<>();
        Phase idle = Phase.NONE;
        Capacity.Result capacity = Capacity.Result.NONE;
        List<String> warmupLost = List.of();
        long heapEmptyKb;
        long heapFullKb;
        long heapDoubleKb;
        int participants;
        double kbPerBarePage;
        List<Double> pdfMillis = List.of();
        DirectoryBench.Result directory;
        ClusterBench.Result cluster = ClusterBench.Result.NONE;
        int pdfBytes;

        double kbPerParticipant() {
            return (heapFullKb - heapEmptyKb) / (double) participants;
        }

        /** Every change that did not reach the other page within 30 s, warm-up and every load level included. */
        List<String> lost() {
            return Stream.concat(Stream.of(warmupLost, idle.lost()),
                    capacity.levels().stream().map(level -> level.phase().lost())).flatMap(List::stream).toList();
        }

        /** The load level the targets under load are read at: the one of {@link Options#TARGET_LEVEL}, if measured. */
        Optional<Capacity.Level> targetLevel() {
            return capacity.at(Options.TARGET_LEVEL);
        }

        double kbPerNextParticipant() {
            return (heapDoubleKb - heapFullKb) / (double) participants;
        }
    }

    /** Command-line options, {@code --name value}; see bench/README.md. */
    static final class Options {
        Path jar;
        /** The extracted application with its class data sharing archive; next to the jar by default. */
        Path application;
        Path classes;
        Path out = Path.of("target", "bench-build", "results");
        Path docs = Path.of("docs");
        String chromium = "/usr/bin/chromium";
        int port = 18080;
        int samples = 200;
        int warmup = 20;
        /** The load at which the targets under load stand (issue #18: p95 at 500 conversations). */
        static final int TARGET_LEVEL = 500;
        List<Integer> capacityLevels = List.of(0, 100, 250, TARGET_LEVEL, 1000);
        long capacityEvery = 5_000;
        int capacitySamples = 60;
        /** Records the server with JFR (server.jfr) and writes class histograms around the memory figure. */
        boolean profile;
        int participants = 20;
        int startups = 5;
        /** The startup baseline (bench/bare-app), built by bench/run. */
        Path bareJar = Path.of("bench", "bare-app", "target", "bare-app.jar");
        int pdfWarmup = 100;
        int pdfSamples = 200;
        int directoryUsers = 5000;
        int directoryRounds = 3;
        int clusterRounds = 100;

        static Options parse(String[] args) {
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                if (!args[i].startsWith("--")) {
                    throw new IllegalArgumentException("Expected --name value, got " + args[i]);
                }
                values.put(args[i].substring(2), args[i + 1]);
            }
            if (args.length % 2 != 0) {
                throw new IllegalArgumentException("Expected --name value pairs");
            }
            Options options = new Options();
            options.jar = Path.of(require(values, "jar"));
            options.application = Path.of(values.getOrDefault("application",
                    options.jar.toAbsolutePath().getParent().resolve("application").toString()));
            options.classes = Path.of(require(values, "classes"));
            options.out = Path.of(values.getOrDefault("out", options.out.toString())).toAbsolutePath();
            options.docs = Path.of(values.getOrDefault("docs", options.docs.toString()));
            options.chromium = values.getOrDefault("chromium", options.chromium);
            options.port = Integer.parseInt(values.getOrDefault("port", String.valueOf(options.port)));
            options.samples = Integer.parseInt(values.getOrDefault("samples", String.valueOf(options.samples)));
            options.warmup = Integer.parseInt(values.getOrDefault("warmup", String.valueOf(options.warmup)));
            if (values.containsKey("capacity")) {
                options.capacityLevels = Stream.of(values.get("capacity").split(",")).map(String::strip)
                        .filter(level -> !level.isEmpty()).map(Integer::valueOf).toList();
            }
            options.capacityEvery = Long.parseLong(values.getOrDefault("capacity-every",
                    String.valueOf(options.capacityEvery)));
            options.capacitySamples = Integer.parseInt(values.getOrDefault("capacity-samples",
                    String.valueOf(options.capacitySamples)));
            options.profile = Boolean.parseBoolean(values.getOrDefault("profile", "false"));
            options.participants = Integer.parseInt(values.getOrDefault("participants",
                    String.valueOf(options.participants)));
            options.startups = Integer.parseInt(values.getOrDefault("startups", String.valueOf(options.startups)));
            options.bareJar = Path.of(values.getOrDefault("bare-jar", options.bareJar.toString()));
            options.pdfSamples = Integer.parseInt(values.getOrDefault("pdf-samples",
                    String.valueOf(options.pdfSamples)));
            options.directoryUsers = Integer.parseInt(values.getOrDefault("directory-users",
                    String.valueOf(options.directoryUsers)));
            options.directoryRounds = Integer.parseInt(values.getOrDefault("directory-rounds",
                    String.valueOf(options.directoryRounds)));
            options.clusterRounds = Integer.parseInt(values.getOrDefault("cluster-rounds",
                    String.valueOf(options.clusterRounds)));
            return options;
        }

        private static String require(Map<String, String> values, String name) {
            String value = values.get(name);
            if (value == null) {
                throw new IllegalArgumentException("--" + name + " is required");
            }
            return value;
        }
    }
}
