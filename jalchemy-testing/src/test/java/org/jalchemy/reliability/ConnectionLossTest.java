package org.jalchemy.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Jalchemy.text;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jalchemy.Jalchemy;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.engine.EngineOptions;
import org.jalchemy.engine.Row;
import org.jalchemy.engine.URL;
import org.jalchemy.exc.DBAPIError;
import org.jalchemy.exc.OperationalError;
import org.jalchemy.exc.PendingRollbackError;
import org.jalchemy.testing.ChaosProxy;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;

/**
 * reliability.md R1, R5, R6, R7, P5, P6 and P9 against the real servers, through a loopback {@link ChaosProxy}.
 * Every loop here is bounded in count and time.
 */
class ConnectionLossTest {

    private static URL through(ChaosProxy proxy, TestDatabase db) {
        return db.url().withHost("127.0.0.1").withPort(proxy.port());
    }

    private static Engine engine(TestDatabase db, URL url, EngineOptions.Builder options) {
        Engine e = Jalchemy.createEngine(url, options.build());
        return e;
    }

    @DatabaseTest(only = {"postgresql", "mariadb"})
    void resetConnectionsAreReplacedByPrePingWithoutErrors(TestDatabase db) throws Exception {
        try (ChaosProxy proxy = new ChaosProxy(db.url().port())) {
            Engine engine = engine(db, through(proxy, db), EngineOptions.builder().poolPrePing(true));
            try {
                List<Connection> held = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    Connection c = engine.connect();
                    c.execute(text("SELECT 1")).all();
                    held.add(c);
                }
                held.forEach(Connection::close);
                proxy.resetAll();
                for (int i = 0; i < 100; i++) {
                    try (Connection c = engine.connect()) {
                        assertThat(c.execute(text("SELECT 1")).scalar(Integer.class)).isEqualTo(1);
                    }
                }
            } finally {
                engine.dispose();
            }
        }
    }

    @DatabaseTest(only = {"postgresql", "mariadb"})
    void aResetInTheMiddleOfAStreamedResultIsADisconnectThenRecovers(TestDatabase db) throws Exception {
        db.engine().begin(c -> {
            c.execute(text("CREATE TABLE s (n INTEGER PRIMARY KEY)"));
            List<java.util.Map<String, ?>> rows = new ArrayList<>();
            for (int i = 0; i < 20_000; i++) {
                rows.add(java.util.Map.of("n", i));
            }
            c.execute(text("INSERT INTO s (n) VALUES (:n)"), rows);
        });
        try (ChaosProxy proxy = new ChaosProxy(db.url().port())) {
            Engine engine = engine(db, through(proxy, db), EngineOptions.builder().fetchSize(100));
            try (Connection conn = engine.connect()) {
                // each row carries 1 kB so the result (20 MB) cannot sit whole in the socket buffers
                // before the reset: a MariaDB stream is pushed by the server, not fetched in pages
                Iterator<Row> rows = conn.execute(text("SELECT n, REPEAT('x', 1000) AS pad FROM s ORDER BY n")).iterator();
                for (int i = 0; i < 20; i++) {
                    rows.next();
                }
                proxy.resetAll();
                assertThatThrownBy(() -> {
                    while (rows.hasNext()) {
                        rows.next();
                    }
                }).isInstanceOfSatisfying(DBAPIError.class, e -> assertThat(e.connectionInvalidated()).isTrue());
                assertThatThrownBy(() -> conn.execute(text("SELECT 1"))).isInstanceOf(PendingRollbackError.class);
                conn.rollback();
                assertThat(conn.execute(text("SELECT count(*) FROM s")).scalar(Integer.class)).isEqualTo(20_000);
            } finally {
                engine.dispose();
            }
        }
    }

    @DatabaseTest(only = {"postgresql", "mariadb"})
    void refusedConnectsFailCleanlyAndServiceReturnsWithoutARestart(TestDatabase db) throws Exception {
        try (ChaosProxy proxy = new ChaosProxy(db.url().port())) {
            proxy.refuse();
            // P9: making the engine never connects, so a refusing server is no error yet
            Engine engine = engine(db, through(proxy, db), EngineOptions.builder().poolTimeout(Duration.ofSeconds(10)));
            try {
                long start = System.nanoTime();
                assertThatThrownBy(engine::connect).isInstanceOf(OperationalError.class);
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(8));
                proxy.pass();
                Connection conn = null;
                for (int attempt = 0; attempt < 40 && conn == null; attempt++) {
                    try {
                        conn = engine.connect();
                    } catch (OperationalError stillDown) {
                        Thread.sleep(100);
                    }
                }
                assertThat(conn).as("service back within 4 s of the server answering again").isNotNull();
                try (Connection c = conn) {
                    assertThat(c.execute(text("SELECT 1")).scalar(Integer.class)).isEqualTo(1);
                }
                assertThat(engine.checkedOut()).isZero();
            } finally {
                engine.dispose();
            }
        }
    }

    @DatabaseTest(only = {"postgresql", "mariadb"})
    void aHalfOpenConnectionFailsWithinTheSocketTimeoutAndIsEvicted(TestDatabase db) throws Exception {
        try (ChaosProxy proxy = new ChaosProxy(db.url().port())) {
            String timeout = db.is("postgresql") ? "2" : "2000";
            URL url = through(proxy, db).withQueryParameter("socketTimeout", timeout);
            Engine engine = engine(db, url, EngineOptions.builder());
            try (Connection conn = engine.connect()) {
                conn.execute(text("SELECT 1")).all();
                proxy.blackhole();
                long start = System.nanoTime();
                assertThatThrownBy(() -> conn.execute(text("SELECT 2")))
                        .isInstanceOfSatisfying(DBAPIError.class, e -> assertThat(e.connectionInvalidated()).isTrue());
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
                proxy.pass();
                conn.rollback();
                assertThat(conn.execute(text("SELECT 3")).scalar(Integer.class)).isEqualTo(3);
            } finally {
                engine.dispose();
            }
        }
    }

    /**
     * P6 (SQLAlchemy's test_hanging_connect_within_overflow): while a new connection takes 3 s to be accepted, a
     * connection given back to the pool goes to the next borrower at once; nobody waits for the slow connect.
     * Servers only: SQLite has no connect to slow down.
     */
    @DatabaseTest(only = {"postgresql", "mariadb"})
    void aSlowNewConnectDoesNotHoldUpPooledCheckouts(TestDatabase db) throws Exception {
        try (ChaosProxy proxy = new ChaosProxy(db.url().port())) {
            Engine engine = engine(db, through(proxy, db), EngineOptions.builder().poolSize(2).maxOverflow(2)
                    .poolTimeout(Duration.ofSeconds(10)));
            ExecutorService borrower = Executors.newSingleThreadExecutor();
            try {
                Connection a = engine.connect();
                Connection b = engine.connect();
                a.execute(text("SELECT 1")).all();
                b.execute(text("SELECT 1")).all();
                proxy.connectLatency(Duration.ofSeconds(3));
                // both pooled connections are out: a third borrower makes the pool open a (slow) new one
                Future<Long> third = borrower.submit(() -> {
                    long start = System.nanoTime();
                    try (Connection c = engine.connect()) {
                        c.execute(text("SELECT 1")).all();
                        return System.nanoTime() - start;
                    }
                });
                Thread.sleep(300);
                a.close();
                // functional bound, not a benchmark: the 3 s connect must not be what the borrower waited for
                assertThat(Duration.ofNanos(third.get(10, TimeUnit.SECONDS))).isLessThan(Duration.ofMillis(2500));
                b.close();
                long start = System.nanoTime();
                try (Connection again = engine.connect()) {
                    again.execute(text("SELECT 1")).all();
                }
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
                assertThat(engine.checkedOut()).isZero();
            } finally {
                borrower.shutdownNow();
                proxy.connectLatency(Duration.ZERO);
                engine.dispose();
            }
        }
    }

    /** P5: connects refused while the pool is at its overflow; once the server answers, full capacity is back. */
    @DatabaseTest(only = {"postgresql", "mariadb"})
    void failedOverflowConnectsGiveTheirSlotsBack(TestDatabase db) throws Exception {
        try (ChaosProxy proxy = new ChaosProxy(db.url().port())) {
            Engine engine = engine(db, through(proxy, db), EngineOptions.builder().poolSize(1).maxOverflow(2)
                    .poolTimeout(Duration.ofSeconds(2)));
            try (Connection first = engine.connect()) {
                first.execute(text("SELECT 1")).all();
                // HikariCP's background connector can open one connection more than the checkout asked for; an
                // idle connection opened before the refusal is rightly handed out, so it is held aside meanwhile
                List<Connection> spare = new ArrayList<>();
                int open = settledPoolSize(engine);
                proxy.refuse();
                for (int i = 1; i < open; i++) {
                    spare.add(engine.connect());
                }
                for (int i = 0; i < 3; i++) {
                    assertThatThrownBy(engine::connect).isInstanceOf(DBAPIError.class);
                }
                spare.forEach(Connection::close);
                proxy.pass();
                List<Connection> more = new ArrayList<>();
                try {
                    for (int i = 0; i < 2; i++) {
                        Connection c = null;
                        for (int attempt = 0; attempt < 40 && c == null; attempt++) {
                            try {
                                c = engine.connect();
                                c.execute(text("SELECT 1")).all();
                            } catch (DBAPIError stillDown) {
                                if (c != null) {
                                    c.close();
                                    c = null;
                                }
                                Thread.sleep(100);
                            }
                        }
                        assertThat(c).as("overflow slot %d available again", i + 1).isNotNull();
                        more.add(c);
                    }
                    assertThat(engine.checkedOut()).isEqualTo(3);
                } finally {
                    more.forEach(Connection::close);
                }
            } finally {
                engine.dispose();
            }
        }
    }

    /** The pool's open connections once its background connector has stopped adding to them. */
    private static int settledPoolSize(Engine engine) throws InterruptedException {
        int last = -1;
        int now = engine.poolSize();
        while (now != last) {
            Thread.sleep(200);
            last = now;
            now = engine.poolSize();
        }
        return now;
    }
}
