package org.jalchemy.bench.systems.jalchemy;

import java.util.List;
import org.jalchemy.engine.Connection;
import org.jalchemy.event.EngineListener;

/**
 * Counts what a jalchemy engine sends to the server, through its event hooks (jalchemy keeps its own pool, which
 * the shared counting pool cannot see): one per {@code beforeExecute}, which jalchemy fires for each call to the
 * driver (each {@code executeBatch} page of an executemany), {@code commit} and {@code rollback}.
 */
final class EngineCallCounter implements EngineListener {
    private long calls;

    void reset() {
        calls = 0;
    }

    long calls() {
        return calls;
    }

    @Override
    public void beforeExecute(Connection connection, String sql, List<?> parameters, boolean executemany) {
        calls++;
    }

    @Override
    public void commit(Connection connection) {
        calls++;
    }

    @Override
    public void rollback(Connection connection) {
        calls++;
    }
}
