package org.jalchemy.bench.micro;

import static org.jalchemy.Jalchemy.and;
import static org.jalchemy.Jalchemy.bindparam;
import static org.jalchemy.Jalchemy.createEngine;
import static org.jalchemy.Jalchemy.delete;
import static org.jalchemy.Jalchemy.exists;
import static org.jalchemy.Jalchemy.func;
import static org.jalchemy.Jalchemy.insert;
import static org.jalchemy.Jalchemy.not;
import static org.jalchemy.Jalchemy.select;
import static org.jalchemy.Jalchemy.text;
import static org.jalchemy.Jalchemy.union;
import static org.jalchemy.Jalchemy.update;
import static org.jalchemy.types.SqlTypes.INTEGER;
import static org.jalchemy.types.SqlTypes.string;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jalchemy.bench.core.BenchEnvironment;
import org.jalchemy.bench.core.Customers;
import org.jalchemy.bench.core.Sql;
import org.jalchemy.bench.core.Workload;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.engine.Row;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.Executable;
import org.jalchemy.sql.Select;
import org.jalchemy.sql.SelectBase;
import org.jalchemy.sql.StatementShape;
import org.jalchemy.sql.compiler.BoundStatement;
import org.jalchemy.sql.compiler.Compiled;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Nanoseconds of Core's primary-key lookup, in pieces: what building {@code select(...).where(id == value)} anew
 * costs ({@code build}), with keying it against the connection's last shape ({@code buildAndKey}) and binding it
 * ({@code buildKeyAndBind}), against keying and binding a statement built once with a {@code bindparam}
 * ({@code keyAndBindReused}); and the whole lookup on SQLite both ways ({@code lookupNew}, {@code lookupReused}),
 * whose difference is what the suite's "Core, new statement each time" row pays over its "reused statement" row;
 * and the same lookup through raw JDBC on the same file ({@code lookupRawJdbc}), the suite's baseline, so that the
 * three whole lookups are measured in one run.
 * <pre>{@code
 * java -cp jalchemy-bench/target/jalchemy-bench.jar org.openjdk.jmh.Main StatementLookupBench
 * java -cp jalchemy-bench/target/jalchemy-bench.jar org.openjdk.jmh.Main 'StatementLookupBench.(build|key)' -prof gc
 * }</pre>
 *
 * <p>The second runs only the pieces that need no database, with the bytes each allocates.
 *
 * <p>Before measuring, each fork builds, compiles and executes a dozen other statement shapes, as an
 * application (or the suite's earlier workloads) would: without that, every call site in the walk and the engine
 * sees one receiver type, and the JIT inlines what it cannot in a real run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(value = 2, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class StatementLookupBench {
    /** The suite's full short_selects size: its table, its ids in its order, its rows and checksum. */
    private static final int LOOKUPS = 10_000;
    private static final MetaData METADATA = new MetaData();
    private static final Table CUSTOMER = new Table("customer", METADATA,
            Column.of("id", INTEGER).primaryKey(), Column.of("name", string(255)),
            Column.of("description", string(255)));
    private static final Table ORDERS = new Table("orders", METADATA,
            Column.of("id", INTEGER).primaryKey(), Column.of("customer_id", INTEGER), Column.of("total", INTEGER));
    private static final Column<Integer> ID = CUSTOMER.c("id", Integer.class);
    private static final Select BY_BOUND_ID = select(CUSTOMER.c("id"), CUSTOMER.c("name"), CUSTOMER.c("description"))
            .where(ID.eq(bindparam("id", INTEGER)));

    private Path directory;
    private Engine engine;
    private Connection connection;
    private StatementShape likelyNew;
    private Object likelyReused;
    private Compiled compiledNew;
    private Compiled compiledReused;
    private List<Integer> ids;
    private int next;
    private HikariDataSource rawPool;
    private java.sql.Connection rawConnection;
    private PreparedStatement rawSelect;

    @Setup(Level.Trial)
    public void setUp() throws IOException, SQLException {
        directory = Files.createTempDirectory("jalchemy-jmh");
        engine = createEngine("sqlite:///" + directory.resolve("bench.db").toAbsolutePath()
                + "?journal_mode=WAL&synchronous=NORMAL");
        METADATA.createAll(engine);
        try (Connection c = engine.connect()) {
            int rows = Workload.SHORT_SELECTS.seedRows(LOOKUPS);
            List<Map<String, ?>> customers = new ArrayList<>(rows);
            for (int i = 1; i <= rows; i++) {
                customers.add(Map.of("id", i, "name", Customers.name(i), "description", Customers.description(i)));
            }
            c.execute(CUSTOMER.insert(), customers);
            List<Map<String, ?>> orders = new ArrayList<>();
            for (int i = 1; i <= 1000; i++) {
                orders.add(Map.of("id", i, "customer_id", i, "total", i * 3));
            }
            c.execute(ORDERS.insert(), orders);
            c.commit();
        }
        runOtherShapes();
        ids = BenchEnvironment.lookupIds(LOOKUPS);
        connection = engine.connect();
        likelyNew = StatementShape.of(build(1));
        likelyReused = BY_BOUND_ID.cacheKey();
        compiledNew = build(1).compile(engine.dialect());
        compiledReused = BY_BOUND_ID.compile(engine.dialect());
        // the suite's raw JDBC column: the same file through its own HikariCP pool, autocommit off
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:sqlite:" + directory.resolve("bench.db").toAbsolutePath()
                + "?journal_mode=WAL&synchronous=NORMAL");
        config.setAutoCommit(false);
        config.setMaximumPoolSize(1);
        rawPool = new HikariDataSource(config);
        rawConnection = rawPool.getConnection();
        rawSelect = rawConnection.prepareStatement(Sql.SELECT_BY_ID);
    }

    /** Other shapes, walked, compiled and executed, so that call sites see the receiver types a real run's do. */
    private void runOtherShapes() {
        Column<Integer> customerId = ORDERS.c("customer_id", Integer.class);
        Column<Integer> orderId = ORDERS.c("id", Integer.class);
        try (Connection c = engine.connect()) {
            for (int round = 0; round < 3000; round++) {
                int k = round % 100 + 1;
                List<SelectBase> queries = List.of(
                        select(CUSTOMER).where(CUSTOMER.c("name").like("customer name 1%"))
                                .orderBy(CUSTOMER.c("id").desc()).limit(5),
                        select(ID, ORDERS.c("total")).selectFrom(CUSTOMER.join(ORDERS, customerId.eq(ID)))
                                .where(ORDERS.c("total").gt(k)),
                        select(func.count()).selectFrom(CUSTOMER).where(ID.in(List.of(1, 2, k))),
                        select(CUSTOMER.c("name").add("x").label("n"))
                                .where(and(ID.gt(k), ID.lt(k + 10), not(ID.eq(k + 2)))),
                        select(customerId, func.max(ORDERS.c("total"))).groupBy(customerId).having(func.count().gt(0)),
                        select(ID).where(exists(select(orderId).where(customerId.eq(ID)))).limit(3).offset(1),
                        union(select(ID).where(ID.eq(k)), select(ID).where(ID.eq(k + 1))));
                for (SelectBase query : queries) {
                    c.execute((Executable) query).all();
                }
                c.execute(text("SELECT name FROM customer WHERE id = :id"), Map.of("id", k)).all();
                c.execute(update(ORDERS).where(orderId.eq(k)).values("total", k * 3));
                c.execute(update(ORDERS).where(orderId.eq(k)).values(Map.of("total", ORDERS.c("total").add(0))));
                c.execute(delete(ORDERS).where(orderId.eq(100_000 + k)));
                c.execute(insert(ORDERS).values(Map.of("id", 200_000 + round, "customer_id", k, "total", 1)));
            }
            c.rollback();
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException, SQLException {
        rawSelect.close();
        rawConnection.rollback();
        rawConnection.close();
        rawPool.close();
        connection.close();
        engine.dispose();
        try (var files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.delete(file);
            }
        }
        Files.delete(directory);
    }

    private static Select build(int id) {
        return select(CUSTOMER.c("id"), CUSTOMER.c("name"), CUSTOMER.c("description")).where(ID.eq(id));
    }

    /** The suite's lookup ids, over and over. */
    private int nextId() {
        int i = next;
        next = i + 1 == LOOKUPS ? 0 : i + 1;
        return ids.get(i);
    }

    @Benchmark
    public Select build() {
        return build(nextId());
    }

    @Benchmark
    public Object buildAndKey() {
        return build(nextId()).cacheKey(likelyNew);
    }

    @Benchmark
    public BoundStatement buildKeyAndBind() {
        Select statement = build(nextId());
        if (!likelyNew.equals(statement.cacheKey(likelyNew))) {
            throw new IllegalStateException("the lookup changed shape");
        }
        return compiledNew.bind(statement, Map.of());
    }

    @Benchmark
    public BoundStatement keyAndBindReused() {
        if (!likelyReused.equals(BY_BOUND_ID.cacheKey(likelyReused))) {
            throw new IllegalStateException("the lookup changed shape");
        }
        return compiledReused.bind(BY_BOUND_ID, Map.of("id", nextId()));
    }

    @Benchmark
    public long lookupNew() {
        return checksum(connection.execute(build(nextId())).first());
    }

    @Benchmark
    public long lookupReused() {
        return checksum(connection.execute(BY_BOUND_ID, Map.of("id", nextId())).first());
    }

    @Benchmark
    public long lookupRawJdbc() throws SQLException {
        rawSelect.setInt(1, nextId());
        try (ResultSet rs = rawSelect.executeQuery()) {
            rs.next();
            return Customers.checksum(rs.getInt(1), rs.getString(2), rs.getString(3));
        }
    }

    private static long checksum(Row row) {
        return Customers.checksum(((Number) row.get(0)).longValue(), (String) row.get(1), (String) row.get(2));
    }
}
