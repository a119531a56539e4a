package org.jalchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Statement;
import org.jalchemy.engine.Engine;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.orm.exc.ObjectDeletedError;
import org.jalchemy.orm.exc.StaleDataError;
import org.jalchemy.orm.model.User;
import org.jalchemy.orm.state.InstanceState.Status;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;

class LifecycleTest {
    static void deleteBehindTheSessionsBack(TestDatabase db) throws Exception {
        behindTheSessionsBack(db, "DELETE FROM users");
    }

    /** Runs {@code sql} on a connection of its own, committed, as another program would. */
    static void behindTheSessionsBack(TestDatabase db, String sql) throws Exception {
        try (java.sql.Connection c = db.openDirect(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
    }

    @DatabaseTest
    void statusesFollowSqlalchemy(Engine engine) {
        SessionMaker maker = SessionTest.setUp(engine);
        User ed = new User("ed", "Ed", null);
        assertThat(Orm.inspect(ed).status()).isEqualTo(Status.TRANSIENT);
        Session session = maker.get();
        session.add(ed);
        assertThat(Orm.inspect(ed).status()).isEqualTo(Status.PENDING);
        session.flush();
        assertThat(Orm.inspect(ed).status()).isEqualTo(Status.PERSISTENT);
        session.commit();
        session.close();
        assertThat(Orm.inspect(ed).status()).isEqualTo(Status.DETACHED);
        try (Session other = maker.get()) {
            other.add(ed); // a detached object comes back persistent and reloads on access
            assertThat(ed.getName()).isEqualTo("ed");
            assertThat(other.get(User.class, 1L)).isSameAs(ed);
            assertThatThrownBy(() -> maker.get().add(ed)).isInstanceOf(InvalidRequestError.class)
                    .hasMessageContaining("already attached");
        }
    }

    @DatabaseTest
    void reloadOfADeletedRowRaisesObjectDeletedError(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = SessionTest.setUp(engine);
        try (Session session = maker.get()) {
            User ed = new User("ed", "Ed", null);
            session.add(ed);
            session.commit();
            deleteBehindTheSessionsBack(db);
            assertThatThrownBy(ed::getName).isInstanceOf(ObjectDeletedError.class)
                    .hasMessageContaining("has been deleted, or its row is otherwise not present");
        }
    }

    @DatabaseTest
    void updateOfAVanishedRowRaisesStaleDataError(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = new SessionMaker(engine).expireOnCommit(false);
        SessionTest.setUp(engine);
        try (Session session = maker.get()) {
            User ed = new User("ed", "Ed", null);
            session.add(ed);
            session.commit();
            deleteBehindTheSessionsBack(db);
            ed.setName("eddie");
            assertThatThrownBy(session::commit).isInstanceOf(StaleDataError.class)
                    .hasMessage("UPDATE statement on table 'users' expected to update 1 row(s); 0 were matched.");
            session.rollback();
        }
    }

    @DatabaseTest
    void withoutExpireOnCommitObjectsStayLoadedAfterClose(Engine engine) {
        SessionTest.setUp(engine);
        SessionMaker maker = new SessionMaker(engine).expireOnCommit(false).autoflush(false);
        User ed = new User("ed", "Ed", null);
        try (Session session = maker.get()) {
            session.add(ed);
            session.commit();
            session.add(new User("wendy", "W", null));
            assertThat(session.query(User.class).count()).isEqualTo(1); // no autoflush
        }
        assertThat(ed.getName()).isEqualTo("ed");
    }

    @DatabaseTest
    void inTransactionCommitsOrRollsBack(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = SessionTest.setUp(engine);
        try (Session session = maker.get()) {
            session.inTransaction(s -> s.add(new User("ed", "Ed", null)));
            assertThatThrownBy(() -> session.inTransaction(s -> {
                s.add(new User("wendy", "W", null));
                s.flush();
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
        }
        assertThat(SessionTest.count(db, "users")).isEqualTo(1);
    }

    @DatabaseTest
    void explicitBeginCommitsOnlyWhenAsked(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = SessionTest.setUp(engine);
        try (Session session = maker.get()) {
            try (SessionTransaction tx = session.begin()) {
                session.add(new User("ed", "Ed", null));
                assertThatThrownBy(session::begin).isInstanceOf(InvalidRequestError.class);
                tx.commit();
            }
            try (SessionTransaction tx = session.begin()) {
                session.add(new User("wendy", "W", null));
                session.flush();
            }
            assertThat(session.newObjects()).isEmpty();
        }
        assertThat(SessionTest.count(db, "users")).isEqualTo(1);
    }

    @org.jalchemy.orm.mapping.Entity("with_server_default")
    public static class Ticket {
        @org.jalchemy.orm.mapping.Id
        Integer id;
        @org.jalchemy.orm.mapping.MappedColumn(length = 10, serverDefault = "open")
        String status;

        public String getStatus() {
            return status;
        }
    }

    @DatabaseTest
    void serverDefaultsAreLoadedOnFirstAccessAfterInsert(Engine engine) {
        Registry registry = new Registry();
        registry.map(Ticket.class);
        registry.metadata().createAll(engine);
        try (Session session = new SessionMaker(engine).expireOnCommit(false).get()) {
            Ticket t = new Ticket();
            session.add(t);
            session.flush();
            assertThat(Orm.inspect(t).hasExpired()).isTrue();
            assertThat(t.getStatus()).isEqualTo("open");
            session.commit();
        }
    }

    @DatabaseTest
    void rollbackMakesFlushedNewObjectsTransientAgain(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = SessionTest.setUp(engine);
        User ed = new User("ed", "Ed", null);
        try (Session session = maker.get()) {
            session.add(ed);
            session.flush();
            assertThat(ed.getId()).isNotNull();
            session.rollback();
            assertThat(Orm.inspect(ed).status()).isEqualTo(Status.TRANSIENT);
            assertThat(ed.getId()).isNull();
            assertThat(ed.getName()).isEqualTo("ed");
            session.add(ed);
            session.commit();
        }
        assertThat(SessionTest.count(db, "users")).isEqualTo(1);
    }

    @DatabaseTest
    void aWriteOfTheSameValueDoesNotHideALaterChange(Engine engine, TestDatabase db) throws Exception {
        SessionTest.setUp(engine);
        SessionMaker maker = new SessionMaker(engine).expireOnCommit(false);
        try (Session session = maker.get()) {
            User ed = new User("ed", "Ed", null);
            session.add(ed);
            session.commit();
            ed.setName("ed");
            session.flush(); // nothing changed: no UPDATE
            ed.setName("eddie");
            session.commit();
        }
        try (java.sql.Connection c = db.openDirect(); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT name FROM users")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("eddie");
        }
    }

    @org.jalchemy.orm.mapping.Entity("with_onupdate")
    public static class Note {
        @org.jalchemy.orm.mapping.DefaultFor(value = "revision", onUpdate = true)
        static final java.util.function.Supplier<Integer> BUMP = () -> 2;

        @org.jalchemy.orm.mapping.Id
        Integer id;
        String text;
        Integer revision = 1;

        public Integer getRevision() {
            return revision;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    @DatabaseTest
    void onupdateDefaultIsSetOnFlushedUpdates(Engine engine) {
        Registry registry = new Registry();
        registry.map(Note.class);
        registry.metadata().createAll(engine);
        try (Session session = new Session(engine)) {
            Note n = new Note();
            session.add(n);
            session.commit();
            assertThat(n.getRevision()).isEqualTo(1);
            n.setText("changed");
            session.commit();
            assertThat(n.getRevision()).isEqualTo(2);
        }
    }
}
