package org.jalchemy.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Jalchemy.text;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jalchemy.Jalchemy;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.engine.EngineOptions;
import org.jalchemy.exc.DBAPIError;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;

/**
 * reliability.md R9 (a statement timeout is not a disconnect) and P3 (a connection borrowed and never
 * returned is reported, and {@code dispose()} still closes everything).
 */
class TimeoutsAndLeaksTest {

    /** R9: the server cancels a slow statement; the connection is not invalidated and works after rollback. */
    @DatabaseTest(only = {"postgresql", "mariadb"})
    void aStatementTimeoutIsNotADisconnect(Engine engine, TestDatabase db) {
        try (Connection c = engine.connect()) {
            if (db.is("postgresql")) {
                c.execute(text("SET statement_timeout = 500"));
            } else {
                c.execute(text("SET SESSION max_statement_time = 0.5"));
            }
            String slow = db.is("postgresql") ? "SELECT pg_sleep(3)" : "SELECT SLEEP(3) FROM (SELECT 1) t";
            long start = System.nanoTime();
            assertThatThrownBy(() -> c.execute(text(slow)))
                    .isInstanceOfSatisfying(DBAPIError.class, e -> {
                        assertThat(e.connectionInvalidated()).isFalse();
                        assertThat(e.sqlState()).isEqualTo(db.is("postgresql") ? "57014" : "70100");
                    });
            c.rollback();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            assertThat(c.invalidated()).isFalse();
            assertThat(c.execute(text("SELECT 1")).scalar(Integer.class)).isEqualTo(1);
        }
    }

    /** P3: with leak detection at 2 s, a connection held for 3 s is reported once; dispose() still closes it. */
    @DatabaseTest(only = {"postgresql", "mariadb"})
    void aLeakedConnectionIsReportedAndDisposeClosesIt(TestDatabase db) throws Exception {
        Engine engine = Jalchemy.createEngine(db.url(),
                EngineOptions.builder().leakDetection(Duration.ofSeconds(2)).build());
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        Connection leaked;
        try {
            leaked = engine.connect();
            leaked.execute(text("SELECT 1")).all();
            Thread.sleep(3_000);
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertThat(log).containsOnlyOnce("leak detection triggered");
        assertThat(engine.checkedOut()).isEqualTo(1);
        engine.dispose();
        assertThat(engine.checkedOut()).isZero();
        // the leaked connection's physical connection was closed by dispose: using it reconnects or fails cleanly
        leaked.close();
    }
}
