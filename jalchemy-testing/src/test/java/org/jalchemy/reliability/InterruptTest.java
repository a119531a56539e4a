package org.jalchemy.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.Jalchemy.text;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.exc.JalchemyException;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;

/**
 * reliability.md T7: a thread interrupted while its statement runs. None of the three drivers reads its socket (or
 * steps SQLite) interruptibly, so the statement runs to its end or fails; either way the thread's uncommitted work
 * never reaches the next borrower, the connection goes back to the pool, and the interrupt stays the thread's.
 */
class InterruptTest {

    @DatabaseTest
    void anInterruptDuringAStatementLeavesNoDirtyConnectionBehind(Engine engine, TestDatabase db) throws Exception {
        engine.begin(c -> c.execute(text("CREATE TABLE t7 (id INTEGER PRIMARY KEY)")));
        String slow = switch (db.backend()) {
            case "postgresql" -> "SELECT pg_sleep(1)";
            case "mariadb" -> "SELECT SLEEP(1) FROM (SELECT 1) t";
            // about a second of stepping inside the native library
            default -> "WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r WHERE i < 3000000)"
                    + " SELECT count(*) FROM r";
        };
        CountDownLatch inStatement = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        Thread worker = new Thread(() -> {
            try (Connection c = engine.connect()) {
                c.execute(text("INSERT INTO t7 (id) VALUES (1)"));
                inStatement.countDown();
                c.execute(text(slow)).all();
                // no commit: close() must roll the insert back
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                stillInterrupted.set(Thread.currentThread().isInterrupted());
                inStatement.countDown();
            }
        }, "t7-worker");
        worker.start();
        assertThat(inStatement.await(10, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200);
        worker.interrupt();
        worker.join(15_000);

        assertThat(worker.isAlive()).as("the interrupted thread finished").isFalse();
        if (failure.get() != null) {
            // a failure, if the driver gives one, is ours and classified, never a raw driver exception
            assertThat(failure.get()).isInstanceOf(JalchemyException.class);
        }
        assertThat(stillInterrupted.get()).as("the interrupt is left for the thread's owner to see").isTrue();
        assertThat(engine.checkedOut()).isZero();
        try (Connection c = engine.connect()) {
            assertThat(c.execute(text("SELECT count(*) FROM t7")).scalar(Long.class)).isZero();
            c.execute(text("INSERT INTO t7 (id) VALUES (2)"));
            c.commit();
        }
        try (Connection c = engine.connect()) {
            assertThat(c.execute(text("SELECT sum(id) * 10 + count(*) FROM t7")).scalar(Long.class)).isEqualTo(21);
        }
    }

    /** A thread that is already interrupted asks for a connection: a clear error or a connection, and the flag kept. */
    @DatabaseTest
    void anInterruptedThreadConnectsOrGetsAClearError(Engine engine) throws Exception {
        engine.begin(c -> c.execute(text("CREATE TABLE t7b (id INTEGER PRIMARY KEY)")));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        Thread worker = new Thread(() -> {
            Thread.currentThread().interrupt();
            try (Connection c = engine.connect()) {
                c.execute(text("INSERT INTO t7b (id) VALUES (1)"));
                c.commit();
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                stillInterrupted.set(Thread.currentThread().isInterrupted());
            }
        }, "t7b-worker");
        worker.start();
        worker.join(15_000);
        assertThat(worker.isAlive()).isFalse();
        assertThat(stillInterrupted.get()).isTrue();
        long rows;
        try (Connection c = engine.connect()) {
            rows = c.execute(text("SELECT count(*) FROM t7b")).scalar(Long.class);
        }
        if (failure.get() != null) {
            assertThat(failure.get()).isInstanceOf(JalchemyException.class);
            assertThat(rows).isZero();
        } else {
            assertThat(rows).isEqualTo(1);
        }
        assertThat(engine.checkedOut()).isZero();
    }
}
