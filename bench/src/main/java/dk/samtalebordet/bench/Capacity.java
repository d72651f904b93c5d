package dk.samtalebordet.bench;

import com.microsoft.playwright.Page;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The capacity curve: the measured pair's sync samples in Chromium while the load grows, level by level, in one
 * run on one server. At each level that many background conversations each get one change every period through
 * the service and the broadcaster, and each is open in two participant pages of the {@link LoadClient} (the leader
 * and the employee, each signed in with a session of its own), so every change is built into and pushed to two
 * real pages. Per level: the samples with the server's and the machine's busy cores, the GC pauses from the
 * server's GC log, a flight recording of the samples, and, after them, the retained heap.
 */
final class Capacity {

    private static final Pattern PAUSE = Pattern.compile("Pause (.*?) (\\d+(?:\\.\\d+)?)ms\\s*$");
    private static final int OPENING_THREADS = 4;

    private Capacity() {
    }

    /**
     * One level: its samples (a {@link Harness.Phase}), what the load was meanwhile, read by the server (its
     * status line: changes made, failed, their rate and the background conversations with someone present) and
     * by the light client (pages open, connected, heard from within two periods), at the start and the end of
     * the samples; the GC pauses during them; the retained heap after them; and how long opening its pages took.
     */
    record Level(int conversations, Harness.Phase phase, String serverAtStart, String serverAtEnd,
                 LoadClient.Status clientAtStart, LoadClient.Status clientAtEnd, List<Double> gcPausesMillis,
                 long retainedHeapKb, double openingSeconds, double seconds, Profile.Summary profile) {
    }

    /** The levels measured, the change period, and the JVM's own heap limit (what "within the default" means). */
    record Result(List<Level> levels, long periodMillis, long maxHeapKb) {
        static final Result NONE = new Result(List.of(), 0, 0);

        /** The level of this many conversations, if it was measured. */
        java.util.Optional<Level> at(int conversations) {
            return levels.stream().filter(l -> l.conversations() == conversations).findFirst();
        }
    }

    static Result run(ServerProcess server, Browsers browsers, Page control, SyncProbes probes,
                      Harness.Options options, Path gcLog) throws Exception {
        List<Level> levels = new ArrayList<>();
        Set<String> opened = new LinkedHashSet<>();
        try (LoadClient client = new LoadClient(server.url(""))) {
            for (int conversations : options.capacityLevels) {
                System.out.printf("   %d conversations, one change each %d ms, %d rounds%n", conversations,
                        options.capacityEvery, options.capacitySamples);
                long began = System.nanoTime();
                String ids = browsers.control(control, "load=" + conversations + "&every=" + options.capacityEvery);
                long opening = System.nanoTime();
                openPages(client, ids.isBlank() ? List.of() : List.of(ids.split("\n")), opened);
                double openingSeconds = (System.nanoTime() - opening) / 1e9;
                // restart the clock of the rate figure, then let every conversation have a change and its pages beat
                browsers.control(control, "load=" + conversations + "&every=" + options.capacityEvery);
                Thread.sleep(options.capacityEvery + 5_000);
                Duration recent = Duration.ofMillis(2 * options.capacityEvery);
                String serverAtStart = browsers.control(control, "status");
                LoadClient.Status clientAtStart = client.status(recent);
                System.out.printf("   opened in %.0f s; at the start: %s; %s%n", openingSeconds, serverAtStart,
                        clientAtStart);
                long gcFrom = Files.exists(gcLog) ? Files.size(gcLog) : 0;
                Path recording = options.out.resolve("capacity-" + conversations + ".jfr");
                server.startRecording(recording);
                Harness.Phase phase = Harness.sample(probes, options.capacitySamples, server);
                server.stopRecording();
                String serverAtEnd = browsers.control(control, "status");
                LoadClient.Status clientAtEnd = client.status(recent);
                List<Double> pauses = pauses(gcLog, gcFrom);
                long heap = server.retainedHeapKb();
                if (options.profile) {
                    // what the heap holds at each level, class by class: where a level costs more than its pages
                    server.classHistogram(options.out.resolve("histogram-capacity-" + conversations + ".txt"));
                }
                Profile.Summary profile = Profile.summarise(recording);
                System.out.printf("   at the end: %s; %s; %d GC pauses; retained heap %d MB%n", serverAtEnd,
                        clientAtEnd, pauses.size(), heap / 1024);
                phase.samples().forEach((action, samples) -> {
                    Stats stats = Stats.of(samples.stream().map(SyncProbes.Sample::total).toList());
                    System.out.printf("   %s: p50 %.1f ms, p95 %.1f ms%n", action, stats.p50(), stats.p95());
                });
                levels.add(new Level(conversations, phase, serverAtStart, serverAtEnd, clientAtStart, clientAtEnd,
                        pauses, heap, openingSeconds, (System.nanoTime() - began) / 1e9, profile));
            }
            browsers.control(control, "load=0");
        }
        return new Result(levels, options.capacityEvery, server.maxHeapKb());
    }

    /** Opens the leader's and the employee's page of every conversation not open yet, a few at a time. */
    private static void openPages(LoadClient client, List<String> conversations, Set<String> opened)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(OPENING_THREADS);
        try {
            List<Future<?>> pages = new ArrayList<>();
            for (String id : conversations) {
                if (opened.add(id)) {
                    for (String username : List.of("mos", "jph")) {
                        pages.add(pool.submit(() -> client.open(username, "demo", "samtale/" + id, "live-question")));
                    }
                }
            }
            for (Future<?> page : pages) {
                page.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The stop-the-world pauses written to the GC log ({@code -Xlog:gc}) after {@code from} bytes, in ms; the full
     * collections the harness itself asks for to read the retained heap are left out.
     */
    static List<Double> pauses(Path gcLog, long from) throws IOException {
        if (!Files.exists(gcLog)) {
            return List.of();
        }
        byte[] all = Files.readAllBytes(gcLog);
        String written = new String(all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from));
        List<Double> pauses = new ArrayList<>();
        for (String line : written.split("\n")) {
            Matcher pause = PAUSE.matcher(line);
            if (pause.find() && !line.contains("System.gc()") && !line.contains("Diagnostic Command")
                    && !line.contains("Heap Inspection")) {
                pauses.add(Double.parseDouble(pause.group(2)));
            }
        }
        return pauses;
    }
}
