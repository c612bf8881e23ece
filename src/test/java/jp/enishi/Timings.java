package jp.enishi;

import java.util.Arrays;
import java.util.function.Supplier;

/** The benchmarks' stopwatch: each call's wall time in milliseconds, and percentiles of them. */
public final class Timings {

    private Timings() {
    }

    /** Runs the call {@code warmup} times unmeasured, then {@code runs} times measured. */
    public static double[] time(Supplier<?> call, int runs, int warmup) {
        return time(call, answer -> { }, runs, warmup);
    }

    /**
     * As {@link #time(Supplier, int, int)}, with {@code after} given each answer outside the measured time: what a
     * browser does when it leaves a page (Vaadin's unload beacon closes the page's UI).
     */
    public static <T> double[] time(Supplier<T> call, java.util.function.Consumer<T> after, int runs, int warmup) {
        for (int i = 0; i < warmup; i++) {
            after.accept(call.get());
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            T answer = call.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
            after.accept(answer);
        }
        return ms;
    }

    /** Milliseconds the collectors have paused this JVM so far: read before and after a timed run. */
    public static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }

    /** The nearest-rank percentile. */
    public static double pct(double[] values, int percentile) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }
}
