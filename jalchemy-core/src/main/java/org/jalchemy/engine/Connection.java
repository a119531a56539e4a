package org.jalchemy.engine;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.event.EngineListener;
import org.jalchemy.event.ExceptionContext;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.DBAPIError;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.exc.NotSupportedError;
import org.jalchemy.exc.PendingRollbackError;
import org.jalchemy.exc.ResourceClosedError;
import org.jalchemy.pool.PooledConnection;
import org.jalchemy.sql.Executable;
import org.jalchemy.sql.compiler.BoundStatement;
import org.jalchemy.sql.compiler.Compiled;
import org.jalchemy.sql.compiler.ResultColumn;
import org.jalchemy.types.Binder;
import org.jalchemy.types.JdbcValues;

/**
 * One checked-out database connection and its transaction. Not thread-safe: use it from one thread.
 *
 * <p>Mirrors {@code sqlalchemy.engine.Connection} in 2.0 style: the first statement begins a transaction
 * ("autobegin"); {@link #commit()} and {@link #rollback()} end it; {@link #begin()} begins one explicitly and
 * {@link #beginNested()} makes a savepoint. Closing the connection rolls back whatever was not committed and
 * returns it to the pool. When the connection dies inside a transaction, every call raises
 * {@link PendingRollbackError} until {@link #rollback()}, after which a fresh connection is used.
 * <pre>{@code
 * try (Connection conn = engine.connect()) {
 *     conn.execute(text("INSERT INTO t (id) VALUES (:id)"), Map.of("id", 1));
 *     conn.commit();
 * }
 * }</pre>
 */
public final class Connection implements AutoCloseable {
    private final Engine engine;
    private final Dialect dialect;
    private final List<EngineListener> listeners;
    private final boolean echo;
    private final boolean hide;
    /** Rows per JDBC batch of an executemany. */
    private final int pageSize;
    private final List<Result> openResults = new ArrayList<>(2);
    /** The shape this connection compiled last: what a statement built anew in a loop is compared with first. */
    private final CompiledCache.Recent recent = new CompiledCache.Recent();
    private PooledConnection pooled;
    private Transaction transaction;
    private static final java.util.concurrent.atomic.AtomicLong SAVEPOINTS = new java.util.concurrent.atomic.AtomicLong();
    private boolean invalidated;
    private boolean closed;

    Connection(Engine engine) {
        this.engine = engine;
        this.dialect = engine.dialect();
        this.listeners = engine.listeners();
        this.echo = engine.options().echo();
        this.hide = engine.options().hideParameters();
        this.pageSize = engine.options().executemanyPageSize();
        checkout();
    }

    private void checkout() {
        try {
            pooled = engine.pool().checkout();
        } catch (SQLException e) {
            throw engine.connectError(e);
        }
    }

    public Engine engine() {
        return engine;
    }

    public Dialect dialect() {
        return dialect;
    }

    /**
     * The JDBC connection underneath, for what jalchemy does not cover. Do not close it or change its
     * transaction state: the pool owns it.
     */
    public java.sql.Connection jdbcConnection() {
        return usable().connection();
    }

    private StatementCache statements() {
        PooledConnection pc = usable();
        Object attached = pc.info().attachment();
        if (attached instanceof StatementCache cache) {
            return cache;
        }
        StatementCache cache = new StatementCache(pc.physical());
        pc.info().attach(cache);
        return cache;
    }

    void releaseStatement(StatementCache.Entry entry, boolean broken) {
        StatementCache cache = pooled == null ? null : (StatementCache) pooled.info().attachment();
        if (cache != null) {
            cache.release(entry, broken);
        } else {
            try {
                entry.statement.close();
            } catch (SQLException ignored) {
                // the connection is gone, and the statement with it
            }
        }
    }

    private PooledConnection usable() {
        if (closed) {
            throw new ResourceClosedError("This Connection is closed");
        }
        if (invalidated) {
            throw new PendingRollbackError("Can't reconnect until invalid transaction is rolled back."
                    + " Please rollback() fully before proceeding");
        }
        if (pooled == null) {
            checkout();
        }
        return pooled;
    }

    // ---- executing -----------------------------------------------------------------------------------

