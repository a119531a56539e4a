package org.jalchemy.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.Jalchemy.text;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.jalchemy.Jalchemy;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.engine.EngineOptions;
import org.jalchemy.engine.URL;
import org.jalchemy.event.EngineListener;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;

/**
 * reliability.md R8: the server closes idle sessions after 1 s (PostgreSQL {@code idle_session_timeout},
 * MariaDB {@code wait_timeout}). In every mode the stale session is replaced before the application sees it:
 * with pre-ping by jalchemy's ping, with {@code pool_recycle} of 1 s by age, and without either by HikariCP's
 * own validation of a connection idle for more than 500 ms ({@code aliveBypassWindowMs}), which is why the
 * plan's "exactly one disconnect without pre-ping" does not happen here. Each test counts the physical
 * connects, which proves the server really closed the first session.
 */
class ServerTimeoutTest {

    private static URL idleTimeoutOfOneSecond(TestDatabase db) {
        return db.is("postgresql")
                ? db.url().withQueryParameter("options", "-c idle_session_timeout=1000")
                : db.url().withQueryParameter("sessionVariables", "wait_timeout=1");
    }

    private static AtomicInteger countConnects(Engine engine) {
        AtomicInteger connects = new AtomicInteger();
        engine.listen(new EngineListener() {
            @Override
            public void connect(java.sql.Connection physical) {
                connects.incrementAndGet();
            }
        });
        return connects;
    }

    /** Uses a connection, lets the server close it while idle, then checks the next checkout works on a new one. */
    private static void staleSessionIsReplaced(TestDatabase db, EngineOptions options) throws Exception {
        Engine engine = Jalchemy.createEngine(idleTimeoutOfOneSecond(db), options);
        AtomicInteger connects = countConnects(engine);
        try {
            try (Connection c = engine.connect()) {
                assertThat(c.execute(text("SELECT 1")).scalar(Integer.class)).isEqualTo(1);
                c.commit();
            }
            Thread.sleep(2_000);
            try (Connection c = engine.connect()) {
                assertThat(c.execute(text("SELECT 2")).scalar(Integer.class)).isEqualTo(2);
            }
            assertThat(connects).hasValue(2);
        } finally {
            engine.dispose();
        }
    }

    @DatabaseTest(only = {"postgresql", "mariadb"})
    void prePingHidesServerClosedSessions(TestDatabase db) throws Exception {
        staleSessionIsReplaced(db, EngineOptions.builder().poolPrePing(true).build());
    }

    @DatabaseTest(only = {"postgresql", "mariadb"})
    void withoutPrePingHikariValidatesAnIdleConnection(TestDatabase db) throws Exception {
        staleSessionIsReplaced(db, EngineOptions.builder().poolPrePing(false).build());
    }

    @DatabaseTest(only = {"postgresql", "mariadb"})
    void recycleOfOneSecondNeverHandsOutTheStaleSession(TestDatabase db) throws Exception {
        staleSessionIsReplaced(db, EngineOptions.builder().poolPrePing(false).poolRecycle(Duration.ofSeconds(1)).build());
    }
}
