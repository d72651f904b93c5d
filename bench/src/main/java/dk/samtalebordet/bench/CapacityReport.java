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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The capacity curve's part of the report: its tables, its figures and where the server's CPU went. */
final class CapacityReport {

    static final String LATENCY_FIGURE = "capacity-latency.png";
    static final String RESOURCES_FIGURE = "capacity-resources.png";
    private static final Color[] COLOURS = {new Color(0x5B, 0x64, 0x70), new Color(0x6B, 0x3F, 0xA0),
            new Color(0x1E, 0x4E, 0x79), new Color(0xB4, 0x5F, 0x06)};

    private CapacityReport() {
    }

    static String markdown(Capacity.Result capacity) {
        if (capacity.levels().isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder();
        md.append("\n### Capacity: the measured pair while the load grows\n\n")
                .append("Each level in turn, in one run on one server: that many background conversations, each ")
                .append("given one change (a stikord, then a focus) every ").append(capacity.periodMillis() / 1000.0)
                .append(" s by its leader through LiveTableService and the broadcaster, and each open in two pages ")
                .append("of the light load client (the leader's and the employee's, each signed in with a session ")
                .append("of its own, pushed to over Atmosphere's WebSocket, beating Vaadin's heartbeat every 5 s; ")
                .append("not rendered). Meanwhile the leader and the employee in Chromium take the sync samples. ")
                .append("The heap is what the server retains, read after the samples: the bytes of the objects a ")
                .append("full collection leaves, counted in the same pause (`jcmd GC.class_histogram`); ")
                .append("the JVM's own limit on this machine is ").append(mb(capacity.maxHeapKb()))
                .append(" (no -Xmx). GC pauses are the stop-the-world pauses in the server's GC log during the ")
                .append("samples.\n\n");
        md.append("| Conversations | Light pages | Changes/s | Followed, start → end | Worst p50 | Worst p95 | ")
                .append("Bare p95 | Server cores | Machine cores | Retained heap | GC pauses (n, total, max) | ")
                .append("Opening the level |\n|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---|---:|\n");
        for (Capacity.Level level : capacity.levels()) {
            Stats worstP50 = worst(level, Stats::p50);
            Stats worstP95 = worst(level, Stats::p95);
            Stats bare = Stats.of(totals(level, SyncProbes.BARE));
            double pauses = level.gcPausesMillis().stream().mapToDouble(Double::doubleValue).sum();
            double longest = level.gcPausesMillis().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            md.append("| ").append(level.conversations()).append(" | ").append(level.clientAtEnd().pages())
                    .append(" | ").append(field(level.serverAtEnd(), "rate")).append(" | ")
                    .append(followed(level)).append(" | ").append(num(worstP50.p50())).append(" | ")
                    .append(num(worstP95.p95())).append(" | ").append(num(bare.p95())).append(" | ")
                    .append(cores(level.phase().serverCores())).append(" | ")
                    .append(cores(level.phase().machineCores())).append(" | ").append(mb(level.retainedHeapKb()))
                    .append(" | ").append(level.gcPausesMillis().size()).append(", ").append(num(pauses))
                    .append(" ms, ").append(num(longest)).append(" ms | ")
                    .append(String.format(Locale.ROOT, "%.0f s", level.openingSeconds())).append(" |\n");
        }
        md.append("\nFollowed: the background conversations someone is present in, by the server's presence, and ")
                .append("the light pages that received a push message within two periods, of those open. Changes ")
                .append("the server could not make are in its status line: ")
                .append(capacity.levels().stream().map(l -> l.conversations() + ": " + l.serverAtEnd())
                        .collect(Collectors.joining("; "))).append(".\n\n");

        md.append("p50 / p95 of each action, ms:\n\n| Action |");
        capacity.levels().forEach(l -> md.append(' ').append(l.conversations()).append(" |"));
        md.append("\n|---|");
        capacity.levels().forEach(l -> md.append("---:|"));
        md.append('\n');
        for (String action : SyncProbes.ACTIONS) {
            md.append("| ").append(action).append(" |");
            for (Capacity.Level level : capacity.levels()) {
                Stats stats = Stats.of(totals(level, action));
                md.append(' ').append(num(stats.p50())).append(" / ").append(num(stats.p95())).append(" |");
            }
            md.append('\n');
        }
        md.append("\n![Capacity: latency](").append(LATENCY_FIGURE).append(")\n\n![Capacity: resources](")
                .append(RESOURCES_FIGURE).append(")\n\n");

        md.append("Where the server's CPU went during each level's samples (JFR execution samples, profile ")
                .append("settings): by kind of thread, and the application's own methods that the most samples ")
                .append("ran under (the first of them from the top of the stack).\n\n")
                .append("| Conversations | Samples | Threads | Application methods |\n|---:|---:|---|---|\n");
        for (Capacity.Level level : capacity.levels()) {
            Profile.Summary profile = level.profile();
            md.append("| ").append(level.conversations()).append(" | ").append(profile.samples()).append(" | ")
                    .append(shares(profile, profile.byThread(), 5)).append(" | ")
                    .append(shares(profile, profile.applicationMethods(), 5)).append(" |\n");
        }
        Capacity.Level top = capacity.levels().get(capacity.levels().size() - 1);
        md.append("\nOn top of the stack at ").append(top.conversations()).append(" conversations: ")
                .append(shares(top.profile(), top.profile().topMethods(), 8)).append(".\n");
        return md.toString();
    }

    static void writeFigures(Capacity.Result capacity, Path folder) throws IOException {
        if (capacity.levels().isEmpty()) {
            return;
        }
        BitmapEncoder.saveBitmap(latencyChart(capacity), folder.resolve(LATENCY_FIGURE).toString(),
                BitmapEncoder.BitmapFormat.PNG);
        BitmapEncoder.saveBitmap(resourcesChart(capacity), folder.resolve(RESOURCES_FIGURE).toString(),
                BitmapEncoder.BitmapFormat.PNG);
    }

    private static XYChart latencyChart(Capacity.Result capacity) {
        XYChart chart = chart("Sync latency of the measured pair while the load grows (solid p95, dashed p50)",
                "ms");
        List<Double> x = levels(capacity);
        for (int i = 0; i < SyncProbes.ACTIONS.size(); i++) {
            String action = SyncProbes.ACTIONS.get(i);
            List<Double> p95 = new ArrayList<>();
            List<Double> p50 = new ArrayList<>();
            for (Capacity.Level level : capacity.levels()) {
                Stats stats = Stats.of(totals(level, action));
                p95.add(stats.p95());
                p50.add(stats.p50());
            }
            line(chart, action + " p95", x, p95, COLOURS[i], SeriesLines.SOLID);
            line(chart, action + " p50", x, p50, COLOURS[i], SeriesLines.DASH_DASH);
        }
        return chart;
    }

    private static XYChart resourcesChart(Capacity.Result capacity) {
        XYChart chart = chart("What the server used while the load grew", "busy cores, retained heap (GB)");
        List<Double> x = levels(capacity);
        line(chart, "server, busy cores", x, capacity.levels().stream().map(l -> l.phase().serverCores()).toList(),
                COLOURS[1], SeriesLines.SOLID);
        line(chart, "whole machine, busy cores", x, capacity.levels().stream().map(l -> l.phase().machineCores())
                .toList(), COLOURS[0], SeriesLines.DASH_DASH);
        line(chart, "retained heap, GB", x, capacity.levels().stream().map(l -> l.retainedHeapKb() / 1024.0 / 1024.0)
                .toList(), COLOURS[2], SeriesLines.SOLID);
        return chart;
    }

    private static XYChart chart(String title, String yAxis) {
        XYChart chart = new XYChartBuilder().width(1000).height(600).title(title)
                .xAxisTitle("background conversations (two open pages each)").yAxisTitle(yAxis).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesVisible(true);
        chart.getStyler().setYAxisMin(0.0);
        return chart;
    }

    private static void line(XYChart chart, String name, List<Double> x, List<Double> y, Color colour,
                             java.awt.BasicStroke style) {
        XYSeries series = chart.addSeries(name, x, y);
        series.setMarker(SeriesMarkers.CIRCLE);
        series.setMarkerColor(colour);
        series.setLineColor(colour);
        series.setLineStyle(style);
    }

    private static List<Double> levels(Capacity.Result capacity) {
        return capacity.levels().stream().map(l -> (double) l.conversations()).toList();
    }

    static List<Double> totals(Capacity.Level level, String action) {
        return level.phase().samples().getOrDefault(action, List.of()).stream().map(SyncProbes.Sample::total)
                .toList();
    }

    /** The action (not the bare baseline) with the highest figure of the given kind, and its statistics. */
    private static Stats worst(Capacity.Level level, java.util.function.ToDoubleFunction<Stats> figure) {
        return SyncProbes.ACTIONS.stream().filter(a -> !a.equals(SyncProbes.BARE)).map(a -> Stats.of(totals(level, a)))
                .max(java.util.Comparator.comparingDouble(figure)).orElseThrow();
    }

    private static String followed(Capacity.Level level) {
        return field(level.serverAtStart(), "followed") + " → " + field(level.serverAtEnd(), "followed") + " present; "
                + level.clientAtStart().heard() + " → " + level.clientAtEnd().heard() + " of "
                + level.clientAtEnd().pages() + " pages heard";
    }

    /** A field of the control page's status line, "changes=N failures=N rate=R followed=F". */
    private static String field(String status, String name) {
        for (String part : status.split(" ")) {
            if (part.startsWith(name + "=")) {
                return part.substring(name.length() + 1);
            }
        }
        return "?";
    }

    private static String shares(Profile.Summary profile, Map<String, Long> counts, int limit) {
        return counts.entrySet().stream().limit(limit).map(e -> "`" + e.getKey() + "` "
                + String.format(Locale.ROOT, "%.0f %%", profile.share(e.getValue()))).collect(Collectors.joining(", "));
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String cores(double cores) {
        return String.format(Locale.ROOT, "%.2f", cores);
    }

    private static String mb(long kb) {
        return String.format(Locale.ROOT, "%.0f MB", kb / 1024.0);
    }
}
