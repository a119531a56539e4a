package org.jalchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.Jalchemy.text;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jalchemy.Jalchemy;
import org.jalchemy.engine.Engine;
import org.jalchemy.exc.OperationalError;
import org.jalchemy.orm.VersioningTest.Counter;
import org.jalchemy.orm.exc.StaleDataError;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;

/**
 * reliability.md S3 (and S2's failure, seen from the ORM): eight threads increment one counter row through their own
 * sessions on a SQLite file in WAL mode. With {@code transaction_mode=IMMEDIATE} every transaction takes the write
 * lock at BEGIN, waits its turn within the busy timeout, and no increment is lost or fails. With SQLite's default
 * DEFERRED transactions a writer whose snapshot is older than the last commit fails at once (SQLITE_BUSY_SNAPSHOT:
 * waiting cannot help it), as an {@link OperationalError} the caller may retry; what did commit is still counted
 * exactly once. SQLite only: these are SQLite's own locking modes.
 */
class SqliteWritersTest {
    private static final int THREADS = 8;
    private static final int INCREMENTS = 200;

    @DatabaseTest(only = "sqlite")
    void immediateTransactionsLoseNoIncrementAndFailNone(TestDatabase db) throws Exception {
        Outcome o = run(db, "IMMEDIATE");
        assertThat(o.failures).isEmpty();
        assertThat(o.hits).isEqualTo(THREADS * INCREMENTS);
    }

    @DatabaseTest(only = "sqlite")
    void deferredTransactionsFailSomeWritersClearlyAndCountEveryCommitOnce(TestDatabase db) throws Exception {
        Outcome o = run(db, "DEFERRED");
        assertThat(o.hits).isEqualTo(o.committed);
        assertThat(o.failures).allSatisfy(f -> assertThat(f).isInstanceOfAny(OperationalError.class, StaleDataError.class));
        // every attempt either committed or failed cleanly
        assertThat(o.committed + o.failures.size()).isEqualTo(THREADS * INCREMENTS);
    }

    private record Outcome(long hits, int committed, List<Throwable> failures) {
    }

    private static Outcome run(TestDatabase db, String mode) throws Exception {
        Engine engine = Jalchemy.createEngine(db.url().withQueryParameter("journal_mode", "WAL")
                .withQueryParameter("synchronous", "NORMAL").withQueryParameter("transaction_mode", mode)
                .withQueryParameter("busy_timeout", "10000"));
        try {
            VersioningTest.REGISTRY.createAll(engine);
            engine.begin(c -> c.execute(text("INSERT INTO versioned_counters (id, hits, version) VALUES (1, 0, 0)")));
            SessionMaker maker = new SessionMaker().configure(engine);
            AtomicInteger committed = new AtomicInteger();
            List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    done.add(pool.submit(() -> {
                        for (int i = 0; i < INCREMENTS; i++) {
                            try (Session s = maker.get()) {
                                Counter c = s.get(Counter.class, 1);
                                c.setHits(c.getHits() + 1);
                                s.commit();
                                committed.incrementAndGet();
                            } catch (RuntimeException e) {
                                failures.add(e);
                            }
                        }
                    }));
                }
                for (Future<?> f : done) {
                    f.get(120, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            long hits = engine.inTransaction(c -> c.execute(text("SELECT hits FROM versioned_counters WHERE id = 1"))
                    .scalar(Long.class));
            System.out.println("S3 " + mode + ": " + committed.get() + " committed, " + failures.size() + " failed");
            return new Outcome(hits, committed.get(), failures);
        } finally {
            engine.dispose();
        }
    }
}
