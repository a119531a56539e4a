package org.jalchemy.pool;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jalchemy.exc.TimeoutError;

/**
 * The pool for server databases and SQLite files: HikariCP underneath, with SQLAlchemy's semantics on top.
 *
 * <p>HikariCP is created lazily-connecting ({@code initializationFailTimeout=-1}, no minimum idle), so making
 * an engine never connects. Recycle and pre-ping are checked here at checkout, with exact durations, and a
 * failed connect is reported at once instead of after the whole pool timeout. {@code size + maxOverflow}
 * is HikariCP's maximum; idle connections are closed after HikariCP's idle timeout (10 minutes).
 * <pre>{@code
 * ConnectionPool pool = new HikariConnectionPool("engine-1", factory, PoolConfig.defaults(), false, null);
 * PooledConnection pc = pool.checkout();
 * }</pre>
 */
public final class HikariConnectionPool implements ConnectionPool {
    private static final AtomicInteger POOL_IDS = new AtomicInteger();
    private static final long SLICE_MS = 250;
    private static final int PING_TIMEOUT_SECONDS = 5;

    private final HikariPool hikari;
    private final ConnectionFactory factory;
    private final PoolConfig config;
    private final PoolEvents events;
    private final AtomicInteger checkedOut = new AtomicInteger();
    private volatile long generationStartNanos = System.nanoTime() - 1;

    /**
     * @param autoCommit whether connections run in JDBC autocommit (only for the AUTOCOMMIT isolation level)
     * @param isolation a JDBC isolation constant name such as {@code TRANSACTION_SERIALIZABLE}, or null
     */
    public HikariConnectionPool(String name, ConnectionFactory factory, PoolConfig config, boolean autoCommit,
                                String isolation, PoolEvents events) {
        this.factory = factory;
        this.config = config;
        this.events = events;
        HikariConfig hc = new HikariConfig();
        hc.setPoolName(name + "-" + POOL_IDS.incrementAndGet());
        hc.setDataSource(factory);
        hc.setMaximumPoolSize(config.size() + config.maxOverflow());
        hc.setMinimumIdle(0);
        hc.setConnectionTimeout(config.timeout().toMillis());
        // recycling is ours, with exact durations; HikariCP would raise anything under 30 s to 30 min
        hc.setMaxLifetime(0);
        hc.setInitializationFailTimeout(-1);
        hc.setAutoCommit(autoCommit);
        if (isolation != null) {
            hc.setTransactionIsolation(isolation);
        }
        if (config.leakDetection() != null) {
            hc.setLeakDetectionThreshold(config.leakDetection().toMillis());
        }
        hc.validate();
        this.hikari = new HikariPool(hc);
    }

    @Override
    public PooledConnection checkout() throws SQLException {
        long start = System.nanoTime();
        long deadline = start + config.timeout().toNanos();
        while (true) {
            long remainingMs = (deadline - System.nanoTime()) / 1_000_000;
            if (remainingMs <= 0) {
                throw timeout();
            }
            Connection handle;
            try {
                // short slices (HikariCP's floor), so a connect failure surfaces now, not after the whole timeout
                handle = hikari.getConnection(SLICE_MS);
            } catch (SQLTransientConnectionException e) {
                SQLException failure = factory.failureSince(start);
                if (failure != null) {
                    throw failure;
                }
                continue;
            }
            Connection physical = handle.unwrap(Connection.class);
            ConnectionInfo info = factory.info(physical);
            boolean stale = isStale(info);
            if (stale || (config.prePing() && !ping(handle))) {
                boolean dead = !stale;
                hikari.evictConnection(handle);
                if (dead) {
                    // a dead connection means its older siblings are likely dead too
                    generationStartNanos = System.nanoTime();
                    hikari.softEvictConnections();
                }
                continue;
            }
            checkedOut.incrementAndGet();
            events.checkout(physical);
            return new PooledConnection(this, handle, physical, info);
        }
    }

    private boolean isStale(ConnectionInfo info) {
        long opened = info.openedAt();
        if (opened - generationStartNanos < 0) {
            return true;
        }
        return config.recycle() != null && System.nanoTime() - opened > config.recycle().toNanos();
    }

    private static boolean ping(Connection handle) {
        try {
            return handle.isValid(PING_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }

    private TimeoutError timeout() {
        return new TimeoutError(String.format("QueuePool limit of size %d overflow %d reached, connection timed out,"
                + " timeout %.2f s", config.size(), config.maxOverflow(), config.timeout().toMillis() / 1000.0));
    }

    @Override
    public void release(PooledConnection connection) {
        checkedOut.decrementAndGet();
        events.checkin(connection.physical());
        try {
            // HikariCP rolls back uncommitted work and resets what the user changed
            connection.connection().close();
        } catch (SQLException e) {
            hikari.evictConnection(connection.connection());
        }
    }

    @Override
    public void invalidate(PooledConnection connection, boolean olderToo) {
        checkedOut.decrementAndGet();
        hikari.evictConnection(connection.connection());
        if (olderToo) {
            generationStartNanos = System.nanoTime();
            hikari.softEvictConnections();
        }
    }

    @Override
    public void dispose() {
        try {
            hikari.shutdown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public int checkedOut() {
        return checkedOut.get();
    }

    @Override
    public int size() {
        return hikari.getTotalConnections();
    }
}
