package org.jalchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Jalchemy.text;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jalchemy.engine.Engine;
import org.jalchemy.exc.DBAPIError;
import org.jalchemy.exc.PendingRollbackError;
import org.jalchemy.orm.model.User;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;

/**
 * reliability.md C2 (one Session, two threads), T2 (a failed flush inside a savepoint), T3 (the connection lost
 * between flush and COMMIT), T4 (a large flush with server-generated keys gives every object its own row's key) and C3
 * (a scoped session is one session per thread, the same within a thread, and {@code remove()} gives the
 * connection back).
 */
class OrmReliabilityTest {

    /** T4: 10,000 users in one flush; each object's id must select back the row with that object's payload. */
    @DatabaseTest
    void everyObjectGetsTheKeyOfItsOwnRow(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = SessionTest.setUp(engine);
        List<User> users = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            // payloads in an order unrelated to insertion order, so a key handed to the wrong object shows
            users.add(new User("u" + ((i * 7919) % 10_000), "full " + i, null));
        }
        Map<Integer, String> expected = new java.util.HashMap<>();
        try (Session session = maker.get()) {
            session.addAll(users);
            session.flush();
            for (User u : users) {
                assertThat(expected.put(u.getId(), u.getName() + "|" + u.getFullname())).isNull();
            }
            session.commit();
        }
        int checked = 0;
        try (java.sql.Connection c = db.openDirect();
             PreparedStatement ps = c.prepareStatement("SELECT id, name, fullname FROM users");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                assertThat(expected.get(rs.getInt(1))).isEqualTo(rs.getString(2) + "|" + rs.getString(3));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(10_000);
    }

