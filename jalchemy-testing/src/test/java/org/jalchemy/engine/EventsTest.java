package org.jalchemy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.jalchemy.Jalchemy.select;
import static org.jalchemy.Jalchemy.text;
import static org.jalchemy.types.SqlTypes.INTEGER;
import static org.jalchemy.types.SqlTypes.STRING;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jalchemy.event.EngineListener;
import org.jalchemy.event.ExceptionContext;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.ProgrammingError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;

class EventsTest {

    @DatabaseTest
    void listenersSeeCheckoutExecuteErrorsAndTransactions(TestDatabase db) {
        Engine engine = db.newEngine(EngineOptions.defaults());
        List<String> seen = new ArrayList<>();
        engine.listen(new EngineListener() {
            @Override
            public void checkout(java.sql.Connection physical) {
                seen.add("checkout");
            }

            @Override
            public void checkin(java.sql.Connection physical) {
                seen.add("checkin");
            }

            @Override
            public void beforeExecute(Connection c, String sql, List<?> parameters, boolean many) {
                seen.add("before " + sql + " " + parameters);
            }

            @Override
            public void afterExecute(Connection c, String sql, List<?> parameters, boolean many, Result result) {
                seen.add("after");
            }

            @Override
            public void handleError(ExceptionContext context) {
                seen.add("error " + context.sql() + " disconnect=" + context.isDisconnect());
            }

            @Override
            public void begin(Connection c) {
                seen.add("begin");
            }

            @Override
            public void rollback(Connection c) {
                seen.add("rollback");
            }
        });
        try (Connection conn = engine.connect()) {
            conn.execute(text("SELECT :x AS x"), Map.of("x", 7)).all();
            assertThatThrownBy(() -> conn.execute(text("SELEC 1"))).isInstanceOf(ProgrammingError.class);
            conn.rollback();
        }
        assertThat(seen).containsExactly("checkout", "begin", "before SELECT ? AS x [7]", "after", "before SELEC 1 []",
                "error SELEC 1 disconnect=false", "rollback", "checkin");
    }

