package org.jalchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import org.jalchemy.engine.Engine;
import org.jalchemy.orm.exc.DetachedInstanceError;
import org.jalchemy.orm.model.User;
import org.jalchemy.orm.state.InstanceState.Status;
import org.jalchemy.orm.state.OwnerLink;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;

/**
 * Expire-all (commit, rollback) and expunge-all (close) reach each object lazily, the next time it is used:
 * these pin that the result is what visiting every object at once gave.
 */
class ExpireAllTest {
    @DatabaseTest
    void anObjectUntouchedAcrossSeveralCommitsStillReloads(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = SessionTest.setUp(engine);
        try (Session session = maker.get()) {
            User ed = new User("ed", "Ed", null);
            session.add(ed);
            session.commit();
            assertThat(ed.getName()).isEqualTo("ed");
            session.commit();
            session.commit();
            LifecycleTest.behindTheSessionsBack(db, "UPDATE users SET name = 'edward'");
            assertThat(Orm.inspect(ed).hasExpired()).isTrue();
            assertThat(ed.getName()).isEqualTo("edward");
            assertThat(Orm.inspect(ed).hasExpired()).isFalse();
        }
    }

    @DatabaseTest
    void anExpireAllBeforeAFlushLeavesThePendingObjectLoaded(Engine engine) {
        SessionMaker maker = SessionTest.setUp(engine);
        try (Session session = maker.get()) {
            User ed = new User("ed", "Ed", null);
            session.add(ed);
            session.expireAll(); // pending objects have nothing to expire
            session.flush();
            assertThat(Orm.inspect(ed).status()).isEqualTo(Status.PERSISTENT);
            assertThat(Orm.inspect(ed).hasExpired()).isFalse();
            session.commit();
            assertThat(Orm.inspect(ed).hasExpired()).isTrue();
        }
    }

    @DatabaseTest
    void anUnflushedChangeIsDiscardedByAnExpireAll(Engine engine) {
        SessionMaker maker = SessionTest.setUp(engine);
        try (Session session = maker.get()) {
            User ed = new User("ed", "Ed", null);
            session.add(ed);
            session.commit();
            ed.setName("changed");
            session.expireAll();
            assertThat(ed.getName()).isEqualTo("ed");
            session.commit();
            assertThat(session.query(User.class).filterBy("name", "ed").count()).isEqualTo(1);
        }
    }

    @DatabaseTest
    void closeDetachesLoadedAndExpiredObjectsAndFreesPendingOnes(Engine engine) {
        SessionMaker maker = SessionTest.setUp(engine);
        User ed = new User("ed", "Ed", null);
        User loadedOnly = new User("wendy", "Wendy", null);
        User pending = new User("mary", "Mary", null);
        Session session = maker.get();
        session.add(ed);
        session.add(loadedOnly);
        session.commit(); // both expired
        assertThat(loadedOnly.getName()).isEqualTo("wendy"); // reloaded
        session.add(pending);
        session.close();
        assertThat(Orm.inspect(ed).status()).isEqualTo(Status.DETACHED);
        assertThat(Orm.inspect(loadedOnly).status()).isEqualTo(Status.DETACHED);
        assertThat(Orm.inspect(pending).status()).isEqualTo(Status.TRANSIENT);
        assertThatThrownBy(ed::getName).isInstanceOf(DetachedInstanceError.class);
        assertThat(loadedOnly.getName()).isEqualTo("wendy"); // loaded values stay readable
        // the closed session is reusable, and its old objects can join another session
        session.add(pending);
        session.commit();
        try (Session other = maker.get()) {
            other.add(ed);
            assertThat(ed.getName()).isEqualTo("ed");
            assertThat(other.query(User.class).count()).isEqualTo(3);
        }
        session.close();
    }

    /** Collects until an object nobody references is gone (a full collection), at most a few times. */
    private static void collectGarbage() {
        WeakReference<Object> canary = new WeakReference<>(new Object());
        for (int i = 0; i < 10 && canary.get() != null; i++) {
            System.gc();
        }
        System.gc();
    }

    /**
     * Review s3: every commit that finds a used link retires it to a successor, and a state that has not synced
     * still points at its old link, which points at the next... An object loaded once and not touched since (a
     * long-lived session's reference data) keeps every link retired after it alive: memory grows with the number
     * of commits (the eager pass kept nothing), and that state's next use walks the whole chain.
     */
    @DatabaseTest
    void retiredLinksAreNotKeptAliveByAnObjectUntouchedSinceLoading(Engine engine) {
        SessionMaker maker = SessionTest.setUp(engine);
        try (Session session = maker.get()) {
            User untouched = new User("config", "Loaded once", null);
            User busy = new User("busy", "Used every transaction", null);
            session.add(untouched);
            session.add(busy);
            session.commit();
            List<WeakReference<OwnerLink>> retired = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                busy.getName(); // reloads, attaching through the current link
                retired.add(new WeakReference<>(session.reference()));
                session.commit(); // retires that link
            }
            collectGarbage();
            // expire-all advances the session's one link: no per-commit object exists for an old state to retain
            long alive = retired.stream().map(WeakReference::get).filter(java.util.Objects::nonNull)
                    .map(System::identityHashCode).distinct().count();
            assertThat(alive).as("distinct links still reachable after 200 commits").isLessThanOrEqualTo(2);
            assertThat(untouched.getName()).isEqualTo("config");
        }
    }
}
