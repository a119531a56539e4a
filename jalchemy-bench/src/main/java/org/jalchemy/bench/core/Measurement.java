package org.jalchemy.bench.core;

import java.util.ArrayList;
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
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("a quantile lies between 0 and 1, not " + q);
        }
        if (warmNanos.isEmpty()) {
            return null;
        }
        List<Long> sorted = new ArrayList<>(warmNanos);
        sorted.sort(null);
        double position = q * (sorted.size() - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        long low = sorted.get(below);
        return low + Math.round((sorted.get(above) - low) * (position - below));
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