    @DatabaseTest
    void eachBatchOfAnExecutemanyHasItsOwnEvents(TestDatabase db) {
        Engine engine = db.newEngine(EngineOptions.defaults());
        List<String> seen = new ArrayList<>();
        List<Long> rowcounts = new ArrayList<>();
        engine.listen(new EngineListener() {
            @Override
            public void beforeExecute(Connection c, String sql, List<?> parameters, boolean many) {
                seen.add("before " + many + " " + parameters);
            }

            @Override
            public void afterExecute(Connection c, String sql, List<?> parameters, boolean many, Result result) {
                seen.add("after " + many + " " + parameters);
                rowcounts.add(result.rowcount());
            }
        });
        List<Map<String, ?>> rows = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            rows.add(Map.of("id", i, "name", "n" + i));
        }
        long total;
        try (Connection conn = engine.connect()) {
            conn.execute(text("CREATE TABLE paged (id INTEGER PRIMARY KEY, name VARCHAR(10))"));
            seen.clear();
            rowcounts.clear();
            total = conn.execute(text("INSERT INTO paged (id, name) VALUES (:id, :name)"), rows).rowcount();
            conn.commit();
        }
        // one JDBC batch per 1,000 rows, each announced with its own first row
        assertThat(seen).containsExactly("before true [0, n0]", "after true [0, n0]",
                "before true [1000, n1000]", "after true [1000, n1000]",
                "before true [2000, n2000]", "after true [2000, n2000]");
        if (total == -1) {
            // a driver that does not report batch counts reports none for any batch
            assertThat(rowcounts).containsOnly(-1L);
        } else {
            assertThat(total).isEqualTo(2500);
            assertThat(rowcounts).containsExactly(1000L, 1000L, 500L);
        }
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(text("SELECT count(*) FROM paged")).scalar(Integer.class)).isEqualTo(2500);
            conn.execute(text("DROP TABLE paged"));
            conn.commit();
        }
    }

    @DatabaseTest
    void thePageSizeOptionSetsTheRowsPerBatch(TestDatabase db) {
        Engine engine = db.newEngine(EngineOptions.builder().executemanyPageSize(2).build());
        List<List<?>> firstRows = executemanyPageParameters(engine);
        try (Connection conn = engine.connect()) {
            conn.execute(text("CREATE TABLE paged2 (id INTEGER PRIMARY KEY)"));
            conn.execute(text("INSERT INTO paged2 (id) VALUES (:id)"),
                    List.of(Map.of("id", 0), Map.of("id", 1), Map.of("id", 2), Map.of("id", 3), Map.of("id", 4)));
            assertThat(conn.execute(text("SELECT count(*) FROM paged2")).scalar(Integer.class)).isEqualTo(5);
            conn.rollback();
        }
        assertThat(firstRows).containsExactly(List.of(0), List.of(2), List.of(4));
        assertThatThrownBy(() -> EngineOptions.builder().executemanyPageSize(0))
                .isInstanceOf(ArgumentError.class)
                .hasMessage("executemanyPageSize must be at least 1 row, not 0");
    }

    @DatabaseTest
    void aWatchedBatchIsSentWithTheValuesItsEventsShow(TestDatabase db) {
        AtomicInteger counter = new AtomicInteger();
        Table seqs = new Table("seqs", new MetaData(), Column.of("id", INTEGER).primaryKey(),
                Column.of("seq", INTEGER).defaultSupplier(counter::incrementAndGet));
        Engine engine = db.newEngine(EngineOptions.builder().executemanyPageSize(2).build());
        seqs.metadata().createAll(engine);
        List<List<?>> firstRows = executemanyPageParameters(engine);
        List<Map<String, ?>> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            rows.add(Map.of("id", i));
        }
        List<Integer> stored = new ArrayList<>();
        try (Connection conn = engine.connect()) {
            conn.execute(seqs.insert(), rows);
            for (Row r : conn.execute(select(seqs.c("seq")).orderBy(seqs.c("id"))).all()) {
                stored.add(((Number) r.get(0)).intValue());
            }
            conn.commit();
        }
        // the supplier ran once per row, and each page's event shows the row as it was sent
        assertThat(stored).containsExactly(1, 2, 3, 4, 5);
        assertThat(firstRows).containsExactly(List.of(0, 1), List.of(2, 3), List.of(4, 5));
    }

    @DatabaseTest
    void aBadRowOpeningABatchFailsAlikeWatchedOrNot(TestDatabase db) {
        Table bad = new Table("bad_rows", new MetaData(), Column.of("id", INTEGER).primaryKey(),
                Column.of("name", STRING));
        List<Map<String, ?>> rows = List.of(Map.of("id", 1, "name", "a"), Map.of("id", 2, "name", "b"),
                Map.of("id", 3, "name", "c", "nope", 1));
        List<String> messages = new ArrayList<>();
        for (boolean watched : new boolean[] {false, true}) {
            Engine engine = db.newEngine(EngineOptions.builder().executemanyPageSize(2).build());
            bad.metadata().createAll(engine);
            if (watched) {
                engine.listen(new EngineListener() {
                });
            }
            try (Connection conn = engine.connect()) {
                Throwable thrown = catchThrowable(() -> conn.execute(bad.insert(), rows));
                assertThat(thrown).isInstanceOf(ArgumentError.class);
                messages.add(thrown.getMessage());
                conn.rollback();
            }
            bad.metadata().dropAll(engine);
            engine.dispose();
        }
        assertThat(messages.get(0)).contains("set 2 differs from set 0");
        assertThat(messages.get(1)).isEqualTo(messages.get(0));
    }

    @DatabaseTest(only = "sqlite")
    void echoLogsEachBatchOfAnExecutemanyWithItsNumber(TestDatabase db) {
        Engine engine = db.newEngine(EngineOptions.builder().echo(true).build());
        List<Map<String, ?>> rows = new ArrayList<>();
        for (int i = 0; i < 2001; i++) {
            rows.add(Map.of("id", i));
        }
        String log = echoOf(db.newEngine(EngineOptions.builder().echo(true).build()), "echoed", rows,
                List.of(Map.of("id", -1), Map.of("id", -2)));
        assertThat(log).contains("[executemany 1/3] [0]", "[executemany 2/3] [1000]", "[executemany 3/3] [2000]",
                "[executemany] [-1]");
        assertThat(log).doesNotContain("[executemany 4/3]", "[executemany 1/1]");

        String hiddenLog = echoOf(db.newEngine(EngineOptions.builder().echo(true).hideParameters(true).build()),
                "echoed2", rows);
        assertThat(hiddenLog).contains("[executemany 1/3] [SQL parameters hidden]",
                "[executemany 3/3] [SQL parameters hidden]");
        assertThat(hiddenLog).doesNotContain("[2000]");

        // the largest page size: one page, counted without overflowing
        String onePage = echoOf(db.newEngine(EngineOptions.builder().echo(true).executemanyPageSize(Integer.MAX_VALUE)
                .build()), "echoed3", rows);
        assertThat(onePage).contains("[executemany] [0]").doesNotContain("[executemany 1/");
    }

    /** The parameters each executemany page's {@code beforeExecute} carries (its first row), as they come. */
    private static List<List<?>> executemanyPageParameters(Engine engine) {
        List<List<?>> firstRows = new ArrayList<>();
        engine.listen(new EngineListener() {
            @Override
            public void beforeExecute(Connection c, String sql, List<?> parameters, boolean many) {
                if (many) {
                    firstRows.add(parameters);
                }
            }
        });
        return firstRows;
    }

    /**
     * What {@code engine} echoes (SLF4J's simple logger writes to {@code System.err}) while it creates {@code table}
     * and runs each of {@code executemanys} into it, in one transaction rolled back; the engine is disposed.
     */
    @SafeVarargs
    private static String echoOf(Engine engine, String table, List<? extends Map<String, ?>>... executemanys) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (Connection conn = engine.connect()) {
            conn.execute(text("CREATE TABLE " + table + " (id INTEGER PRIMARY KEY)"));
            for (List<? extends Map<String, ?>> rows : executemanys) {
                conn.execute(text("INSERT INTO " + table + " (id) VALUES (:id)"), rows);
            }
            conn.rollback();
        } finally {
            System.setErr(original);
            engine.dispose();
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    @DatabaseTest
    void aListenerCanDeclareAnErrorADisconnect(TestDatabase db) {
        Engine engine = db.newEngine(EngineOptions.defaults());
        engine.listen(new EngineListener() {
            @Override
            public void handleError(ExceptionContext context) {
                context.setDisconnect(true);
            }
        });
        try (Connection conn = engine.connect()) {
            assertThatThrownBy(() -> conn.execute(text("SELEC 1")))
                    .isInstanceOfSatisfying(ProgrammingError.class, e -> assertThat(e.connectionInvalidated()).isTrue());
            conn.rollback();
            assertThat(conn.execute(text("SELECT 1")).scalar(Integer.class)).isEqualTo(1);
        }
    }
}
