package dk.samtalebordet.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The across-nodes section of the report: each action's latency on two nodes beside one node and the bare page. */
final class ClusterReport {

    private ClusterReport() {
    }

    static String markdown(ClusterBench.Result result) {
        if (result.byPlacement().isEmpty()) {
            return "";
        }
        Map<String, List<SyncProbes.Sample>> one = result.byPlacement().get(ClusterBench.ONE_NODE);
        Stats bare = stats(one.get(SyncProbes.BARE));
        StringBuilder md = new StringBuilder("\n### Across nodes\n\nTwo production jars on one PostgreSQL 17.7 "
                + "(`samtalebordet.cluster.enabled`, LISTEN/NOTIFY), measured side by side in one run, round by round: "
                + "the leader's page on node A and the employee's on node B, the two of them both on node A, and the "
                + "bare push page (node A). Click in one page to the change in the other, ms.\n\n"
                + "| Action | Placement | n | p50 | p95 | p50 / one node | p50 / bare |\n"
                + "|---|---|---:|---:|---:|---:|---:|\n");
        for (String action : SyncProbes.ACTIONS) {
            Stats oneNode = stats(one.get(action));
            for (Map.Entry<String, Map<String, List<SyncProbes.Sample>>> placement : result.byPlacement().entrySet()) {
                Stats s = stats(placement.getValue().get(action));
                md.append(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %.1f | %.2f× | %.2f× |%n", action,
                        placement.getKey(), s.n(), s.p50(), s.p95(), s.p50() / oneNode.p50(), s.p50() / bare.p50()));
            }
        }
        if (!result.lost().isEmpty()) {
            md.append("\nChanges that did not arrive within 30 s: ").append(result.lost().size()).append(".\n");
        }
        return md.toString();
    }

    private static Stats stats(List<SyncProbes.Sample> samples) {
        return Stats.of(samples.stream().map(SyncProbes.Sample::total).toList());
    }
}