    /** Executes a statement with no extra parameters. */
    public Result execute(Executable statement) {
        return execute(statement, Map.of());
    }

    /** Executes a statement with named parameters; they win over values carried by the statement. */
    public Result execute(Executable statement, Map<String, ?> parameters) {
        Objects.requireNonNull(statement, "statement");
        Compiled compiled = engine.compile(statement, recent);
        BoundStatement bound = compiled.bind(statement, parameters == null ? Map.of() : parameters);
        return run(bound, compiled.resultColumns(), compiled.generatedKeyColumns(), compiled.generatedKeyResultColumns(),
                compiled.returnsRows());
    }

    /**
     * Executes a statement once per parameter set ("executemany"), in JDBC batches of
     * {@link EngineOptions#executemanyPageSize()} rows; the result's {@link Result#rowcount()} is the total, or -1
     * when the driver did not report counts.
     */
    public Result execute(Executable statement, List<? extends Map<String, ?>> parameterSets) {
        Objects.requireNonNull(statement, "statement");
        if (parameterSets == null || parameterSets.isEmpty()) {
            return execute(statement, Map.of());
        }
        if (parameterSets.size() == 1) {
            return execute(statement, parameterSets.get(0));
        }
        return runBatch(statement, engine.compile(statement, recent), parameterSets);
    }

    /**
     * Executes SQL exactly as written, with positional {@code ?} parameters, as SQLAlchemy's
     * {@code exec_driver_sql}; nothing is parsed as a named bind.
     */
    public Result execDriverSql(String sql, Object... parameters) {
        Objects.requireNonNull(sql, "sql");
        Binder[] binders = new Binder[parameters.length];
        Arrays.fill(binders, JdbcValues.OBJECT_BINDER);
        return run(new BoundStatement(sql, parameters.clone(), binders), List.of(), null, List.of(), false);
    }

    private Result run(BoundStatement bound, List<ResultColumn> columns, String[] keyColumns,
                       List<ResultColumn> keyReaders, boolean query) {
        StatementCache cache = statements();
        autobegin();
        String sql = bound.sql();
        before(sql, bound, false, 1, 1);
        StatementCache.Entry entry = null;
        try {
            entry = cache.borrow(sql, keyColumns);
            PreparedStatement ps = entry.statement;
            if (engine.fetchSize() > 0) {
                ps.setFetchSize(engine.fetchSize());
            }
            bound.bindTo(ps);
            Result result;
            if (query && keyColumns == null) {
                // the compiler knows this returns rows (a SELECT, or DML with RETURNING); executeQuery skips
                // the work some drivers do in execute() to find out (sqlite-jdbc: generated-key parsing)
                result = Result.streaming(this, entry, ps.executeQuery(), columns);
                openResults.add(result);
            } else if (ps.execute()) {
                result = Result.streaming(this, entry, ps.getResultSet(), columns);
                openResults.add(result);
            } else {
                long count = ps.getUpdateCount();
                Row keys = keyColumns != null ? readKeys(ps, keyColumns, keyReaders) : null;
                releaseStatement(entry, false);
                result = Result.withoutRows(count, keys);
            }
            after(sql, bound, false, result);
            return result;
        } catch (SQLException e) {
            if (entry != null) {
                releaseStatement(entry, true);
            }
            throw handleError(e, sql, bound.parameterList());
        }
    }

