package org.jalchemy.bench.core;

/** One system's implementation of one variant: runs the whole workload once on a prepared table. */
@FunctionalInterface
public interface Task {
    /**
     * Runs the workload.
     *
     * @param n the number of rows or operations for this run
     * @return what it did, checked by the runner
     */
    Outcome run(int n) throws Exception;
}
