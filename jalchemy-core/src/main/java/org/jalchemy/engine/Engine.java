package org.jalchemy.engine;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.jalchemy.dialect.BaseDialect;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.dialect.Dialects;
import org.jalchemy.event.EngineListener;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.JalchemyException;
import org.jalchemy.exc.NoSuchModuleError;
import org.jalchemy.pool.ConnectionFactory;
import org.jalchemy.pool.ConnectionPool;
import org.jalchemy.pool.HikariConnectionPool;
import org.jalchemy.pool.PoolEvents;
import org.jalchemy.pool.SingletonConnectionPool;
import org.jalchemy.sql.Executable;
import org.jalchemy.sql.compiler.Compiled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The home base of a database: its URL, dialect, connection pool, compiled-statement cache and listeners.
 * Thread-safe; make one per database and share it.
 *
 * <p>Mirrors {@code sqlalchemy.engine.Engine}. Creating an engine never connects; the first
 * {@link #connect()} does. {@link #dispose()} closes the pool (a new one opens on next use) and fires
 * {@link EngineListener#engineDisposed}.
 * <pre>{@code
 * Engine engine = Jalchemy.createEngine("sqlite:///db.sqlite");
 * try (Connection conn = engine.connect()) { conn.execute(text("SELECT 1")).scalar(); }
 * }</pre>
 */
public final class Engine implements AutoCloseable {
    static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    private final URL url;
    private final Dialect dialect;
    private final EngineOptions options;
    private final DataSource dataSource;
    private final CompiledCache compiledCache;
    private final List<EngineListener> listeners = new CopyOnWriteArrayList<>();
    private final boolean autoCommit;
    private final int fetchSize;
    private volatile ConnectionPool pool;

    private Engine(URL url, Dialect dialect, EngineOptions options, DataSource dataSource) {
        this.url = url;
        this.dialect = dialect;
        this.options = options;
        this.dataSource = dataSource;
        this.compiledCache = new CompiledCache(options.compiledCacheSize());
        String isolation = options.isolationLevel();
        if (isolation != null && !dialect.isolationLevels().contains(isolation)) {
            throw new ArgumentError("Invalid value '" + isolation + "' for isolationLevel. Valid isolation levels for "
                    + dialect.name() + " are " + new java.util.TreeSet<>(dialect.isolationLevels()));
        }
        this.autoCommit = "AUTOCOMMIT".equals(isolation);
        this.fetchSize = options.fetchSize() != null ? options.fetchSize() : dialect.defaultFetchSize();
    }

    /** Creates an engine for {@code url}; connects lazily. */
    public static Engine create(URL url, EngineOptions options) {
        Dialect dialect = Dialects.forUrl(url);
        try {
            Class.forName(dialect.driverClassName(), false, Engine.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new NoSuchModuleError("The " + dialect.name() + " dialect needs the JDBC driver "
                    + dialect.driverClassName() + ": add " + dialect.driverArtifact() + " to your dependencies");
        }
        // validate URL options now, so a bad URL fails at creation rather than at first use
        connectProperties(dialect, url, options);
        return new Engine(url, dialect, options, null);
    }

    /** Creates an engine over an existing {@link DataSource} (which is then the pool) for the named dialect. */
    public static Engine create(DataSource dataSource, String dialectName, EngineOptions options) {
        URL url = URL.create(dialectName, null);
        return new Engine(url, Dialects.forUrl(url), options, dataSource);
    }

    private static Properties connectProperties(Dialect dialect, URL url, EngineOptions options) {
        Properties props = dialect.connectProperties(url);
        props.putAll(options.connectArgs());
        if (dialect instanceof BaseDialect base) {
            base.checkDriverOptions(props);
        }
        return props;
    }

    public URL url() {
        return url;
    }

    public Dialect dialect() {
        return dialect;
    }

    public EngineOptions options() {
        return options;
    }

    /** A new connection from the pool; close it (try-with-resources) to give it back. */
    public Connection connect() {
        return new Connection(this);
    }

    /**
     * Runs {@code work} in a transaction on a new connection and returns its value: commits when it returns,
     * rolls back when it throws.
     */
    public <T> T inTransaction(ConnectionFunction<T> work) {
        try (Connection conn = connect()) {
            conn.begin();
            T value = work.apply(conn);
            conn.commit();
            return value;
        }
    }

    /**
     * Runs {@code work} in a transaction on a new connection: commits when it returns, rolls back when it
     * throws. Mirrors {@code with engine.begin() as conn:}.
     */
    public void begin(ConnectionConsumer work) {
        inTransaction(conn -> {
            work.accept(conn);
            return null;
        });
    }

    /**
     * Runs raw SQL in its own committed transaction, as the seed's {@code engine.execute('...')}; a result
     * with rows is read fully before the connection goes back. Nothing in {@code sql} is parsed as a bind.
     */
    public Result execute(String sql) {
        return inTransaction(conn -> conn.execDriverSql(sql).buffer());
    }

    /** Runs a statement in its own committed transaction; a result with rows is read fully first. */
    public Result execute(Executable statement, Map<String, ?> parameters) {
        return inTransaction(conn -> conn.execute(statement, parameters).buffer());
    }

    public Result execute(Executable statement) {
        return execute(statement, Map.of());
    }

    /** Adds a listener for this engine's events. */
    public void listen(EngineListener listener) {
        listeners.add(listener);
    }

    public void removeListener(EngineListener listener) {
        listeners.remove(listener);
    }

    List<EngineListener> listeners() {
        return listeners;
    }

    /**
     * Closes every pooled connection; connections checked out are closed when returned. The engine stays
     * usable: the next {@link #connect()} opens a new pool.
     */
    public void dispose() {
        ConnectionPool old;
        synchronized (this) {
            old = pool;
            pool = null;
        }
        if (old != null) {
            old.dispose();
        }
        for (EngineListener l : listeners) {
            l.engineDisposed(this);
        }
    }

    /** Same as {@link #dispose()}, for try-with-resources. */
    @Override
    public void close() {
        dispose();
    }

    /** Connections currently checked out of the pool. */
    public int checkedOut() {
        ConnectionPool p = pool;
        return p == null ? 0 : p.checkedOut();
    }

    /** Physical connections currently open. */
    public int poolSize() {
        ConnectionPool p = pool;
        return p == null ? 0 : p.size();
    }

    ConnectionPool pool() {
        ConnectionPool p = pool;
        if (p != null) {
            return p;
        }
        synchronized (this) {
            if (pool == null) {
                pool = newPool();
            }
            return pool;
        }
    }

    private ConnectionPool newPool() {
        PoolEvents events = new PoolEvents() {
            @Override
            public void connect(java.sql.Connection physical) {
                for (EngineListener l : listeners) {
                    l.connect(physical);
                }
            }

            @Override
            public void checkout(java.sql.Connection physical) {
                for (EngineListener l : listeners) {
                    l.checkout(physical);
                }
            }

            @Override
            public void checkin(java.sql.Connection physical) {
                for (EngineListener l : listeners) {
                    l.checkin(physical);
                }
            }
        };
        ConnectionFactory.Setup setup = dialect::onConnect;
        ConnectionFactory factory = dataSource != null
                ? new ConnectionFactory(dataSource, setup, events)
                : new ConnectionFactory(dialect.jdbcUrl(url), connectProperties(dialect, url, options), setup, events);
        String isolation = options.isolationLevel();
        Integer jdbcIsolation = autoCommit || isolation == null ? null : jdbcIsolation(isolation);
        if (dataSource == null && dialect.singleConnection(url)) {
            return new SingletonConnectionPool(factory, options.pool(), autoCommit, jdbcIsolation, events);
        }
        String hikariIsolation = jdbcIsolation == null ? null : "TRANSACTION_" + isolation.replace(' ', '_');
        return new HikariConnectionPool("jalchemy-" + dialect.name(), factory, options.pool(), autoCommit,
                hikariIsolation, events);
    }

    private static int jdbcIsolation(String level) {
        switch (level) {
            case "READ UNCOMMITTED":
                return java.sql.Connection.TRANSACTION_READ_UNCOMMITTED;
            case "READ COMMITTED":
                return java.sql.Connection.TRANSACTION_READ_COMMITTED;
            case "REPEATABLE READ":
                return java.sql.Connection.TRANSACTION_REPEATABLE_READ;
            case "SERIALIZABLE":
                return java.sql.Connection.TRANSACTION_SERIALIZABLE;
            default:
                throw new ArgumentError("Unknown isolation level " + level);
        }
    }

    boolean autoCommit() {
        return autoCommit;
    }

    int fetchSize() {
        return fetchSize;
    }

    /**
     * {@code statement} compiled through the engine's cache, for a connection that first compares it with its
     * {@code recent} lookup.
     */
    Compiled compile(Executable statement, CompiledCache.Recent recent) {
        return compiledCache.get(statement, dialect, recent);
    }

    /** How many compiled statement shapes are cached (for tests and diagnostics). */
    public int compiledCacheSize() {
        return compiledCache.size();
    }

    /** Turns a failure to connect into jalchemy's hierarchy; the message never carries the password. */
    JalchemyException connectError(SQLException e) {
        return ErrorTranslator.translate(dialect, null, null, options.hideParameters(), e, false);
    }

    @Override
    public String toString() {
        return "Engine(" + url + ")";
    }

    /** Work on a connection that returns a value. */
    @FunctionalInterface
    public interface ConnectionFunction<T> {
        T apply(Connection connection);
    }

    /** Work on a connection that returns nothing. */
    @FunctionalInterface
    public interface ConnectionConsumer {
        void accept(Connection connection);
    }
}