    /**
     * Binds and adds one parameter set at a time and sends a JDBC batch every
     * {@link EngineOptions#executemanyPageSize()} rows, so an executemany of any size holds one page of bound rows
     * in the driver, never the whole list. Each page is one JDBC call, so each gets its own log lines and
     * before/after events, as each of SQLAlchemy's insertmanyvalues batches does: a listener counting calls to the
     * server sees every one.
     */
    private Result runBatch(Executable statement, Compiled compiled, List<? extends Map<String, ?>> parameterSets) {
        StatementCache cache = statements();
        autobegin();
        BoundStatement first = compiled.bind(statement, parameterSets.get(0));
        String sql = first.sql();
        int n = parameterSets.size();
        int pages = (n - 1) / pageSize + 1;
        before(sql, first, true, 1, pages);
        StatementCache.Entry entry = null;
        int current = 0;
        try {
            entry = cache.borrow(sql, null);
            PreparedStatement ps = entry.statement;
            long total = 0;
            int pending = 0;
            int page = 1;
            BoundStatement pageFirst = first;
            for (int i = 0; i < n; i++) {
                current = i;
                if (i == 0) {
                    first.bindTo(ps);
                } else {
                    // rows after the first go straight onto the statement: no bound copy of each row
                    Map<String, ?> parameters = parameterSets.get(i);
                    boolean bound = false;
                    if (pending == 0 && observed()) {
                        // the first row of a later page, announced with the very values it is sent with (a
                        // column default's supplier runs once); a row that does not bind to this SQL is left to
                        // bindRow below, so it fails with the same error whether or not anyone is watching
                        if (hide) {
                            // the log line and events show no values, so there is nothing to bind apart
                            before(sql, first, true, page, pages);
                        } else {
                            BoundStatement pageRow = bindOrNull(compiled, statement, parameters, sql);
                            if (pageRow != null) {
                                pageFirst = pageRow;
                                before(sql, pageRow, true, page, pages);
                                pageRow.bindTo(ps);
                                bound = true;
                            }
                        }
                    }
                    if (!bound && !compiled.bindRow(statement, parameters == null ? Map.of() : parameters, sql, ps)) {
                        throw new ArgumentError("Every parameter set of an executemany must render the same SQL, but set "
                                + i + " differs from set 0: give every set the same keys " + parameterSets.get(0).keySet()
                                + " and IN lists of the same length");
                    }
                }
                ps.addBatch();
                if (++pending == pageSize || i == n - 1) {
                    int[] counts = ps.executeBatch();
                    total = addCounts(total, counts);
                    if (!listeners.isEmpty()) {
                        after(sql, pageFirst, true, Result.withoutRows(addCounts(0, counts), null));
                    }
                    pending = 0;
                    page++;
                }
            }
            releaseStatement(entry, false);
            return Result.withoutRows(total, null);
        } catch (SQLException e) {
            if (entry != null) {
                releaseStatement(entry, true);
            }
            throw handleError(e, sql, parametersOf(statement, compiled, parameterSets.get(current), first));
        } catch (RuntimeException e) {
            if (entry != null) {
                releaseStatement(entry, true);
            }
            throw e;
        }
    }

    /** The values of the parameter set an executemany failed on, for the error; the first set's if they cannot be had. */
    private static List<Object> parametersOf(Executable statement, Compiled compiled, Map<String, ?> parameters,
                                             BoundStatement first) {
        try {
            return compiled.bind(statement, parameters == null ? Map.of() : parameters).parameterList();
        } catch (RuntimeException e) {
            return first.parameterList();
        }
    }

    private static long addCounts(long total, int[] counts) {
        if (total < 0) {
            return total;
        }
        for (int c : counts) {
            if (c < 0) {
                return -1;
            }
            total += c;
        }
        return total;
    }

    /** Generated keys, read through the key columns' own types when the compiler knows them (MariaDB hands out BigInteger). */
    private static Row readKeys(PreparedStatement ps, String[] keyColumns, List<ResultColumn> keyReaders) throws SQLException {
        try (ResultSet rs = ps.getGeneratedKeys()) {
            if (rs == null || !rs.next()) {
                return null;
            }
            int n = Math.min(keyColumns.length, rs.getMetaData().getColumnCount());
            Object[] values = new Object[n];
            for (int i = 0; i < n; i++) {
                values[i] = i < keyReaders.size() ? keyReaders.get(i).reader().read(rs, i + 1) : rs.getObject(i + 1);
            }
            return new Row(ResultMetadata.of(Arrays.copyOf(keyColumns, n)), values);
        }
    }

    /** {@code parameters} bound as one row of the batch rendering {@code sql}, or null when they cannot be. */
    private static BoundStatement bindOrNull(Compiled compiled, Executable statement, Map<String, ?> parameters,
            String sql) {
        try {
            BoundStatement row = compiled.bind(statement, parameters == null ? Map.of() : parameters);
            return row.sql().equals(sql) ? row : null;
        } catch (ArgumentError e) {
            return null;
        }
    }

