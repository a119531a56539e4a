package org.jalchemy.bench.core;

/** The five suites of SQLAlchemy's examples/performance, with their full sizes. */
public enum Workload {
    BULK_INSERTS("bulk_inserts", 100_000, "rows inserted"),
    SINGLE_INSERTS("single_inserts", 10_000, "rows, one transaction each through the pool"),
    LARGE_RESULTSETS("large_resultsets", 500_000, "rows read"),
    SHORT_SELECTS("short_selects", 10_000, "lookups by primary key over 1.1x as many rows"),
    BULK_UPDATES("bulk_updates", 100_000, "rows loaded and updated");

    private final String label;
    private final int fullSize;
    private final String unit;

    Workload(String label, int fullSize, String unit) {
        this.label = label;
        this.fullSize = fullSize;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    /** The number of operations at {@code scale} (1 = full, 0.1 = quick), at least 10. */
    public int size(double scale) {
        return Math.max(10, (int) Math.round(fullSize * scale));
    }

    /** What one operation is. */
    public String unit() {
        return unit;
    }

    /** Rows the table holds before the run: short_selects looks up n of n * 1.1 - 1 rows, as SQLAlchemy does. */
    public int seedRows(int n) {
        return switch (this) {
            case BULK_INSERTS, SINGLE_INSERTS -> 0;
            case SHORT_SELECTS -> n + n / 10 - 1;
            case LARGE_RESULTSETS, BULK_UPDATES -> n;
        };
    }

    /** True when a run leaves the seeded table unchanged, so it is seeded once for all its runs. */
    public boolean readOnly() {
        return this == LARGE_RESULTSETS || this == SHORT_SELECTS;
    }

    /** Finds a workload by its label. */
    public static Workload byLabel(String label) {
        for (Workload w : values()) {
            if (w.label.equals(label)) {
                return w;
            }
        }
        throw new IllegalArgumentException("unknown workload " + label);
    }
}
