package jp.enishi;

import java.util.Arrays;
import java.util.function.Supplier;

/** The benchmarks' stopwatch: each call's wall time in milliseconds, and percentiles of them. */
public final class Timings {

    private Timings() {
    }

    /** Runs the call {@code warmup} times unmeasured, then {@code runs} times measured. */
    public static double[] time(Supplier<?> call, int runs, int warmup) {
        for (int i = 0; i < warmup; i++) {
            call.get();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            call.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        return ms;
    }

    /** The nearest-rank percentile. */
    public static double pct(double[] values, int percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }
}
