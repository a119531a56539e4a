package org.jalchemy.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Jalchemy.text;

import java.time.Duration;
import org.jalchemy.Jalchemy;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.exc.OperationalError;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;

/**
 * reliability.md S1: a second SQLite writer waits for the busy timeout, then gets a clear OperationalError;
 * S4: an in-memory engine used by several threads is one shared database; T6 (Core level): closing a nested
 * in-memory connection keeps the outer one's transaction.
 */
class SqliteLockingTest {

    @DatabaseTest(only = "sqlite")
    void aSecondWriterFailsAfterTheBusyTimeoutWithDatabaseIsLocked(TestDatabase db) {
        Engine engine = Jalchemy.createEngine(db.url().withQueryParameter("busy_timeout", "1000"));
        try {
            engine.begin(c -> c.execute(text("CREATE TABLE w (id INTEGER PRIMARY KEY)")));
            try (Connection a = engine.connect(); Connection b = engine.connect()) {
                a.execute(text("INSERT INTO w (id) VALUES (1)"));
                long start = System.nanoTime();
                assertThatThrownBy(() -> b.execute(text("INSERT INTO w (id) VALUES (2)")))
                        .isInstanceOf(OperationalError.class).hasMessageContaining("locked");
                // functional bound, not a benchmark: it waited for the timeout instead of failing at once
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(800));
                b.rollback();
                a.commit();
                b.execute(text("INSERT INTO w (id) VALUES (2)"));
                b.commit();
            }
            try (Connection c = engine.connect()) {
                assertThat(c.execute(text("SELECT count(*) FROM w")).scalar(Integer.class)).isEqualTo(2);
            }
        } finally {
            engine.dispose();
        }
    }

    /** S4: four threads on one {@code sqlite://} engine see one database: no "no such table", no lost rows. */
    @DatabaseTest(only = "sqlite")
    void anInMemoryEngineIsOneDatabaseForEveryThread(TestDatabase db) throws Exception {
        Engine engine = Jalchemy.createEngine("sqlite://");
        try {
            engine.begin(c -> c.execute(text("CREATE TABLE m (id INTEGER PRIMARY KEY, t INTEGER)")));
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    int me = t;
                    done.add(pool.submit(() -> {
                        for (int i = 0; i < 50; i++) {
                            int id = me * 1000 + i;
                            engine.begin(c -> c.execute(text("INSERT INTO m (id, t) VALUES (:id, :t)"),
                                    java.util.Map.of("id", id, "t", me)));
                        }
                    }));
                }
                for (java.util.concurrent.Future<?> f : done) {
                    f.get(60, java.util.concurrent.TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            try (Connection c = engine.connect()) {
                assertThat(c.execute(text("SELECT count(*) FROM m")).scalar(Integer.class)).isEqualTo(200);
            }
        } finally {
            engine.dispose();
        }
    }

    /**
     * T6 at the Core level: on {@code sqlite://} a second connection of the same thread shares the first one's
     * transaction; closing it must not roll back the first one's uncommitted rows.
     */
    @DatabaseTest(only = "sqlite")
    void closingANestedInMemoryConnectionKeepsTheOuterTransaction(TestDatabase db) {
        Engine engine = Jalchemy.createEngine("sqlite://");
        try {
            engine.begin(c -> c.execute(text("CREATE TABLE n (id INTEGER PRIMARY KEY)")));
            try (Connection outer = engine.connect()) {
                outer.execute(text("INSERT INTO n (id) VALUES (1)"));
                try (Connection inner = engine.connect()) {
                    assertThat(inner.execute(text("SELECT count(*) FROM n")).scalar(Integer.class)).isEqualTo(1);
                }
                assertThat(outer.execute(text("SELECT count(*) FROM n")).scalar(Integer.class)).isEqualTo(1);
                outer.commit();
            }
            try (Connection c = engine.connect()) {
                assertThat(c.execute(text("SELECT count(*) FROM n")).scalar(Integer.class)).isEqualTo(1);
            }
        } finally {
            engine.dispose();
        }
    }

    /** Savepoints of two connections sharing one in-memory connection have distinct names: ROLLBACK TO reaches its own. */
    @DatabaseTest(only = "sqlite")
    void nestedInMemoryConnectionsNameTheirSavepointsApart(TestDatabase db) {
        Engine engine = Jalchemy.createEngine("sqlite://");
        try {
            engine.begin(c -> c.execute(text("CREATE TABLE sp (id INTEGER PRIMARY KEY)")));
            try (Connection outer = engine.connect()) {
                var mine = outer.beginNested();
                outer.execute(text("INSERT INTO sp (id) VALUES (1)"));
                try (Connection inner = engine.connect()) {
                    var theirs = inner.beginNested();
                    assertThat(theirs.name()).isNotEqualTo(mine.name());
                    inner.execute(text("INSERT INTO sp (id) VALUES (2)"));
                }
                mine.rollback();
                // back to before row 1, so row 2 (inserted after) went too
                assertThat(outer.execute(text("SELECT count(*) FROM sp")).scalar(Integer.class)).isZero();
            }
        } finally {
            engine.dispose();
        }
    }
}
