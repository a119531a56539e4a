package org.jalchemy.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Jalchemy.select;
import static org.jalchemy.Jalchemy.text;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.jalchemy.Jalchemy;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.engine.EngineOptions;
import org.jalchemy.exc.JalchemyException;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;
import org.jalchemy.types.SqlTypes;

/**
 * reliability.md P2 (many threads, a small pool), P7 (dispose while threads wait), C1 (one engine, mixed
 * work from many threads), I1 (Unicode round trips, emoji into a 3-byte MariaDB column) and I6 (an IN list
 * past the database's bind limit). Every wait here is bounded.
 */
class ConcurrencyAndLimitsTest {

    /** P2: 32 threads x 100 checkouts with 0-3 ms of work each through a 5 + 10 pool. */
    @DatabaseTest(only = {"postgresql", "mariadb"})
    void manyThreadsThroughASmallPoolNeitherDeadlockNorLeak(TestDatabase db) throws Exception {
        Engine engine = Jalchemy.createEngine(db.url(),
                EngineOptions.builder().poolSize(5).maxOverflow(10).poolTimeout(Duration.ofSeconds(30)).build());
        AtomicInteger inUse = new AtomicInteger();
        AtomicInteger peak = new AtomicInteger();
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 32; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        try (Connection c = engine.connect()) {
                            peak.accumulateAndGet(inUse.incrementAndGet(), Math::max);
                            c.execute(text("SELECT 1")).all();
                            Thread.sleep(ThreadLocalRandom.current().nextInt(4));
                            inUse.decrementAndGet();
                        } catch (Throwable e) {
                            errors.add(e);
                        }
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(120, TimeUnit.SECONDS);
            }
            assertThat(errors).isEmpty();
            assertThat(peak.get()).isLessThanOrEqualTo(15);
            assertThat(engine.checkedOut()).isZero();
        } finally {
            pool.shutdownNow();
            engine.dispose();
        }
    }

    /** P7: dispose() while ten threads wait for the only connection: each gets one or a clean error, in time. */
    @DatabaseTest(only = {"postgresql", "mariadb"})
    void disposeWhileThreadsWaitHangsNobody(TestDatabase db) throws Exception {
        Engine engine = Jalchemy.createEngine(db.url(),
                EngineOptions.builder().poolSize(1).maxOverflow(0).poolTimeout(Duration.ofSeconds(3)).build());
        Connection held = engine.connect();
        held.execute(text("SELECT 1")).all();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch started = new CountDownLatch(10);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int t = 0; t < 10; t++) {
                outcomes.add(pool.submit(() -> {
                    started.countDown();
                    try (Connection c = engine.connect()) {
                        c.execute(text("SELECT 1")).all();
                        return "connected";
                    } catch (JalchemyException e) {
                        return "error: " + e.getClass().getSimpleName();
                    }
                }));
            }
            started.await(5, TimeUnit.SECONDS);
            Thread.sleep(200);
            long start = System.nanoTime();
            engine.dispose();
            held.close();
            for (Future<String> f : outcomes) {
                // pool_timeout is 3 s: nobody may wait much past it
                assertThat(f.get(6, TimeUnit.SECONDS)).matches("connected|error: \\w+");
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
            try (Connection c = engine.connect()) {
                assertThat(c.execute(text("SELECT 1")).scalar(Integer.class)).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
            engine.dispose();
        }
    }

    /** C1: one engine, 8 threads of mixed Core writes and reads for about 2 s; every row accounted for. */
    @DatabaseTest
    void oneEngineManyThreadsMixedCoreWork(Engine engine, TestDatabase db) throws Exception {
        MetaData md = new MetaData();
        Table t = new Table("c1", md, Column.of("id", SqlTypes.INTEGER).primaryKey(),
                Column.of("thread", SqlTypes.INTEGER), Column.of("n", SqlTypes.INTEGER));
        md.createAll(engine);
        // SQLite allows one writer at a time: its threads wait on the lock (busy timeout) instead of failing
        int threads = db.is("sqlite") ? 4 : 8;
        long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger written = new AtomicInteger();
        try {
            List<Future<Integer>> counts = new ArrayList<>();
            for (int th = 0; th < threads; th++) {
                int me = th;
                counts.add(pool.submit(() -> {
                    int mine = 0;
                    while (System.nanoTime() < until) {
                        int base = me * 1_000_000 + mine * 10;
                        List<Map<String, Object>> rows = IntStream.range(0, 10)
                                .mapToObj(k -> Map.<String, Object>of("id", base + k, "thread", me, "n", k)).toList();
                        engine.begin(c -> c.execute(t.insert(), rows));
                        mine++;
                        try (Connection c = engine.connect()) {
                            long seen = c.execute(select(Jalchemy.func.count()).selectFrom(t)
                                    .where(t.c("thread").eq(me))).scalar(Long.class);
                            assertThat(seen).isEqualTo(mine * 10L);
                        }
                    }
                    written.addAndGet(mine * 10);
                    return mine;
                }));
            }
            for (Future<Integer> f : counts) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isPositive();
            }
            try (Connection c = engine.connect()) {
                assertThat(c.execute(select(Jalchemy.func.count()).selectFrom(t)).scalar(Long.class))
                        .isEqualTo(written.get());
            }
            assertThat(engine.checkedOut()).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    /** I1: BMP, combining marks, right-to-left text and an emoji round trip byte for byte. */
    @DatabaseTest
    void unicodeRoundTripsExactly(Engine engine) {
        MetaData md = new MetaData();
        Table t = new Table("i1", md, Column.of("id", SqlTypes.INTEGER).primaryKey(), Column.of("s", SqlTypes.string(100)),
                Column.of("body", SqlTypes.TEXT));
        md.createAll(engine);
        List<String> values = List.of("\u00e9t\u00e9", "e\u0301te\u0301", "\u05e9\u05dc\u05d5\u05dd",
                "\u0645\u0631\u062d\u0628\u0627", "\u4e2d\u6587", "\uD83D\uDE00 grin", "\uD834\uDD1E clef");
        try (Connection c = engine.connect()) {
            for (int i = 0; i < values.size(); i++) {
                c.execute(t.insert().values(Map.of("id", i, "s", values.get(i), "body", values.get(i))));
            }
            c.commit();
            for (int i = 0; i < values.size(); i++) {
                var row = c.execute(select(t.c("s"), t.c("body")).where(t.c("id").eq(i))).one();
                assertThat(row.get(0)).isEqualTo(values.get(i));
                assertThat(row.get(1)).isEqualTo(values.get(i));
            }
        }
    }

    /** I1 on MariaDB: an emoji into a 3-byte utf8mb3 column is a clear DataError, never a silent '?'. */
    @DatabaseTest(only = "mariadb")
    void anEmojiIntoAThreeByteColumnIsADataError(Engine engine) {
        engine.begin(c -> c.execute(text("CREATE TABLE i1b (id INTEGER PRIMARY KEY, s VARCHAR(20)"
                + " CHARACTER SET utf8mb3)")));
        try (Connection c = engine.connect()) {
            assertThatThrownBy(() -> c.execute(text("INSERT INTO i1b (id, s) VALUES (1, :s)"),
                    Map.of("s", "\uD83D\uDE00")))
                    .isInstanceOf(org.jalchemy.exc.DataError.class);
            c.rollback();
            assertThat(c.execute(text("SELECT count(*) FROM i1b")).scalar(Integer.class)).isZero();
        }
    }

    /**
     * I6: an IN list of 70,000 values gives the right count where the driver takes that many binds (SQLite,
     * MariaDB's client-side prepare); PostgreSQL's protocol stops at 65,535, which must be a clear
     * {@code DataError} that leaves the connection usable, with a message of bounded size.
     */
    @DatabaseTest
    void aSeventyThousandValueInListIsRightOrAClearError(Engine engine, TestDatabase db) {
        MetaData md = new MetaData();
        Table t = new Table("i6", md, Column.of("id", SqlTypes.INTEGER).primaryKey());
        md.createAll(engine);
        engine.begin(c -> c.execute(t.insert(), IntStream.range(0, 100)
                .mapToObj(i -> Map.<String, Object>of("id", i * 1000)).toList()));
        List<Integer> many = IntStream.range(0, 70_000).boxed().toList();
        try (Connection c = engine.connect()) {
            var stmt = select(Jalchemy.func.count()).selectFrom(t).where(t.c("id", Integer.class).in(many));
            if (db.is("postgresql")) {
                assertThatThrownBy(() -> c.execute(stmt))
                        .isInstanceOfSatisfying(org.jalchemy.exc.DataError.class, e -> {
                            assertThat(e.connectionInvalidated()).isFalse();
                            assertThat(e.getMessage()).contains("65,535").hasSizeLessThan(20_000);
                            assertThat(e.sql()).hasSizeGreaterThan(140_000);
                        });
                c.rollback();
            } else {
                assertThat(c.execute(stmt).scalar(Long.class)).isEqualTo(70L);
            }
            assertThat(c.execute(select(Jalchemy.func.count()).selectFrom(t)
                    .where(t.c("id", Integer.class).in(many.subList(0, 30_000)))).scalar(Long.class)).isEqualTo(30L);
        }
    }
}
