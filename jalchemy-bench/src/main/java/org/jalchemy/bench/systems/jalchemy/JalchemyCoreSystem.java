package org.jalchemy.bench.systems.jalchemy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jalchemy.Jalchemy;
import org.jalchemy.bench.core.BenchEnvironment;
import org.jalchemy.bench.core.BenchSystem;
import org.jalchemy.bench.core.CountingDataSource;
import org.jalchemy.bench.core.Customers;
import org.jalchemy.bench.core.Outcome;
import org.jalchemy.bench.core.Task;
import org.jalchemy.bench.core.Variant;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.engine.Result;
import org.jalchemy.engine.Row;
import org.jalchemy.sql.Executable;

/**
 * jalchemy Core as a user writes it: {@code Jalchemy.createEngine(url)} on the database's jalchemy URL (same driver
 * options as everyone, its own pool with default options), executemany as {@code execute(statement, List<Map>)},
 * {@code all()} and iteration over a streamed {@link Result}. Two columns share this class: the expression
 * language ({@link ExpressionStatements}) and plain {@code text()} ({@link TextStatements}).
 * <p>
 * jalchemy keeps its own pool, so its JDBC calls are counted through its event hooks instead of the shared pool:
 * one per {@code beforeExecute} (one per call to the driver: each {@code executeBatch} page of an executemany),
 * {@code commit} and {@code rollback}.
 */
public final class JalchemyCoreSystem implements BenchSystem {
    private final String name;
    private final CoreStatements statements;
    private final Engine engine;
    private final EngineCallCounter counter = new EngineCallCounter();

    private JalchemyCoreSystem(String name, CoreStatements statements, BenchEnvironment env) {
        this.name = name;
        this.statements = statements;
        this.engine = Jalchemy.createEngine(env.database().jalchemyUrl(env.workDir()));
    }

    /** The expression-language column. */
    public static JalchemyCoreSystem expressions(BenchEnvironment env) {
        return new JalchemyCoreSystem("jalchemy Core", new ExpressionStatements(), env);
    }

    /** The {@code text()} column. */
    public static JalchemyCoreSystem text(BenchEnvironment env) {
        return new JalchemyCoreSystem("jalchemy text()", new TextStatements(), env);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Task task(Variant variant) {
        return switch (variant) {
            case INSERT_EXECUTEMANY -> this::executemanyInsert;
            case SINGLE_INSERT_CORE -> this::insertEachCommitted;
            case READ_CORE_ALL -> n -> readAll();
            case READ_CORE_STREAM -> n -> readStreamed();
            case SELECT_CORE_NEW -> n -> lookups(n, true);
            case SELECT_CORE_REUSED -> n -> lookups(n, false);
            case UPDATE_CORE_EXECUTEMANY -> n -> loadAndExecutemanyUpdate();
            default -> null;
        };
    }

    private Outcome executemanyInsert(int n) {
        List<Map<String, Object>> rows = new ArrayList<>(n);
        for (int id = 1; id <= n; id++) {
            rows.add(Map.of("name", Customers.name(id), "description", Customers.description(id)));
        }
        try (Connection conn = engine.connect()) {
            conn.execute(statements.insert(), rows);
            conn.commit();
        }
        return Outcome.of(n);
    }

    private Outcome insertEachCommitted(int n) {
        Executable insert = statements.insert();
        for (int id = 1; id <= n; id++) {
            try (Connection conn = engine.connect()) {
                conn.execute(insert, Map.of("name", Customers.name(id), "description", Customers.description(id)));
                conn.commit();
            }
        }
        return Outcome.of(n);
    }

    private Outcome readAll() {
        List<Row> rows;
        try (Connection conn = engine.connect()) {
            rows = conn.execute(statements.selectAll()).all();
            conn.commit();
        }
        long checksum = 0;
        for (Row row : rows) {
            checksum += checksum(row);
        }
        return new Outcome(rows.size(), checksum, rows);
    }

    private Outcome readStreamed() {
        long rows = 0;
        long checksum = 0;
        try (Connection conn = engine.connect()) {
            try (Result result = conn.execute(statements.selectAll())) {
                for (Row row : result) {
                    checksum += checksum(row);
                    rows++;
                }
            }
            conn.commit();
        }
        return Outcome.of(rows, checksum);
    }

    private Outcome lookups(int n, boolean fresh) {
        long checksum = 0;
        try (Connection conn = engine.connect()) {
            for (int id : BenchEnvironment.lookupIds(n)) {
                // first(), as SQLAlchemy's short_selects suite does for Core: one row read, then the result closed
                Row row = conn.execute(statements.selectById(id, fresh), statements.selectByIdParameters(id, fresh))
                        .first();
                checksum += checksum(row);
            }
            conn.commit();
        }
        return Outcome.of(n, checksum);
    }

    private Outcome loadAndExecutemanyUpdate() {
        int count;
        try (Connection conn = engine.connect()) {
            List<Row> loaded = conn.execute(statements.selectAll()).all();
            List<Map<String, ?>> changes = new ArrayList<>(loaded.size());
            for (Row row : loaded) {
                int id = ((Number) row.get(0)).intValue();
                changes.add(statements.updateParameters(id, Customers.updatedDescription(id)));
            }
            conn.execute(statements.updateDescription(), changes);
            conn.commit();
            count = loaded.size();
        }
        return Outcome.of(count);
    }

    private static long checksum(Row row) {
        return Customers.checksum(((Number) row.get(0)).longValue(), (String) row.get(1), (String) row.get(2));
    }

    @Override
    public void startCounting(CountingDataSource shared) {
        counter.reset();
        engine.listen(counter);
    }

    @Override
    public long stopCounting(CountingDataSource shared) {
        engine.removeListener(counter);
        return counter.calls();
    }

    @Override
    public void close() {
        engine.close();
    }
}
