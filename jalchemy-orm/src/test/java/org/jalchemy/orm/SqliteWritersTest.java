package org.jalchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.OperationalError;
import org.jalchemy.orm.VersioningTest.Counter;
import org.jalchemy.orm.exc.StaleDataError;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;

/**
 * reliability.md S2 (and S3's DEFERRED half) from the ORM: eight threads increment one versioned counter row through
 * their own sessions on a SQLite file in WAL mode. SQLite's DEFERRED transactions take the write lock at the first
 * write; a writer whose snapshot is older than the last commit then fails at once (SQLITE_BUSY_SNAPSHOT: waiting
 * cannot help it), as an {@link OperationalError} the caller may retry, and what did commit is counted exactly once.
 * S3's IMMEDIATE half cannot run: sqlite-jdbc begins each transaction as soon as the previous one ends, so IMMEDIATE
 * would keep the write lock on every idle pooled connection, and the dialect refuses it (tested below).
 * SQLite only: these are SQLite's own locking modes.
 */
class SqliteWritersTest {
    private static final int THREADS = 8;
    private static final int INCREMENTS = 200;

    @DatabaseTest(only = "sqlite")
    void immediateTransactionsAreRefusedWithTheReason(TestDatabase db) {
        assertThatThrownBy(() -> Jalchemy.createEngine(db.url().withQueryParameter("transaction_mode", "IMMEDIATE")))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("transaction_mode=IMMEDIATE")
                .hasMessageContaining("write lock while idle");
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
            System.out.println("S2 " + mode + ": " + committed.get() + " committed, " + failures.size() + " failed");
            return new Outcome(hits, committed.get(), failures);
        } finally {
            engine.dispose();
        }
    }
}