    /** Whether anything reads {@link #before}'s log lines or events. */
    private boolean observed() {
        return echo || !listeners.isEmpty() || Engine.LOG.isDebugEnabled();
    }

    /** Logs and announces one JDBC call; {@code page} of {@code pages} for the batches of an executemany. */
    private void before(String sql, BoundStatement bound, boolean many, int page, int pages) {
        if (echo || Engine.LOG.isDebugEnabled()) {
            log(sql);
            String kind = !many ? "[parameters] " : pages == 1 ? "[executemany] " : "[executemany " + page + "/" + pages + "] ";
            log(hide ? (many && pages > 1 ? kind : "") + "[SQL parameters hidden]"
                    : kind + org.jalchemy.exc.DBAPIError.abbreviate(bound.parameterList()));
        }
        if (!listeners.isEmpty()) {
            List<Object> params = hide ? null : bound.parameterList();
            for (EngineListener l : listeners) {
                l.beforeExecute(this, sql, params, many);
            }
        }
    }

    private void after(String sql, BoundStatement bound, boolean many, Result result) {
        if (!listeners.isEmpty()) {
            List<Object> params = hide ? null : bound.parameterList();
            for (EngineListener l : listeners) {
                l.afterExecute(this, sql, params, many, result);
            }
        }
    }

    private void log(String message) {
        if (echo) {
            Engine.LOG.info(message);
        } else {
            Engine.LOG.debug(message);
        }
    }

    /** Classifies a driver error, invalidates the connection on a disconnect, and returns what to throw. */
    DBAPIError handleError(SQLException e, String sql, List<?> parameters) {
        boolean disconnect = dialect.isDisconnect(e, pooled == null ? null : pooled.physical());
        if (!listeners.isEmpty()) {
            ExceptionContext ctx = new ExceptionContext(this, e, sql, hide ? null : parameters, disconnect);
            for (EngineListener l : listeners) {
                l.handleError(ctx);
            }
            disconnect = ctx.isDisconnect();
        }
        if (disconnect) {
            invalidate();
        }
        return ErrorTranslator.translate(dialect, sql, parameters, hide, e, disconnect);
    }

    /**
     * Turns a driver error raised while using {@link #jdbcConnection()} directly into jalchemy's hierarchy,
     * invalidating the connection when it shows a disconnect.
     */
    public DBAPIError wrapError(SQLException error, String sql) {
        return handleError(error, sql, null);
    }

    /**
     * Discards the underlying connection as dead, and every pooled connection opened before it. Inside a
     * transaction, the connection then needs {@link #rollback()} before further use.
     */
    public void invalidate() {
        if (closed || pooled == null) {
            return;
        }
        closeResults();
        pooled.invalidate(true);
        pooled = null;
        if (transaction != null) {
            invalidated = true;
        }
    }

    /** True when the connection died inside a transaction and awaits {@link #rollback()}. */
    public boolean invalidated() {
        return invalidated;
    }

    void resultClosed(Result result) {
        openResults.remove(result);
    }

    // ---- transactions --------------------------------------------------------------------------------

    private void autobegin() {
        if (transaction == null) {
            transaction = new Transaction(this);
            if (echo || Engine.LOG.isDebugEnabled()) {
                log("BEGIN (implicit)");
            }
            for (EngineListener l : listeners) {
                l.begin(this);
            }
        }
    }

    /**
     * Begins a transaction explicitly. Use it in try-with-resources and call {@link Transaction#commit()};
     * leaving the block without committing rolls back.
     *
     * @throws InvalidRequestError when a transaction is already in progress (begun or autobegun)
     */
    public Transaction begin() {
        usable();
        if (transaction != null) {
            throw new InvalidRequestError("This connection has already begun a transaction (explicitly or by"
                    + " autobegin); call commit() or rollback() before begin()");
        }
        autobegin();
        return transaction;
    }

