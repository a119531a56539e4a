package org.jalchemy.bench.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Everything measured for one cell (variant x system): cold and warm times, JDBC calls, peak heap, or a failure. */
public final class Measurement {
    private Long coldNanos;
    private final List<Long> warmNanos = new ArrayList<>();
    private final List<long[]> warmGc = new ArrayList<>();
    private Long calls;
    private Long peakHeapBytes;
    private String failure;

    public void cold(long nanos) {
        coldNanos = nanos;
    }

    public void warm(long nanos) {
        warmNanos.add(nanos);
    }

    /** The collections that ran during one timed run: how many, and their total time in milliseconds. */
    public void warmGc(long collections, long millis) {
        warmGc.add(new long[] {collections, millis});
    }

    /**
     * Collections during the timed runs: {total collections, total milliseconds, runs that met at least one}, or
     * {@code null} when none was recorded.
     */
    public long[] gcTotals() {
        if (warmGc.isEmpty()) {
            return null;
        }
        long count = 0;
        long millis = 0;
        long runs = 0;
        for (long[] g : warmGc) {
            count += g[0];
            millis += g[1];
            runs += g[0] > 0 ? 1 : 0;
        }
        return new long[] {count, millis, runs};
    }

    public void calls(long count) {
        calls = count;
    }

    public void heap(long bytes) {
        peakHeapBytes = peakHeapBytes == null ? bytes : Math.max(peakHeapBytes, bytes);
    }

    public void fail(String message) {
        failure = message;
    }

    public Long coldNanos() {
        return coldNanos;
    }

    /** How many timed runs there are. */
    public int warmRuns() {
        return warmNanos.size();
    }

    /** The timed runs' total, in nanoseconds. */
    public long warmTotalNanos() {
        long total = 0;
        for (long nanos : warmNanos) {
            total += nanos;
        }
        return total;
    }

    /** The median of the warm runs, or {@code null} when there are none. */
    public Long medianNanos() {
        return quantileNanos(0.5);
    }

    /**
     * The {@code q} quantile of the warm runs (0.25 the first quartile, 0.5 the median), interpolated between the
     * two nearest runs as a spreadsheet's {@code QUARTILE.INC} does; {@code null} when there are none.
     */
    public Long quantileNanos(double q) {
        checkQuantile(q);
        if (warmNanos.isEmpty()) {
            return null;
        }
        double[] sorted = warmNanos.stream().mapToDouble(Long::doubleValue).sorted().toArray();
        return Math.round(quantile(sorted, q));
    }

    /**
     * The {@code q} quantile of this cell's timed runs divided, round by round, by {@code base}'s; {@code null} when
     * no round has a run of both. Run {@code i} of every cell of a variant was taken in round {@code i} (the rounds
     * interleave the systems, and a cell that stops taking runs never resumes), so each ratio compares two runs
     * taken seconds apart and a drift of the machine between rounds cancels out of it.
     */
    public Double roundRatioQuantile(Measurement base, double q) {
        checkQuantile(q);
        int rounds = roundsWith(base);
        if (rounds == 0) {
            return null;
        }
        double[] ratios = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            ratios[i] = (double) warmNanos.get(i) / base.warmNanos.get(i);
        }
        Arrays.sort(ratios);
        return quantile(ratios, q);
    }

    /** How many rounds have a timed run of both this cell and {@code base}. */
    public int roundsWith(Measurement base) {
        return Math.min(warmNanos.size(), base.warmNanos.size());
    }

    private static void checkQuantile(double q) {
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("a quantile lies between 0 and 1, not " + q);
        }
    }

    private static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
    }

    public Long calls() {
        return calls;
    }

    public Long peakHeapBytes() {
        return peakHeapBytes;
    }

    public String failure() {
        return failure;
    }

    public boolean failed() {
        return failure != null;
    }
}
