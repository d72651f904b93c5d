package dk.samtalebordet.bench;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Writes a run's figures: a Markdown report with the date, the commit and the machine, raw samples as CSV, and
 * the latency CDF as a PNG; and puts the report into docs/performance.md between its markers, leaving the
 * hand-written analysis around them as it is.
 */
final class Report {

    static final String BEGIN = "<!-- bench:begin (written by bench/run; edit outside these markers) -->";
    static final String END = "<!-- bench:end -->";
    private static final String FIGURE = "latency-cdf.png";
    private static final Color[] COLOURS = {new Color(0x5B, 0x64, 0x70), new Color(0x6B, 0x3F, 0xA0),
            new Color(0x1E, 0x4E, 0x79), new Color(0xB4, 0x5F, 0x06)};

    private final Harness.Options options;
    private final Harness.Results results;
    private final Map<String, List<Double>> idle;
    private final Map<String, List<Double>> loaded;

    Report(Harness.Options options, Harness.Results results) {
        this.options = options;
        this.results = results;
        this.idle = part(results.idle.samples(), SyncProbes.Sample::total);
        this.loaded = part(loadedSamples(results), SyncProbes.Sample::total);
    }

    /** The samples at the target level of the capacity curve; none of each action when it was not measured. */
    private static Map<String, List<SyncProbes.Sample>> loadedSamples(Harness.Results results) {
        Map<String, List<SyncProbes.Sample>> samples = new java.util.LinkedHashMap<>();
        SyncProbes.ACTIONS.forEach(action -> samples.put(action, results.targetLevel()
                .map(level -> level.phase().samples().getOrDefault(action, List.<SyncProbes.Sample>of()))
                .orElse(List.of())));
        return samples;
    }

    private static Map<String, List<Double>> part(Map<String, List<SyncProbes.Sample>> samples,
                                                  java.util.function.ToDoubleFunction<SyncProbes.Sample> part) {
        Map<String, List<Double>> parts = new java.util.LinkedHashMap<>();
        samples.forEach((action, list) -> parts.put(action, list.stream().mapToDouble(part).boxed().toList()));
        return parts;
    }