    /** Makes a savepoint inside the current transaction (beginning one if needed). */
    public NestedTransaction beginNested() {
        java.sql.Connection jdbc = usable().connection();
        if (!dialect.supportsSavepoints()) {
            throw new NotSupportedError(null, null, false,
                    new SQLFeatureNotSupportedException(dialect.name() + " has no savepoints"), false);
        }
        if (engine.autoCommit()) {
            throw new InvalidRequestError("Savepoints need a transaction; this engine runs in AUTOCOMMIT");
        }
        autobegin();
        // numbered per JVM, not per Connection: two Connections sharing one physical connection (SQLite in
        // memory) must not create same-named savepoints, or ROLLBACK TO would reach the other one's
        String name = "sa_savepoint_" + SAVEPOINTS.incrementAndGet();
        try {
            Savepoint sp = jdbc.setSavepoint(name);
            log("SAVEPOINT " + name);
            return new NestedTransaction(this, transaction, sp, name);
        } catch (SQLException e) {
            throw handleError(e, "SAVEPOINT " + name, null);
        }
    }

    /**
     * True when this connection is a second checkout, by the same thread, of a physical connection another
     * Connection already holds (SQLite in memory): the two share one transaction, which belongs to the outer one.
     */
    public boolean sharesOuterTransaction() {
        return pooled != null && pooled.nested();
    }

    /** True while a transaction (explicit or autobegun) is in progress. */
    public boolean inTransaction() {
        return transaction != null;
    }

    /** The transaction in progress, or null. */
    public Transaction getTransaction() {
        return transaction;
    }

    /** Commits the transaction in progress, if any. */
    public void commit() {
        PooledConnection pc = usable();
        if (transaction == null) {
            return;
        }
        if (!engine.autoCommit()) {
            try {
                pc.connection().commit();
            } catch (SQLException e) {
                throw handleError(e, "COMMIT", null);
            }
        }
        log("COMMIT");
        endTransaction();
        for (EngineListener l : listeners) {
            l.commit(this);
        }
    }

    /** Rolls back the transaction in progress, if any; after a disconnect, makes the connection usable again. */
    public void rollback() {
        if (closed) {
            throw new ResourceClosedError("This Connection is closed");
        }
        if (transaction == null && !invalidated) {
            return;
        }
        closeResults();
        if (!invalidated && pooled != null && !engine.autoCommit()) {
            try {
                pooled.connection().rollback();
            } catch (SQLException e) {
                endTransaction();
                throw handleError(e, "ROLLBACK", null);
            }
        }
        invalidated = false;
        log("ROLLBACK");
        endTransaction();
        for (EngineListener l : listeners) {
            l.rollback(this);
        }
    }

    private void endTransaction() {
        if (transaction != null) {
            transaction.deactivate();
        }
        transaction = null;
    }

    void releaseSavepoint(Savepoint savepoint, String name) {
        try {
            usable().connection().releaseSavepoint(savepoint);
            log("RELEASE SAVEPOINT " + name);
        } catch (SQLException e) {
            throw handleError(e, "RELEASE SAVEPOINT " + name, null);
        }
    }

    void rollbackToSavepoint(Savepoint savepoint, String name) {
        try {
            closeResults();
            usable().connection().rollback(savepoint);
            log("ROLLBACK TO SAVEPOINT " + name);
        } catch (SQLException e) {
            throw handleError(e, "ROLLBACK TO SAVEPOINT " + name, null);
        }
    }

    // ---- closing -------------------------------------------------------------------------------------

    public boolean isClosed() {
        return closed;
    }

    /** Rolls back anything not committed and returns the connection to the pool. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closeResults();
        try {
            // a nested checkout of a shared connection (SQLite in memory) leaves the transaction to its outer holder
            if (transaction != null && !invalidated && pooled != null && !engine.autoCommit() && !pooled.nested()) {
                try {
                    pooled.connection().rollback();
                } catch (SQLException e) {
                    pooled.invalidate(dialect.isDisconnect(e, pooled.physical()));
                    pooled = null;
                }
            }
        } finally {
            endTransaction();
            if (pooled != null) {
                pooled.release();
                pooled = null;
            }
            closed = true;
        }
    }

    private void closeResults() {
        for (Result r : new ArrayList<>(openResults)) {
            r.close();
        }
        openResults.clear();
    }

}
