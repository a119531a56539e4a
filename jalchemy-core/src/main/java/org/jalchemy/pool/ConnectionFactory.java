package org.jalchemy.pool;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.Properties;
import java.util.WeakHashMap;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Opens physical connections for a pool: the JDBC URL with credentials in {@link Properties} (never in the
 * URL, so no pool or driver log shows them), a per-connection setup hook, and a record of when each
 * connection was opened and when opening last failed.
 *
 * <p>It is the {@link DataSource} HikariCP is given, so jalchemy sees every connect.
 * <pre>{@code
 * ConnectionFactory f = new ConnectionFactory("jdbc:sqlite::memory:", new Properties(), c -> {}, PoolEvents.NONE);
 * Connection c = f.getConnection();
 * }</pre>
 */
public final class ConnectionFactory implements DataSource {
    /** Setup run on every new physical connection. */
    @FunctionalInterface
    public interface Setup {
        void apply(Connection connection) throws SQLException;
    }

    private final String jdbcUrl;
    private final Properties properties;
    private final Setup setup;
    private final PoolEvents events;
    private final DataSource delegate;
    private final Map<Connection, ConnectionInfo> infos = new WeakHashMap<>();
    private volatile long lastFailureNanos;
    private volatile SQLException lastFailure;
    private volatile int loginTimeoutSeconds = 5;

    public ConnectionFactory(String jdbcUrl, Properties properties, Setup setup, PoolEvents events) {
        this(jdbcUrl, properties, setup, events, null);
    }

    /** A factory over a user's {@link DataSource}; the URL is only for messages. */
    public ConnectionFactory(DataSource delegate, Setup setup, PoolEvents events) {
        this("(DataSource)", new Properties(), setup, events, delegate);
    }

    private ConnectionFactory(String jdbcUrl, Properties properties, Setup setup, PoolEvents events, DataSource delegate) {
        this.jdbcUrl = jdbcUrl;
        this.properties = properties;
        this.setup = setup;
        this.events = events;
        this.delegate = delegate;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection c;
        try {
            if (delegate != null) {
                c = delegate.getConnection();
            } else {
                Driver driver = DriverManager.getDriver(jdbcUrl);
                c = driver.connect(jdbcUrl, properties);
                if (c == null) {
                    throw new SQLException("No JDBC driver accepts URL " + jdbcUrl, "08001");
                }
            }
            try {
                setup.apply(c);
            } catch (SQLException | RuntimeException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            lastFailure = e;
            lastFailureNanos = System.nanoTime();
            throw e;
        }
        synchronized (infos) {
            infos.put(c, new ConnectionInfo(System.nanoTime()));
        }
        events.connect(c);
        return c;
    }

    /** What the pool knows of {@code physical}: when it was opened and what the engine attached to it. */
    public ConnectionInfo info(Connection physical) {
        synchronized (infos) {
            return infos.computeIfAbsent(physical, c -> new ConnectionInfo(System.nanoTime()));
        }
    }

    /** The last connect failure at or after {@code sinceNanos}, or null. */
    public SQLException failureSince(long sinceNanos) {
        SQLException e = lastFailure;
        return e != null && lastFailureNanos - sinceNanos >= 0 ? e : null;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("credentials come from the engine URL");
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    /** HikariCP sets this from the pool timeout and waits this long for pending connects at shutdown. */
    @Override
    public void setLoginTimeout(int seconds) {
        loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper for " + iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