    void write() throws IOException {
        Files.createDirectories(options.out);
        Files.writeString(options.out.resolve("results.md"), markdown());
        Files.writeString(options.out.resolve("samples.csv"), csv());
        Path figure = options.out.resolve(FIGURE);
        BitmapEncoder.saveBitmap(chart(), figure.toString(), BitmapEncoder.BitmapFormat.PNG);
        CapacityReport.writeFigures(results.capacity, options.out);

        Path images = Files.createDirectories(options.docs.resolve("performance"));
        for (String name : List.of(FIGURE, CapacityReport.LATENCY_FIGURE, CapacityReport.RESOURCES_FIGURE)) {
            if (Files.exists(options.out.resolve(name))) {
                Files.copy(options.out.resolve(name), images.resolve(name),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path doc = options.docs.resolve("performance.md");
        String existing = Files.exists(doc) ? Files.readString(doc) : "# Performance\n\n" + BEGIN + "\n" + END + "\n";
        int begin = existing.indexOf(BEGIN);
        int end = existing.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException(doc + " has lost its bench markers");
        }
        String section = markdown();
        for (String name : List.of(FIGURE, CapacityReport.LATENCY_FIGURE, CapacityReport.RESOURCES_FIGURE)) {
            section = section.replace("](" + name + ")", "](performance/" + name + ")");
        }
        Files.writeString(doc, existing.substring(0, begin) + BEGIN + "\n" + section + existing.substring(end));
        System.out.println("Wrote " + options.out.resolve("results.md") + " and " + doc);
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("## Latest run\n\n");
        md.append("| | |\n|---|---|\n");
        md.append(row("Date", DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(
                results.startedAt.atOffset(ZoneOffset.UTC).withNano(0)) + " UTC"));
        md.append(row("Commit", results.commit));
        md.append(row("Machine", Machine.describe()));
        md.append(row("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version")));
        md.append(row("Browser", "Chromium " + results.chromium + ", headless, through Playwright"));
        md.append(row("Samples", options.samples + " per action and phase, after " + options.warmup
                + " warm-up rounds; the actions interleaved round by round"));
        md.append('\n');

        Stats bare = Stats.of(idle.get(SyncProbes.BARE));
        Stats loadedWorst = worst(loaded);
        Stats idleWorst = worst(idle);
        Stats pdf = Stats.of(results.pdfMillis);
        double startup = Stats.median(results.startupMillis);
        double startupShared = Stats.median(results.startupSharedMillis);
        double startupBare = Stats.median(results.startupBareMillis);
        double worstP50Ratio = idle.entrySet().stream().filter(e -> !e.getKey().equals(SyncProbes.BARE))
                .mapToDouble(e -> Stats.of(e.getValue()).p50() / bare.p50()).max().orElseThrow();
        md.append("### Targets\n\n| Measure | Result | Target | Met |\n|---|---:|---:|:---:|\n");
        md.append(target("Sync latency p95, worst action", ms(idleWorst.p95()), "≤ 100 ms", idleWorst.p95() <= 100));
        md.append(target("Sync p50 / bare baseline p50, worst action", ratio(worstP50Ratio), "≤ 1.5×",
                worstP50Ratio <= 1.5));
        md.append(target("Live updates not shown within 30 s (changes, and both participants present on opening; "
                        + "warm-up included)",
                String.valueOf(results.lost().size()), "0", results.lost().isEmpty()));
        md.append(target("Sync latency p95 at " + Harness.Options.TARGET_LEVEL + " background conversations ("
                + 2 * Harness.Options.TARGET_LEVEL + " open pages), worst action", ms(loadedWorst.p95()), "≤ 150 ms",
                loadedWorst.p95() <= 150));
        results.capacity.at(options.capacityLevels.stream().max(Integer::compare).orElse(0)).ifPresent(top ->
                md.append(target("Retained heap at " + top.conversations() + " background conversations ("
                        + top.clientAtEnd().pages() + " open pages)", kb(top.retainedHeapKb()), "within the JVM's "
                        + "default here, " + kb(results.capacity.maxHeapKb()),
                        top.retainedHeapKb() <= results.capacity.maxHeapKb())));
        // the first pages a server serves also grow pools it keeps for later ones (Tomcat's worker threads with
        // their buffers, its channel and processor caches) once; the target is read where those exist, as the
        // bare floor always was, and the capacity curve's slope is the same figure over its thousands of pages
        md.append(target("Retained heap per participant page, the second " + results.participants + " (pools grown, "
                        + "as for the bare floor of " + kb(results.kbPerBarePage) + ")",
                kb(results.kbPerNextParticipant()), "≤ 300 kB", results.kbPerNextParticipant() <= 300));
        capacitySlopeKb().ifPresent(slope -> md.append(target("Retained heap per open page over the capacity curve: "
                + "(heap at its top level − at its lowest) / the pages opened between them", kb(slope), "≤ 300 kB",
                slope <= 300)));
        md.append(target("PDF of 30 agreements, p95", ms(pdf.p95()), "≤ 100 ms", pdf.p95() <= 100));
        // the production start is the one the README gives IT: the extracted application with its archive. The
        // single jar is reported beside it, without a target: Java 17 cannot share the classes of a jar nested in
        // a jar, so it loads and verifies each of them from scratch at every start (docs/performance.md)
        boolean withBare = !results.startupBareMillis.isEmpty();
        if (!results.startupSharedMillis.isEmpty()) {
            md.append(target("Startup to login page, the production start (README: the extracted application with "
                    + "its class data sharing archive), median of " + results.startupSharedMillis.size(),
                    ms(startupShared), "≤ 10 000 ms", startupShared <= 10_000));
            if (withBare) {
                md.append(target("Startup, the production start / java -jar on a bare Vaadin + Spring Boot app "
                        + "(bench/bare-app), medians", ratio(startupShared / startupBare), "≤ 1.3×",
                        startupShared / startupBare <= 1.3));
            }
        }
        md.append(figure("Startup to login page, java -jar on the single jar (no archive), median of "
                        + results.startupMillis.size() + (withBare ? "; / the bare app's, medians" : ""),
                ms(startup) + (withBare ? "; " + ratio(startup / startupBare) : "")));
        md.append('\n');

        md.append("### Sync latency: a click in the leader's page until the employee's page changes (ms)\n\n");
        md.append("| Action | p50 | p95 | max | p50 / bare | p95 / bare | at " + Harness.Options.TARGET_LEVEL
                + " conversations p50 | p95 | max |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        Stats loadedBare = Stats.of(loaded.get(SyncProbes.BARE));
        for (String action : SyncProbes.ACTIONS) {
            Stats quiet = Stats.of(idle.get(action));
            Stats busy = Stats.of(loaded.get(action));
            md.append("| ").append(action).append(" | ").append(num(quiet.p50())).append(" | ")
                    .append(num(quiet.p95())).append(" | ").append(num(quiet.max())).append(" | ")
                    .append(action.equals(SyncProbes.BARE) ? "1" : ratio(quiet.p50() / bare.p50())).append(" | ")
                    .append(action.equals(SyncProbes.BARE) ? "1" : ratio(quiet.p95() / bare.p95())).append(" | ")
                    .append(num(busy.p50())).append(" | ").append(num(busy.p95())).append(" | ")
                    .append(num(busy.max())).append(" |\n");
        }
        md.append("\nAt ").append(Harness.Options.TARGET_LEVEL).append(" conversations the bare baseline's p50 ")
                .append("and p95 were ").append(num(loadedBare.p50())).append(" and ").append(num(loadedBare.p95()))
                .append(" ms; that load, and every other level, is in the capacity curve below. Busy cores of ")
                .append(Runtime.getRuntime().availableProcessors()).append(" during the samples without load: the ")
                .append("server ").append(cores(results.idle.serverCores())).append(", the whole machine (the ")
                .append("server, Chromium, Playwright, the harness) ").append(cores(results.idle.machineCores()))
                .append(".\n\n");
        if (!results.lost().isEmpty()) {
            md.append("Live updates not shown within 30 s (not counted as samples; a lost change ended its round, ")
                    .append("and the next round started on a new conversation):\n\n");
            results.lost().forEach(diagnosis -> md.append("- ").append(diagnosis).append('\n'));
            md.append('\n');
        }
        md.append("![Latency CDF](").append(FIGURE).append(")\n\n");
        md.append("Where the time goes, in ms: the sending page (the click until its request leaves), the network ")
                .append("and server (until the push message reaches the other page) and the receiving page (until ")
                .append("the change is there). Each part is a percentile of its own, so the parts need not add up to ")
                .append("the whole.\n\n");
        md.append("| Action | phase | whole p50 | p95 | sending p50 | p95 | network and server p50 | p95 | ")
                .append("receiving p50 | p95 |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String action : SyncProbes.ACTIONS) {
            breakdown(md, action, "idle", results.idle.samples().get(action));
            results.targetLevel().ifPresent(level -> breakdown(md, action, "at " + level.conversations()
                    + " conversations", level.phase().samples().getOrDefault(action, List.of())));
        }
        md.append('\n');

        md.append("### Memory, PDF and startup\n\n| Measure | Figure |\n|---|---|\n");
        md.append(row("Retained heap (the objects a full collection leaves), no participant pages",
                kb(results.heapEmptyKb)));
        md.append(row("Retained heap with " + results.participants + " participant pages (each its own session)",
                kb(results.heapFullKb)));
        md.append(row("Retained heap per participant page, the first " + results.participants + " (which also grow "
                + "the server's pools)", kb(results.kbPerParticipant())));
        md.append(row("Retained heap with " + 2 * results.participants + " participant pages",
                kb(results.heapDoubleKb)));
        md.append(row("Retained heap per participant page, the second " + results.participants
                + " (the pools already grown)", kb(results.kbPerNextParticipant())));
        md.append(row("The floor: retained heap per bare push page, each with its own signed-in session",
                kb(results.kbPerBarePage)));
        md.append(row("PDF/A-1b of a plan with 30 agreements (" + results.pdfBytes / 1024 + " kB), "
                + pdf.n() + " samples after " + options.pdfWarmup + " warm-up",
                "p50 " + ms(pdf.p50()) + ", p95 " + ms(pdf.p95()) + ", max " + ms(pdf.max())));
        md.append(row("Startup, java -jar on the single jar to the first 200 of /login (demo data, fresh database)",
                "median " + ms(startup) + "; runs: " + String.join(", ", results.startupMillis.stream()
                        .map(Report::ms).toList())));
        if (!results.startupSharedMillis.isEmpty()) {
            md.append(row("Startup, the same for the production start: java -XX:SharedArchiveFile=application.jsa "
                    + "-jar on the extracted application (runs alternate with the jar's)",
                    "median " + ms(startupShared) + "; runs: " + String.join(", ",
                            results.startupSharedMillis.stream().map(Report::ms).toList())));
        }
        if (withBare) {
            md.append(row("Startup, the same for java -jar on a bare Vaadin + Spring Boot app with push and one "
                    + "route at /login, the same Vaadin, Spring Boot and production build, the starter as Vaadin "
                    + "ships it (bench/bare-app; runs alternate with the others)",
                    "median " + ms(startupBare) + "; runs: "
                    + String.join(", ", results.startupBareMillis.stream().map(Report::ms).toList())));
        }
        if (results.directory != null) {
            var d = results.directory;
            Stats first = Stats.of(d.firstSync());
            Stats unchanged = Stats.of(d.unchangedSync());
            md.append("\n### The organisation at ").append(d.users()).append(" directory users in ").append(d.units())
                    .append(" org units\n\nA real LDAP server (in memory) with an Active Directory-like tree; each ")
                    .append("round starts the application on an empty database (").append(d.firstReport())
                    .append(" in the last round).\n\n| Measure | Figure |\n|---|---|\n");
            md.append(row("First synchronisation (" + first.n() + " rounds)", "p50 " + ms(first.p50())
                    + ", max " + ms(first.max())));
            md.append(row("Unchanged re-synchronisation (" + unchanged.n() + " runs)", "p50 " + ms(unchanged.p50())
                    + ", max " + ms(unchanged.max()) + "; " + String.format(java.util.Locale.ROOT, "%.2f",
                    unchanged.p50() / first.p50()) + " × the first"));
            for (var series : List.of(java.util.Map.entry("Directory view: a page of 50 by name", d.pageOf50()),
                    java.util.Map.entry("Directory view: search by name, first page", d.searchByName()),
                    java.util.Map.entry("Directory view: the count of a search", d.count()),
                    java.util.Map.entry("A SCIM change of one person among them", d.scimChange()))) {
                Stats stats = Stats.of(series.getValue());
                md.append(row(series.getKey() + " (" + stats.n() + " samples)", "p50 " + ms(stats.p50()) + ", p95 "
                        + ms(stats.p95())));
            }
        }
        md.append(CapacityReport.markdown(results.capacity));
        md.append(ClusterReport.markdown(results.cluster));
        return md.toString();
    }

    private static void breakdown(StringBuilder md, String action, String phase, List<SyncProbes.Sample> samples) {
        md.append("| ").append(action).append(" | ").append(phase);
        for (java.util.function.ToDoubleFunction<SyncProbes.Sample> part : List.<java.util.function.ToDoubleFunction<
                SyncProbes.Sample>>of(SyncProbes.Sample::total, SyncProbes.Sample::sending,
                SyncProbes.Sample::serverAndNetwork, SyncProbes.Sample::receiving)) {
            Stats stats = Stats.of(samples.stream().mapToDouble(part).boxed().toList());
            md.append(" | ").append(num(stats.p50())).append(" | ").append(num(stats.p95()));
        }
        md.append(" |\n");
    }

    private static Stats worst(Map<String, List<Double>> samples) {
        return samples.entrySet().stream().filter(e -> !e.getKey().equals(SyncProbes.BARE))
                .map(e -> Stats.of(e.getValue())).max((a, b) -> Double.compare(a.p95(), b.p95())).orElseThrow();
    }

    private String csv() {
        StringBuilder csv = new StringBuilder("phase,action,sample,millis,sending,server_and_network,receiving\n");
        append(csv, "idle", results.idle.samples());
        results.capacity.levels().forEach(level -> append(csv, "capacity-" + level.conversations(),
                level.phase().samples()));
        for (int i = 0; i < results.pdfMillis.size(); i++) {
            csv.append("pdf,30 agreements,").append(i).append(',').append(results.pdfMillis.get(i)).append(",,,\n");
        }
        for (int i = 0; i < results.startupMillis.size(); i++) {
            csv.append("startup,jar,").append(i).append(',').append(results.startupMillis.get(i)).append(",,,\n");
        }
        for (int i = 0; i < results.startupSharedMillis.size(); i++) {
            csv.append("startup,extracted with archive,").append(i).append(',')
                    .append(results.startupSharedMillis.get(i)).append(",,,\n");
        }
        for (int i = 0; i < results.startupBareMillis.size(); i++) {
            csv.append("startup,bare app,").append(i).append(',').append(results.startupBareMillis.get(i))
                    .append(",,,\n");
        }
        return csv.toString();
    }

    private static void append(StringBuilder csv, String phase, Map<String, List<SyncProbes.Sample>> samples) {
        samples.forEach((action, values) -> {
            for (int i = 0; i < values.size(); i++) {
                SyncProbes.Sample s = values.get(i);
                csv.append(phase).append(',').append(action).append(',').append(i).append(',').append(s.total())
                        .append(',').append(s.sending()).append(',').append(s.serverAndNetwork()).append(',')
                        .append(s.receiving()).append('\n');
            }
        });
    }

    private XYChart chart() {
        XYChart chart = new XYChartBuilder().width(1000).height(600)
                .title("Sync latency, click to change in the other page (CDF; solid: idle, dashed: at "
                        + Harness.Options.TARGET_LEVEL + " conversations)")
                .xAxisTitle("milliseconds (log scale)").yAxisTitle("share of samples").build();
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesVisible(true);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        for (int i = 0; i < SyncProbes.ACTIONS.size(); i++) {
            String action = SyncProbes.ACTIONS.get(i);
            cdf(chart, action, idle.get(action), COLOURS[i], SeriesLines.SOLID);
            if (!loaded.get(action).isEmpty()) {
                cdf(chart, action + ", at " + Harness.Options.TARGET_LEVEL, loaded.get(action), COLOURS[i],
                        SeriesLines.DASH_DASH);
            }
        }
        return chart;
    }

    private static void cdf(XYChart chart, String name, List<Double> samples, Color colour,
                            java.awt.BasicStroke line) {
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        List<Double> shares = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            shares.add((i + 1) / (double) sorted.size());
        }
        XYSeries series = chart.addSeries(name, sorted, shares);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(colour);
        series.setLineStyle(line);
    }

    private static String row(String name, String value) {
        return "| " + name + " | " + value + " |\n";
    }

    private static String target(String name, String result, String target, boolean met) {
        return "| " + name + " | " + result + " | " + target + " | " + (met ? "yes" : "**no**") + " |\n";
    }

    /** A row of the targets table that is reported for comparison and has no target of its own. */
    private static String figure(String name, String result) {
        return "| " + name + " | " + result + " | none | – |\n";
    }

    private static String num(double millis) {
        return String.format(Locale.ROOT, "%.1f", millis);
    }

    private static String ms(double millis) {
        return String.format(Locale.ROOT, "%.1f ms", millis);
    }

    /** The capacity curve's heap per open page, between its lowest and its highest level, if it has two. */
    private OptionalDouble capacitySlopeKb() {
        List<Capacity.Level> levels = results.capacity.levels();
        if (levels.size() < 2) {
            return OptionalDouble.empty();
        }
        Capacity.Level low = Collections.min(levels, Comparator.comparingInt(Capacity.Level::conversations));
        Capacity.Level high = Collections.max(levels, Comparator.comparingInt(Capacity.Level::conversations));
        int pages = high.clientAtEnd().pages() - low.clientAtEnd().pages();
        return pages <= 0 ? OptionalDouble.empty()
                : OptionalDouble.of((high.retainedHeapKb() - low.retainedHeapKb()) / (double) pages);
    }

    private static String cores(double cores) {
        return String.format(Locale.ROOT, "%.2f", cores);
    }

    private static String kb(double kb) {
        return String.format(Locale.ROOT, "%.0f kB", kb);
    }

    private static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.2f×", ratio);
    }
}
