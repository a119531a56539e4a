package org.jalchemy.event;

import java.util.List;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.engine.Result;

/**
 * Engine, pool and execution events, as SQLAlchemy's {@code ConnectionEvents}, {@code PoolEvents} and
 * {@code engine_disposed}. Every method has a no-op default: implement the ones you need.
 *
 * <p>Listeners run on the thread that caused the event and must be thread-safe.
 * <pre>{@code
 * engine.listen(new EngineListener() { public void engineDisposed(Engine e) { System.out.println("engine dispose"); } });
 * engine.dispose();
 * }</pre>
 */
public interface EngineListener {
    /** A new physical connection was opened. */
    default void connect(java.sql.Connection physical) {
    }

    /** A connection was checked out of the pool. */
    default void checkout(java.sql.Connection physical) {
    }

    /** A connection was returned to the pool. */
    default void checkin(java.sql.Connection physical) {
    }

    /**
     * Before a statement goes to the driver; {@code parameters} is its row. An executemany goes as one JDBC batch
     * per {@link org.jalchemy.engine.EngineOptions#executemanyPageSize()} rows (1,000 unless set), each announced
     * here with its first row and followed by its own
     * {@link #afterExecute} (whose result counts that batch's rows), so each call to the driver has one pair of
     * events.
     */
    default void beforeExecute(Connection connection, String sql, List<?> parameters, boolean executemany) {
    }

    /** After a statement ran. */
    default void afterExecute(Connection connection, String sql, List<?> parameters, boolean executemany, Result result) {
    }

    /** A driver error is about to be raised; the context can mark it a disconnect. */
    default void handleError(ExceptionContext context) {
    }

    /** A transaction began, committed or rolled back. */
    default void begin(Connection connection) {
    }

    default void commit(Connection connection) {
    }

    default void rollback(Connection connection) {
    }

    /** {@link Engine#dispose()} closed the engine's pool. */
    default void engineDisposed(Engine engine) {
    }
}
