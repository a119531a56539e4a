package org.jalchemy.pool;

/**
 * Where an engine gets its connections. Implementations are thread-safe.
 * <pre>{@code
 * PooledConnection pc = pool.checkout();
 * pc.release();
 * }</pre>
 */
public interface ConnectionPool {
    /**
     * A connection, waiting up to the pool timeout.
     *
     * @throws org.jalchemy.exc.TimeoutError when none is free in time
     * @throws java.sql.SQLException when opening a new connection fails
     */
    PooledConnection checkout() throws java.sql.SQLException;

    /** Takes a connection back. */
    void release(PooledConnection connection);

    /** Discards a dead connection (and, with {@code olderToo}, every connection opened before now). */
    void invalidate(PooledConnection connection, boolean olderToo);

    /** Closes every connection; the pool cannot be used afterwards. */
    void dispose();

    /** Connections currently checked out. */
    int checkedOut();

    /** Physical connections currently open (idle and checked out). */
    int size();
}
