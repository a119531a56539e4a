package org.jalchemy.bench.core;

/**
 * What one run of a task reports for checking: how many rows it wrote or read, a checksum of what it read (or of
 * the ids it got back), and optionally the result it built so its heap can be measured while it is still alive.
 *
 * @param rows      rows written, read or looked up
 * @param checksum  sum of {@link Customers#checksum} over rows read, or of ids fetched back; 0 when not applicable
 * @param keepAlive the materialised result (a list) for large-result variants, else {@code null}
 */
public record Outcome(long rows, long checksum, Object keepAlive) {
    public static Outcome of(long rows) {
        return new Outcome(rows, 0, null);
    }

    public static Outcome of(long rows, long checksum) {
        return new Outcome(rows, checksum, null);
    }
}
