package org.jalchemy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Jalchemy.text;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jalchemy.Jalchemy;
import org.jalchemy.event.EngineListener;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.OperationalError;
import org.jalchemy.exc.PendingRollbackError;
import org.jalchemy.exc.TimeoutError;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;

class PoolTest {

    @DatabaseTest
    void checkoutTimesOutNamingSizeOverflowAndTimeout(TestDatabase db) {
        Engine engine = db.newEngine(EngineOptions.builder().poolSize(1).maxOverflow(0)
                .poolTimeout(Duration.ofMillis(500)).build());
        try (Connection held = engine.connect()) {
            held.execute(text("SELECT 1")).all();
            assertThatThrownBy(engine::connect).isInstanceOf(TimeoutError.class)
                    .hasMessageContaining("size 1 overflow 0").hasMessageContaining("0.50");
        }
        try (Connection again = engine.connect()) {
            assertThat(again.execute(text("SELECT 1")).scalar(Integer.class)).isEqualTo(1);
        }
    }

    @DatabaseTest
    void settingsThatCannotBeHonouredAreRejectedNotRewritten() {
        assertThatThrownBy(() -> EngineOptions.builder().poolTimeout(Duration.ofMillis(100)).build())
                .isInstanceOf(ArgumentError.class).hasMessageContaining("250 ms");
        assertThatThrownBy(() -> EngineOptions.builder().poolSize(0).build()).isInstanceOf(ArgumentError.class);
    }

    @DatabaseTest(only = {"postgresql", "mariadb"})
    void prePingReplacesConnectionsKilledOnTheServer(TestDatabase db) throws Exception {
        Engine engine = db.newEngine(EngineOptions.builder().poolPrePing(true).build());
        List<Long> ids = warmPool(engine, db, 3);
        killOnServer(db, ids);
        for (int i = 0; i < 6; i++) {
            try (Connection conn = engine.connect()) {
                assertThat(conn.execute(text("SELECT 1")).scalar(Integer.class)).isEqualTo(1);
            }
        }
    }

    /**
     * reliability.md R2: without pre-ping, the server ends all five pooled connections. A checkout that meets one
     * gets one {@link OperationalError} marked as a disconnect, which also retires every older connection (the pool
     * generation), so at most five of 100 checkouts fail and the rest work. HikariCP validates a connection idle for
     * more than 500 ms before handing it out, so on a slow run no checkout fails at all; both are correct.
     * Servers only: ending a session from outside needs pg_terminate_backend / KILL CONNECTION.
     */
    @DatabaseTest(only = {"postgresql", "mariadb"})
    void withoutPrePingStaleConnectionsCostAtMostOneErrorEach(TestDatabase db) throws Exception {
        Engine engine = db.newEngine(EngineOptions.builder().poolSize(5).build());
        killOnServer(db, warmPool(engine, db, 5));
        List<OperationalError> errors = new ArrayList<>();
        boolean[] failed = new boolean[100];
        for (int i = 0; i < 100; i++) {
            try (Connection conn = engine.connect()) {
                assertThat(conn.execute(text("SELECT 1")).scalar(Integer.class)).isEqualTo(1);
            } catch (OperationalError e) {
                errors.add(e);
                failed[i] = true;
            }
        }
        assertThat(errors).hasSizeLessThanOrEqualTo(5)
                .allSatisfy(e -> assertThat(e.connectionInvalidated()).isTrue());
        for (int i = 5; i < 100; i++) {
            assertThat(failed[i]).as("checkout %d, after the stale connections were retired", i).isFalse();
        }
        assertThat(engine.checkedOut()).isZero();
    }