    /**
     * T3: the server ends the session's connection between its flush and COMMIT. commit() raises a disconnect and
     * nothing of the transaction is in the database; until rollback() the session refuses work (it must not go on
     * as if the flushed objects were stored); after it they are transient again and the session works on a new
     * connection.
     */
    // servers only: ending one session's connection from outside takes pg_terminate_backend / KILL CONNECTION
    @DatabaseTest(only = {"postgresql", "mariadb"})
    void aConnectionLostBetweenFlushAndCommitLeavesNothingAndTheSessionSaysSo(Engine engine, TestDatabase db)
            throws Exception {
        SessionMaker maker = SessionTest.setUp(engine);
        List<User> users = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            users.add(new User("t3-" + i, "lost " + i, null));
        }
        try (Session session = maker.get()) {
            session.addAll(users);
            session.flush();
            assertThat(users).allSatisfy(u -> assertThat(u.getId()).isNotNull());
            endConnectionOnServer(session, db);

            assertThatThrownBy(session::commit).isInstanceOfSatisfying(DBAPIError.class,
                    e -> assertThat(e.connectionInvalidated()).isTrue());
            assertThatThrownBy(() -> session.query(User.class).count()).isInstanceOf(PendingRollbackError.class)
                    .hasMessageContaining("rollback()");
            assertThatThrownBy(session::commit).isInstanceOf(PendingRollbackError.class);

            session.rollback();
            assertThat(users).allSatisfy(u -> assertThat(session.contains(u)).isFalse());
            assertThat(session.query(User.class).count()).isZero();
            session.add(new User("after", "after the loss", null));
            session.commit();
        }
        assertThat(engine.checkedOut()).isZero();
        try (java.sql.Connection c = db.openDirect();
             PreparedStatement ps = c.prepareStatement("SELECT name FROM users");
             ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("after");
            assertThat(rs.next()).isFalse();
        }
    }

    /** T3 through {@code session.begin()}: a transaction whose COMMIT failed is rolled back when its block ends. */
    // servers only, as above
    @DatabaseTest(only = {"postgresql", "mariadb"})
    void aSessionTransactionWhoseCommitFailedRollsBackOnClose(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = SessionTest.setUp(engine);
        User lost = new User("t3-tx", "lost in a transaction", null);
        try (Session session = maker.get()) {
            try (SessionTransaction tx = session.begin()) {
                session.add(lost);
                session.flush();
                endConnectionOnServer(session, db);
                assertThatThrownBy(tx::commit).isInstanceOf(DBAPIError.class);
                assertThat(tx.isActive()).isTrue();
            }
            // the block's end rolled back: no rollback() needed, and the lost object is transient again
            assertThat(session.contains(lost)).isFalse();
            assertThat(session.query(User.class).count()).isZero();
        }
    }

    /** Ends the session's current connection from the server side, as an administrator would. */
    private static void endConnectionOnServer(Session session, TestDatabase db) throws Exception {
        long backend = session.execute(text(db.is("postgresql") ? "SELECT pg_backend_pid()" : "SELECT CONNECTION_ID()"))
                .scalar(Long.class);
        try (java.sql.Connection admin = db.target().openAdmin(); var s = admin.createStatement()) {
            s.execute(db.is("postgresql") ? "SELECT pg_terminate_backend(" + backend + ")" : "KILL CONNECTION " + backend);
        }
        Thread.sleep(100);
    }

    /** C3: 16 threads, each its own session (the same one on every call), and nothing leaked after remove(). */
    @DatabaseTest
    void aScopedSessionIsOnePerThreadAndRemoveGivesTheConnectionBack(Engine engine) throws Exception {
        SessionMaker maker = SessionTest.setUp(engine);
        ScopedSession scoped = new ScopedSession(maker::get);
        Map<Session, Boolean> distinct = new ConcurrentHashMap<>();
        CountDownLatch allHoldOne = new CountDownLatch(16);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Boolean>> sameWithinThread = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int me = t;
                sameWithinThread.add(pool.submit(() -> {
                    Session first = scoped.get();
                    distinct.put(first, true);
                    first.add(new User("t" + me, "thread " + me, null));
                    allHoldOne.countDown();
                    allHoldOne.await(30, TimeUnit.SECONDS);
                    boolean same = scoped.get() == first;
                    scoped.get().commit();
                    scoped.remove();
                    return same && scoped.get() != first;
                }));
            }
            for (Future<Boolean> f : sameWithinThread) {
                assertThat(f.get(60, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(distinct).hasSize(16);
        } finally {
            pool.shutdownNow();
        }
        assertThat(engine.checkedOut()).isZero();
        try (Session s = maker.get()) {
            assertThat(s.query(User.class).count()).isEqualTo(16);
        }
    }

    /**
     * T6: on {@code sqlite://}, s1 flushes, s2 (same thread, same shared connection) queries and closes; s1's
     * flushed rows are still there and its commit keeps them (SQLAlchemy #8642 lost them silently).
     */
    @DatabaseTest(only = "sqlite")
    void closingASecondInMemorySessionKeepsTheFirstOnesFlushedRows() {
        Engine engine = org.jalchemy.Jalchemy.createEngine("sqlite://");
        try {
            SessionMaker maker = SessionTest.setUp(engine);
            try (Session s1 = maker.get()) {
                s1.add(new User("ed", "Ed Jones", null));
                s1.flush();
                try (Session s2 = maker.get()) {
                    assertThat(s2.query(User.class).count()).isEqualTo(1);
                }
                assertThat(s1.query(User.class).count()).isEqualTo(1);
                s1.commit();
            }
            try (Session s = maker.get()) {
                assertThat(s.query(User.class).count()).isEqualTo(1);
            }
        } finally {
            engine.dispose();
        }
    }

    /**
     * T2: a flush that fails inside {@code beginNested()} rolls back only the savepoint; the outer 999 rows
     * commit, the session stays usable, and the objects added inside the savepoint are expunged.
     */
    @DatabaseTest
    void aFailedFlushInsideASavepointRollsBackOnlyTheSavepoint(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = SessionTest.setUp(engine);
        try (Session session = maker.get()) {
            for (int i = 0; i < 999; i++) {
                session.add(new User("ok" + i, null, null));
            }
            session.flush();
            User inside = new User("inside", null, null);
            User bad = new User(null, "no name violates NOT NULL", null);
            try (SessionSavepoint sp = session.beginNested()) {
                session.add(inside);
                session.add(bad);
                org.assertj.core.api.Assertions.assertThatThrownBy(session::flush)
                        .isInstanceOf(org.jalchemy.exc.IntegrityError.class);
                assertThat(sp.isActive()).isFalse();
            }
            assertThat(session.contains(inside)).isFalse();
            assertThat(session.query(User.class).count()).isEqualTo(999);
            session.commit();
        }
        assertThat(SessionTest.count(db, "users")).isEqualTo(999);
    }

    /** A listener that, inside each flush, says so on {@code inside} and then waits for {@code release}. */
    private static SessionListener pauseInFlush(CountDownLatch inside, CountDownLatch release) {
        return new SessionListener() {
            @Override
            public void beforeFlush(Session s) {
                inside.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }

    /**
     * C2: while one thread is inside a flush, a second thread using the same Session gets a clear
     * InvalidRequestError; the first finishes and its rows are all there.
     */
    @DatabaseTest
    void aSessionUsedByTwoThreadsAtOnceRefusesTheSecond(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = SessionTest.setUp(engine);
        CountDownLatch insideFlush = new CountDownLatch(1);
        CountDownLatch secondTried = new CountDownLatch(1);
        try (Session session = maker.get()) {
            session.listen(pauseInFlush(insideFlush, secondTried));
            for (int i = 0; i < 10; i++) {
                session.add(new User("c2-" + i, null, null));
            }
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<?> flushing = pool.submit(session::flush);
                assertThat(insideFlush.await(10, TimeUnit.SECONDS)).isTrue();
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> session.query(User.class).all())
                        .isInstanceOf(org.jalchemy.exc.InvalidRequestError.class)
                        .hasMessageContaining("concurrent operations are not permitted");
                secondTried.countDown();
                flushing.get(30, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }
            assertThat(session.query(User.class).count()).isEqualTo(10);
            session.commit();
        }
        assertThat(SessionTest.count(db, "users")).isEqualTo(10);
    }

    /**
     * C2, attribute access: a getter that must reload an expired attribute is a session operation too, so it is
     * refused while another thread is inside the session, and works again after.
     */
    @DatabaseTest
    void aReloadThroughAGetterIsRefusedWhileAnotherThreadIsInside(Engine engine) throws Exception {
        SessionMaker maker = SessionTest.setUp(engine);
        CountDownLatch insideFlush = new CountDownLatch(1);
        CountDownLatch secondTried = new CountDownLatch(1);
        try (Session session = maker.get()) {
            User ed = new User("ed", "Ed", null);
            session.add(ed);
            session.commit(); // ed is expired now
            session.listen(pauseInFlush(insideFlush, secondTried));
            session.add(new User("wendy", null, null));
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<?> flushing = pool.submit(session::flush);
                assertThat(insideFlush.await(10, TimeUnit.SECONDS)).isTrue();
                org.assertj.core.api.Assertions.assertThatThrownBy(ed::getName)
                        .isInstanceOf(org.jalchemy.exc.InvalidRequestError.class)
                        .hasMessageContaining("concurrent operations are not permitted");
                secondTried.countDown();
                flushing.get(30, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }
            assertThat(ed.getName()).isEqualTo("ed");
            session.commit();
        }
    }

    /**
     * Savepoints end with what encloses them: releasing an outer savepoint, the transaction's commit or the
     * session's close leaves none of them reporting active, and a reused session's failed flush is a plain
     * full rollback with no stale savepoint in the way.
     */
    @DatabaseTest
    void savepointsEndWithWhatEnclosesThem(Engine engine) {
        SessionMaker maker = SessionTest.setUp(engine);
        try (Session session = maker.get()) {
            SessionSavepoint sp1 = session.beginNested();
            SessionSavepoint sp2 = session.beginNested();
            sp1.commit();
            assertThat(sp2.isActive()).isFalse();
            SessionSavepoint sp3 = session.beginNested();
            session.commit();
            assertThat(sp3.isActive()).isFalse();
            SessionSavepoint sp4 = session.beginNested();
            session.close();
            assertThat(sp4.isActive()).isFalse();
            session.add(new User(null, "violates NOT NULL", null));
            org.assertj.core.api.Assertions.assertThatThrownBy(session::flush)
                    .isInstanceOf(org.jalchemy.exc.IntegrityError.class)
                    .satisfies(e -> assertThat(e.getSuppressed()).isEmpty());
            session.rollback();
            assertThat(session.query(User.class).count()).isZero();
        }
    }
}
