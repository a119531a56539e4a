package org.jalchemy.pool;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jalchemy.exc.TimeoutError;

/**
 * One physical connection shared by every thread of an engine, one checkout at a time: the pool for SQLite
 * in memory, whose database lives only as long as its connection.
 *
 * <p>A thread that checks out while it already holds the connection gets the same connection (the lock is
 * reentrant), as SQLAlchemy's {@code StaticPool} does; the inner user shares the outer one's transaction. Closing
 * the inner one leaves that transaction to the outer holder (an explicit commit or rollback still ends it):
 * closing a second session must not silently discard the first one's flushed rows (SQLAlchemy #8642).
 * <pre>{@code
 * ConnectionPool pool = new SingletonConnectionPool(factory, Duration.ofSeconds(30), false, PoolEvents.NONE);
 * PooledConnection pc = pool.checkout();
 * }</pre>
 */
public final class SingletonConnectionPool implements ConnectionPool {
    private final ConnectionFactory factory;
    private final PoolConfig config;
    private final boolean autoCommit;
    private final Integer isolation;
    private final PoolEvents events;
    private final ReentrantLock lock = new ReentrantLock(true);
    private Connection connection;
    private volatile boolean disposed;

    public SingletonConnectionPool(ConnectionFactory factory, PoolConfig config, boolean autoCommit, Integer isolation,
                                   PoolEvents events) {
        this.factory = factory;
        this.config = config;
        this.autoCommit = autoCommit;
        this.isolation = isolation;
        this.events = events;
    }

    @Override
    public PooledConnection checkout() throws SQLException {
        try {
            if (!lock.tryLock(config.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new TimeoutError(String.format("SingletonConnectionPool: the one connection of this in-memory"
                        + " database was not released within %.2f s", config.timeout().toMillis() / 1000.0));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimeoutError("Interrupted while waiting for the in-memory database connection");
        }
        try {
            if (connection == null || connection.isClosed()) {
                connection = factory.getConnection();
                connection.setAutoCommit(autoCommit);
                if (isolation != null) {
                    connection.setTransactionIsolation(isolation);
                }
            }
        } catch (SQLException | RuntimeException e) {
            lock.unlock();
            throw e;
        }
        events.checkout(connection);
        return new PooledConnection(this, connection, connection, factory.info(connection), lock.getHoldCount() > 1);
    }

    @Override
    public void release(PooledConnection pc) {
        try {
            events.checkin(connection);
            if (lock.getHoldCount() == 1 && connection != null && !connection.isClosed() && !connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            closeQuietly();
        } finally {
            lock.unlock();
            if (disposed) {
                closeAll();
            }
        }
    }

    @Override
    public void invalidate(PooledConnection pc, boolean olderToo) {
        try {
            closeQuietly();
        } finally {
            lock.unlock();
        }
    }

    private void closeQuietly() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already unusable: nothing more to do
            }
            connection = null;
        }
    }

    private void closeAll() {
        if (lock.tryLock()) {
            try {
                closeQuietly();
            } finally {
                lock.unlock();
            }
        }
    }

    @Override
    public void dispose() {
        disposed = true;
        closeAll();
    }

    @Override
    public int checkedOut() {
        return lock.isLocked() ? 1 : 0;
    }

    @Override
    public int size() {
        return connection == null ? 0 : 1;
    }
}