    @DatabaseTest(only = {"postgresql", "mariadb"})
    void withoutPrePingADisconnectInvalidatesAndNeedsRollback(TestDatabase db) throws Exception {
        Engine engine = db.newEngine(EngineOptions.defaults());
        engine.begin(c -> c.execute(text("CREATE TABLE r (id INTEGER PRIMARY KEY)")));
        try (Connection conn = engine.connect()) {
            conn.execute(text("INSERT INTO r (id) VALUES (1)"));
            killOnServer(db, List.of(backendId(conn, db)));
            assertThatThrownBy(() -> conn.execute(text("INSERT INTO r (id) VALUES (2)")))
                    .isInstanceOfSatisfying(OperationalError.class, e -> assertThat(e.connectionInvalidated()).isTrue());
            assertThat(conn.invalidated()).isTrue();
            assertThatThrownBy(() -> conn.execute(text("SELECT 1"))).isInstanceOf(PendingRollbackError.class)
                    .hasMessageContaining("Can't reconnect until invalid transaction is rolled back");
            assertThatThrownBy(conn::commit).isInstanceOf(PendingRollbackError.class);
            conn.rollback();
            assertThat(conn.execute(text("SELECT count(*) FROM r")).scalar(Integer.class)).isZero();
        }
        assertThat(Direct.count(db, "r")).isZero();
    }

    @DatabaseTest(only = "sqlite")
    void aConnectionClosedBehindThePoolsBackIsADisconnect(TestDatabase db) throws Exception {
        Engine engine = db.engine();
        try (Connection conn = engine.connect()) {
            conn.jdbcConnection().unwrap(java.sql.Connection.class).close();
            assertThatThrownBy(() -> conn.execute(text("SELECT 1")))
                    .isInstanceOfSatisfying(org.jalchemy.exc.DBAPIError.class, e -> assertThat(e.connectionInvalidated()).isTrue());
            conn.rollback();
            assertThat(conn.execute(text("SELECT 1")).scalar(Integer.class)).isEqualTo(1);
        }
    }

    @DatabaseTest
    void engineCreationNeverConnectsAndAFailedConnectIsReportedAtOnce(TestDatabase db) {
        String url = db.is("sqlite") ? "sqlite:////nonexistent-dir/x/y.db"
                : db.url().withHost("127.0.0.1").withPort(1).renderAsString(false);
        Engine engine = Jalchemy.createEngine(url, EngineOptions.builder().poolTimeout(Duration.ofSeconds(20)).build());
        long start = System.nanoTime();
        assertThatThrownBy(engine::connect).isInstanceOf(OperationalError.class);
        // the pool timeout is 20 s: failing well before it shows the connect error was not waited out
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
        engine.dispose();
    }

    @DatabaseTest
    void disposeClosesThePoolFiresTheEventAndTheEngineStaysUsable(TestDatabase db) {
        Engine engine = db.newEngine(EngineOptions.defaults());
        AtomicInteger disposed = new AtomicInteger();
        AtomicInteger connects = new AtomicInteger();
        engine.listen(new EngineListener() {
            @Override
            public void engineDisposed(Engine e) {
                disposed.incrementAndGet();
            }

            @Override
            public void connect(java.sql.Connection physical) {
                connects.incrementAndGet();
            }
        });
        try (Connection conn = engine.connect()) {
            conn.execute(text("SELECT 1")).all();
        }
        assertThat(engine.poolSize()).isEqualTo(1);
        engine.dispose();
        assertThat(disposed).hasValue(1);
        assertThat(engine.poolSize()).isZero();
        try (Connection conn = engine.connect()) {
            conn.execute(text("SELECT 1")).all();
        }
        assertThat(connects).hasValue(2);
    }

    private static List<Long> warmPool(Engine engine, TestDatabase db, int n) {
        List<Connection> held = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Connection c = engine.connect();
            held.add(c);
            ids.add(backendId(c, db));
        }
        held.forEach(Connection::close);
        return ids;
    }

    static long backendId(Connection conn, TestDatabase db) {
        String sql = db.is("postgresql") ? "SELECT pg_backend_pid()" : "SELECT CONNECTION_ID()";
        return conn.execute(text(sql)).scalar(Long.class);
    }

    static void killOnServer(TestDatabase db, List<Long> ids) throws Exception {
        try (java.sql.Connection admin = db.target().openAdmin(); var s = admin.createStatement()) {
            for (long id : ids) {
                s.execute(db.is("postgresql") ? "SELECT pg_terminate_backend(" + id + ")" : "KILL CONNECTION " + id);
            }
        }
        Thread.sleep(100);
    }
}
