package org.jalchemy.bench.core;

/**
 * The rows every workload writes and reads: row {@code i} is {@code (i, "customer name i", "customer description i")},
 * as in SQLAlchemy's examples/performance suite, plus the checksum that proves values were really read.
 */
public final class Customers {
    private Customers() {
    }

    /** The name of row {@code id}. */
    public static String name(long id) {
        return "customer name " + id;
    }

    /** The description of row {@code id} as seeded. */
    public static String description(long id) {
        return "customer description " + id;
    }

    /** The description bulk_updates writes into row {@code id}. */
    public static String updatedDescription(long id) {
        return "updated description " + id;
    }

    /**
     * A checksum term for one row read back; summing it over rows read detects missing, duplicated or
     * mangled values while costing every system the same few nanoseconds.
     */
    public static long checksum(long id, String name, String description) {
        return id * 1_000_003L + name.hashCode() * 31L + description.hashCode();
    }

    /** The checksum of seeded rows {@code 1..n}, read in any order. */
    public static long seededChecksum(long n) {
        long sum = 0;
        for (long id = 1; id <= n; id++) {
            sum += checksum(id, name(id), description(id));
        }
        return sum;
    }
}
