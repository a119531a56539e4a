package org.jalchemy.pool;

import java.sql.Connection;

/**
 * Callbacks a pool makes about physical connections; the engine forwards them to its listeners.
 * <pre>{@code
 * PoolEvents events = new PoolEvents() { public void connect(Connection c) { log(c); } };
 * }</pre>
 */
public interface PoolEvents {
    PoolEvents NONE = new PoolEvents() {
    };

    /** A new physical connection was opened. */
    default void connect(Connection physical) {
    }

    /** A connection was handed out. */
    default void checkout(Connection physical) {
    }

    /** A connection was given back. */
    default void checkin(Connection physical) {
    }
}
