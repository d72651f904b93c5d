package dk.samtalebordet.bench;

import com.microsoft.playwright.Page;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sync latency across nodes: two production jars on one PostgreSQL 17 with {@code samtalebordet.cluster.enabled},
 * the leader's page on node A and the employee's on node B, beside the same two people both on node A and the
 * bare push baseline, interleaved round by round in one run so that the machine's speed affects all alike.
 */
final class ClusterBench {

    static final String ACROSS = "Leader on node A, employee on node B";
    static final String ONE_NODE = "Both on node A";

    /** The samples of each action, for each placement. */
    record Result(Map<String, Map<String, List<SyncProbes.Sample>>> byPlacement, List<String> lost) {
        static final Result NONE = new Result(Map.of(), List.of());
    }

    private ClusterBench() {
    }

    static Result run(Path jar, Path addOn, String chromium, int port, Path work, int warmup, int rounds)
            throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
                connection.createStatement().execute("create database samtalebordet");
            }
            List<String> database = List.of("--spring.datasource.url=" + postgres.getJdbcUrl("postgres",
                    "samtalebordet"), "--spring.datasource.username=postgres", "--samtalebordet.cluster.enabled=true",
                    "--logging.level.root=WARN");
            try (ServerProcess a = ServerProcess.start(jar, addOn, port + 1, work, "node-a", List.of(),
                    with(database, "--samtalebordet.cluster.node-name=a"))) {
                a.awaitLoginPage(Duration.ofMinutes(3)); // the first start migrates the database alone
                try (ServerProcess b = ServerProcess.start(jar, addOn, port + 2, work, "node-b", List.of(),
                        with(database, "--samtalebordet.cluster.node-name=b"));
                     Browsers browsers = new Browsers(chromium, a.url(""))) {
                    b.awaitLoginPage(Duration.ofMinutes(3));
                    Page control = browsers.signedIn("mos", "bench/control");
                    String first = browsers.control(control, "new=MUS");
                    Map<String, SyncProbes> probes = new LinkedHashMap<>();
                    probes.put(ACROSS, new SyncProbes(browsers, control, browsers.signedIn("mos", "samtale/" + first),
                            browsers.signedInAt(b.url(""), "jph", "samtale/" + first)));
                    probes.put(ONE_NODE, new SyncProbes(browsers, control, browsers.signedIn("mos",
                            "samtale/" + first), browsers.signedIn("jph", "samtale/" + first)));
                    for (int i = 0; i < warmup; i++) {
                        probes.values().forEach(SyncProbes::round);
                    }
                    probes.values().forEach(SyncProbes::takeLost);
                    Map<String, Map<String, List<SyncProbes.Sample>>> samples = new LinkedHashMap<>();
                    probes.keySet().forEach(placement -> {
                        Map<String, List<SyncProbes.Sample>> actions = new LinkedHashMap<>();
                        SyncProbes.ACTIONS.forEach(action -> actions.put(action, new ArrayList<>()));
                        samples.put(placement, actions);
                    });
                    for (int i = 0; i < rounds; i++) {
                        probes.forEach((placement, p) -> p.round().forEach((action, sample) ->
                                samples.get(placement).get(action).add(sample)));
                        if ((i + 1) % 25 == 0 || i + 1 == rounds) {
                            System.out.printf("   %d/%d rounds%n", i + 1, rounds);
                        }
                    }
                    List<String> lost = new ArrayList<>();
                    probes.values().forEach(p -> lost.addAll(p.takeLost()));
                    return new Result(samples, lost);
                }
            }
        }
    }

    /**
     * The across-nodes figure alone, on a built production jar:
     * {@code ClusterBench <jar> <bench test-classes> <work dir> <rounds> [chromium]}; prints its report section.
     */
    public static void main(String[] args) throws Exception {
        Path work = java.nio.file.Files.createDirectories(Path.of(args[2]).toAbsolutePath());
        Path addOn = Harness.addOn(Path.of(args[1]), work);
        Result result = run(Path.of(args[0]), addOn, args.length > 4 ? args[4] : "/usr/bin/chromium", 18080, work,
                10, Integer.parseInt(args[3]));
        System.out.println(ClusterReport.markdown(result));
    }

    private static List<String> with(List<String> arguments, String more) {
        List<String> all = new ArrayList<>(arguments);
        all.add(more);
        return all;
    }
}
