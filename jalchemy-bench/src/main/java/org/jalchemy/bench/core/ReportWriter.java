package org.jalchemy.bench.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Renders {@link Results} as the markdown of {@code results/<database>.md}: median and ratio to raw JDBC, the
 * quartiles of the timed runs, the ratio round by round, cold first runs, JDBC calls per operation (server
 * databases) and peak live heap (large results), plus any failures.
 */
public final class ReportWriter {
    /** The column every ratio is taken against. */
    public static final String BASELINE = "raw JDBC";

    private final Results results;

    public ReportWriter(Results results) {
        this.results = results;
    }

    /** The whole report, {@code header} first. */
    public String render(String header, boolean server) {
        StringBuilder out = new StringBuilder(header).append('\n');
        out.append("## Median of the timed runs, seconds (ratio to raw JDBC in the same run)\n\n");
        table(out, (v, m) -> m.medianNanos() == null ? null : seconds(m.medianNanos()) + ratio(v, m));
        out.append("\n## Spread of the timed runs: first and third quartile, seconds (timed runs)\n\n");
        out.append("Half of a cell's timed runs fall in this range: how far single runs of the cell moved in this JVM."
                + " The rounds interleave the systems, so a ratio of medians can hold where these ranges overlap.\n\n");
        table(out, (v, m) -> m.warmRuns() == 0 ? null : seconds(m.quantileNanos(0.25)) + "–"
                + seconds(m.quantileNanos(0.75)) + " (" + m.warmRuns() + ")");
        out.append("\n## Ratio to raw JDBC round by round: median (first–third quartile, rounds)\n\n");
        out.append("Each round runs every column once, in a shuffled order. Here each run is divided by raw JDBC's"
                + " run of the same round, so that the machine's drift from one round to the next cancels; the first"
                + " table divides the medians instead. The range is how far the ratio itself moved between rounds.\n\n");
        table(out, this::roundRatio);
        out.append("\n## Cold first run, seconds (first run of the cell in this JVM)\n\n");
        table(out, (v, m) -> m.coldNanos() == null ? null : seconds(m.coldNanos()));
        if (server) {
            out.append("\n## JDBC calls reaching the server, per operation (total per run)\n\n");
            table(out, (v, m) -> m.calls() == null ? null : String.format(Locale.ROOT, "%.3g (%d)",
                    (double) m.calls() / results.size(v), m.calls()));
        }
        if (results.variants().stream().anyMatch(Variant::measuresHeap)) {
            out.append("\n## Peak live heap growth, MB (large_resultsets)\n\n");
            table(out, (v, m) -> m.peakHeapBytes() == null ? null
                    : String.format(Locale.ROOT, "%.1f", m.peakHeapBytes() / 1_048_576.0), Variant::measuresHeap);
        }
        out.append("\n## Garbage collections during the timed runs: runs that met one / timed runs, total pause ms\n\n");
        out.append("A run that meets a collection pays for copying what it keeps alive; the ratios above include it.\n\n");
        table(out, (v, m) -> {
            long[] gc = m.gcTotals();
            return gc == null ? null : String.format(Locale.ROOT, "%d/%d, %d ms", gc[2], m.warmRuns(), gc[1]);
        });
        out.append("\n## What raw JDBC does in each row\n\n| workload | variant | raw JDBC baseline |\n|---|---|---|\n");
        for (Variant v : results.variants()) {
            out.append("| ").append(v.workload().label()).append(" | ").append(v.label()).append(" | ")
                    .append(v.rawForm()).append(" |\n");
        }
        List<String> failures = failures();
        if (!failures.isEmpty()) {
            out.append("\n## FAILURES\n\n");
            failures.forEach(f -> out.append("- ").append(f).append('\n'));
        }
        return out.toString();
    }

    private void table(StringBuilder out, BiFunction<Variant, Measurement, String> cell) {
        table(out, cell, v -> true);
    }

    private void table(StringBuilder out, BiFunction<Variant, Measurement, String> cell, Predicate<Variant> rows) {
        out.append("| workload | variant (n) |");
        results.systems().forEach(s -> out.append(' ').append(s).append(" |"));
        out.append("\n|---|---|");
        results.systems().forEach(s -> out.append("---:|"));
        out.append('\n');
        for (Variant v : results.variants()) {
            if (!rows.test(v)) {
                continue;
            }
            out.append("| ").append(v.workload().label()).append(" | ").append(v.label())
                    .append(" (").append(results.size(v)).append(") |");
            for (String system : results.systems()) {
                Measurement m = results.get(v, system);
                String text;
                if (m == null) {
                    text = "n/a";
                } else if (m.failed()) {
                    text = "**FAILED**";
                } else {
                    text = cell.apply(v, m);
                    text = text == null ? "–" : text;
                }
                out.append(' ').append(text).append(" |");
            }
            out.append('\n');
        }
    }

    private String ratio(Variant v, Measurement m) {
        Measurement base = results.get(v, BASELINE);
        if (base == null || base.medianNanos() == null || base == m) {
            return "";
        }
        return String.format(Locale.ROOT, " (%.2f×)", (double) m.medianNanos() / base.medianNanos());
    }

    private String roundRatio(Variant v, Measurement m) {
        Measurement base = results.get(v, BASELINE);
        if (base == null || base == m || m.roundsWith(base) == 0) {
            return null;
        }
        return String.format(Locale.ROOT, "%.2f× (%.2f–%.2f, %d)", m.roundRatioQuantile(base, 0.5),
                m.roundRatioQuantile(base, 0.25), m.roundRatioQuantile(base, 0.75), m.roundsWith(base));
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }

    private List<String> failures() {
        List<String> list = new ArrayList<>();
        for (Variant v : results.variants()) {
            for (String system : results.systems()) {
                Measurement m = results.get(v, system);
                if (m != null && m.failed()) {
                    list.add(v.workload().label() + " / " + v.label() + " / " + system + ": " + m.failure());
                }
            }
        }
        return list;
    }
}
