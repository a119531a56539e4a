package org.jalchemy.bench.core;

/**
 * A column of the results: one way of doing the workloads (raw JDBC, Hibernate, jOOQ, jalchemy...). A system
 * implements the variants it has a natural API for and answers {@code null} for the others, shown as "n/a".
 * Created once per run of the suite against one database, closed at the end.
 */
public interface BenchSystem extends AutoCloseable {
    /** The column heading. */
    String name();

    /** This system's implementation of {@code variant}, or {@code null} when it has none. */
    Task task(Variant variant);

    /**
     * Starts counting the JDBC calls this system makes, for one untimed run. By default its statements go
     * through the shared pool, which counts them.
     */
    default void startCounting(CountingDataSource shared) {
        shared.startCounting();
    }

    /** Stops counting and answers the calls seen since {@link #startCounting}. */
    default long stopCounting(CountingDataSource shared) {
        return shared.stopCounting();
    }

    @Override
    default void close() throws Exception {
    }
}
