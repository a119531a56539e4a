package org.jalchemy.pool;

import java.sql.Connection;

/**
 * A connection checked out of a {@link ConnectionPool}: the handle to use, the physical connection behind
 * it (for liveness checks), and the way back to the pool. Used by one thread at a time.
 * <pre>{@code
 * PooledConnection pc = pool.checkout();
 * try { pc.connection().createStatement(); } finally { pc.release(); }
 * }</pre>
 */
public final class PooledConnection {
    private final ConnectionPool pool;
    private final Connection handle;
    private final Connection physical;
    private final ConnectionInfo info;
    private final boolean nested;
    private boolean released;

    PooledConnection(ConnectionPool pool, Connection handle, Connection physical, ConnectionInfo info) {
        this(pool, handle, physical, info, false);
    }

    PooledConnection(ConnectionPool pool, Connection handle, Connection physical, ConnectionInfo info, boolean nested) {
        this.pool = pool;
        this.handle = handle;
        this.physical = physical;
        this.info = info;
        this.nested = nested;
    }

    /**
     * True when this thread already held the same physical connection when it checked this one out (SQLite in
     * memory): the outer holder owns the transaction, so closing this one must not roll it back.
     */
    public boolean nested() {
        return nested;
    }

    /** What lives as long as the physical connection (its statement cache, for one). */
    public ConnectionInfo info() {
        return info;
    }

    /** The connection to run statements on. */
    public Connection connection() {
        return handle;
    }

    /** The driver's own connection, e.g. to ask whether it closed after an error. */
    public Connection physical() {
        return physical;
    }

    /** Gives the connection back; the pool rolls back and resets what the user changed. Idempotent. */
    public void release() {
        if (!released) {
            released = true;
            pool.release(this);
        }
    }

    /**
     * Discards this connection because it is dead; with {@code olderToo}, every connection opened before now
     * is discarded as well (at its next return or checkout), as SQLAlchemy bumps the pool generation.
     */
    public void invalidate(boolean olderToo) {
        if (!released) {
            released = true;
            pool.invalidate(this, olderToo);
        }
    }

    public boolean isReleased() {
        return released;
    }
}
