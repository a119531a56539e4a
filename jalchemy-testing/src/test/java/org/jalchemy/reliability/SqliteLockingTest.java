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

/** reliability.md S1: a second SQLite writer waits for the busy timeout, then gets a clear OperationalError. */
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
}
