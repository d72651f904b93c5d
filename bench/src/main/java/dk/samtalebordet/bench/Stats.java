package dk.samtalebordet.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Order statistics of one series of samples, by the nearest-rank method. */
record Stats(int n, double p50, double p95, double max, double min) {

    static Stats of(List<Double> samples) {
        if (samples.isEmpty()) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        return new Stats(sorted.size(), percentile(sorted, 50), percentile(sorted, 95), sorted.get(sorted.size() - 1),
                sorted.get(0));
    }

    /** The nearest-rank percentile of sorted samples. */
    static double percentile(List<Double> sorted, double p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    static double median(List<Double> samples) {
        return of(samples).p50();
    }
}
