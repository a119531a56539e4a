package org.jalchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Jalchemy.desc;
import static org.jalchemy.Jalchemy.or;
import static org.jalchemy.Jalchemy.select;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jalchemy.engine.Engine;
import org.jalchemy.exc.IntegrityError;
import org.jalchemy.exc.PendingRollbackError;
import org.jalchemy.orm.exc.DetachedInstanceError;
import org.jalchemy.orm.model.Address;
import org.jalchemy.orm.model.Models;
import org.jalchemy.orm.model.User;
import org.jalchemy.orm.state.InstanceState;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;

class SessionTest {
    static SessionMaker setUp(Engine engine) {
        Models.REGISTRY.createAll(engine);
        return new SessionMaker().configure(engine);
    }

    static List<User> seedUsers() {
        return List.of(new User("ed", "Ed Jones", LocalDateTime.of(1989, 7, 1, 0, 0)),
                new User("wendy", "Wendy Williams", LocalDateTime.of(1983, 4, 1, 0, 0)),
                new User("mary", "Mary Contrary", LocalDateTime.of(1990, 1, 30, 0, 0)),
                new User("fred", "Fred Flinstone", LocalDateTime.of(1977, 3, 12, 0, 0)),
                new User("justin", "Justin Bieber", null));
    }

    static long count(TestDatabase db, String table) throws Exception {
        try (java.sql.Connection c = db.openDirect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @DatabaseTest
    void addCommitAssignsGeneratedKeysInBulk(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = setUp(engine);
        List<User> users = seedUsers();
        try (Session session = maker.get()) {
            session.addAll(users);
            assertThat(session.newObjects()).hasSize(5);
            session.flush();
            assertThat(users).extracting(User::getId).doesNotContainNull().isSorted().doesNotHaveDuplicates();
            session.commit();
        }
        assertThat(count(db, "users")).isEqualTo(5);
    }

    @DatabaseTest
    void basicQueriesMatchTheSeed(Engine engine) {
        SessionMaker maker = setUp(engine);
        try (Session session = maker.get()) {
            session.addAll(seedUsers());
            session.commit();
            assertThat(session.query(User.class).orderBy(User.ID).all()).extracting(User::getName)
                    .containsExactly("ed", "wendy", "mary", "fred", "justin");
            assertThat(session.query(User.class).orderBy(desc(User.ID)).all()).extracting(User::getName)
                    .containsExactly("justin", "fred", "mary", "wendy", "ed");
            User wendy = session.query(User.class).filter(User.NAME.eq("wendy")).first();
            assertThat(session.query(User.class).filter(User.ID.eq(wendy.getId())).one()).isSameAs(wendy);
            assertThat(session.query(User.class).filter(User.NAME.in(List.of("ed", "wendy"))).count()).isEqualTo(2);
            assertThat(session.query(User.class).filter(User.NAME.in(List.of("ed", "wendy")).not()).count()).isEqualTo(3);
            assertThat(session.query(User.class).filter(User.NAME.notIn(List.of("ed"))).count()).isEqualTo(4);
            assertThat(session.query(User.class).filter(User.NAME.eq("ed"), User.FULLNAME.eq("Ed Jones")).one().getName())
                    .isEqualTo("ed");
            assertThat(session.query(User.class).filter(or(User.NAME.eq("ed"), User.NAME.eq("wendy"))).all()).hasSize(2);
            assertThat(session.query(User.class).filter(User.BIRTH.isNull()).one().getName()).isEqualTo("justin");
            assertThat(session.query(User.class).filter(User.BIRTH.isNotNull()).count()).isEqualTo(4);
            assertThat(session.query(User.class).filter(User.NAME.like("%ed%")).orderBy("id").all())
                    .extracting(User::getName).containsExactly("ed", "fred");
            assertThat(session.query(User.class).filterBy("name", "mary").oneOrNone().getFullname()).isEqualTo("Mary Contrary");
            assertThat(session.query(User.class).orderBy(User.ID).limit(2).offset(1).all()).extracting(User::getName)
                    .containsExactly("wendy", "mary");
            assertThat(session.query(User.class).orderBy(User.ID).limit(2).offset(1).count()).isEqualTo(2);
            assertThat(session.query(User.class).orderBy(User.ID).offset(3).count()).isEqualTo(2);
            assertThat(session.scalars(Orm.select(User.class).where(User.NAME.eq("fred"))).one().getFullname())
                    .isEqualTo("Fred Flinstone");
            assertThat(session.execute(Orm.select(User.class).orderBy(User.BIRTH)).scalars().all()).hasSize(5);
            assertThat(session.execute(select(User.NAME, User.FULLNAME).where(User.NAME.eq("ed"))).one().toList())
                    .containsExactly("ed", "Ed Jones");
        }
    }

    @DatabaseTest
    void identityMapAndGet(Engine engine) {
        SessionMaker maker = setUp(engine);
        try (Session session = maker.get()) {
            User ed = seedUsers().get(0);
            session.add(ed);
            session.commit();
            assertThat(session.get(User.class, ed.getId())).isSameAs(ed);
            assertThat(session.query(User.class).filterBy("name", "ed").one()).isSameAs(ed);
            assertThat(session.get(User.class, 999_999)).isNull();
        }
        try (Session other = maker.get()) {
            User loaded = other.query(User.class).one();
            assertThat(other.get(User.class, loaded.getId())).isSameAs(loaded);
            assertThat(Orm.inspect(loaded).status()).isEqualTo(InstanceState.Status.PERSISTENT);
        }
    }

    @DatabaseTest
    void changesAreFlushedOnCommitWithoutSave(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = setUp(engine);
        try (Session session = maker.get()) {
            session.addAll(seedUsers());
            session.commit();
            for (User u : session.query(User.class).all()) {
                u.setFullname(u.getName().toUpperCase());
            }
            User ed = session.query(User.class).filterBy("name", "ed").one();
            assertThat(session.isModified(ed)).isFalse(); // autoflushed by the query
            session.commit();
        }
        try (java.sql.Connection c = db.openDirect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT fullname FROM users ORDER BY id")) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            assertThat(names).containsExactly("ED", "WENDY", "MARY", "FRED", "JUSTIN");
        }
    }

    @DatabaseTest
    void deleteRelyingOnAutoflush(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = setUp(engine);
        try (Session session = maker.get()) {
            session.addAll(seedUsers());
            session.commit();
            User ed = session.query(User.class).filterBy("name", "ed").one();
            session.delete(ed);
            assertThat(session.query(User.class).filterBy("name", "ed").first()).isNull();
            assertThat(session.query(User.class).count()).isEqualTo(4);
            session.commit();
            assertThat(Orm.inspect(ed).status()).isEqualTo(InstanceState.Status.DETACHED);
        }
        assertThat(count(db, "users")).isEqualTo(4);
    }

    @DatabaseTest
    void expireOnCommitReloadsAndDetachedRaises(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = setUp(engine);
        Session session = maker.get();
        User ed = seedUsers().get(0);
        session.add(ed);
        session.commit();
        assertThat(Orm.inspect(ed).hasExpired()).isTrue();
        try (java.sql.Connection c = db.openDirect(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE users SET fullname = 'Edward' WHERE name = 'ed'");
            if (!c.getAutoCommit()) {
                c.commit();
            }
        }
        assertThat(ed.getFullname()).isEqualTo("Edward");
        session.commit();
        session.close();
        assertThatThrownBy(ed::getName).isInstanceOf(DetachedInstanceError.class)
                .hasMessageContaining("is not bound to a Session; attribute refresh operation cannot proceed");
        User wendy = seedUsers().get(1);
        try (Session s2 = maker.get()) {
            s2.add(wendy);
            s2.flush();
            assertThat(wendy.getName()).isEqualTo("wendy");
            s2.commit();
            assertThat(wendy.getName()).isEqualTo("wendy"); // reloaded while attached
        }
        assertThat(wendy.getName()).isEqualTo("wendy"); // loaded before close: still readable
    }

    @DatabaseTest
    void expireRefreshExpungeMerge(Engine engine) {
        SessionMaker maker = setUp(engine);
        User ed = seedUsers().get(0);
        try (Session session = maker.get()) {
            session.add(ed);
            session.commit();
            ed.setName("eddie");
            session.refresh(ed);
            assertThat(ed.getName()).isEqualTo("ed");
            ed.setName("eddie");
            session.expire(ed, "name");
            assertThat(ed.getName()).isEqualTo("ed");
            session.expunge(ed);
            assertThat(session.contains(ed)).isFalse();
        }
        User copy = new User("ed2", "Ed Two", null);
        try (Session session = maker.get()) {
            User loaded = session.query(User.class).one();
            copy.setName("merged");
            // same identity as the row: merge copies onto the session's object
            User detached = new User("merged", "Merged", null);
            org.jalchemy.orm.mapping.Mappers.of(User.class).property("id").set(detached, loaded.getId());
            User merged = session.merge(detached);
            assertThat(merged).isSameAs(loaded);
            session.commit();
            assertThat(merged.getFullname()).isEqualTo("Merged");
        }
    }

    @DatabaseTest
    void failedFlushRollsBackAndRequiresRollback(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = setUp(engine);
        Session session = maker.get();
        User ed = seedUsers().get(0);
        session.add(ed);
        session.flush();
        Address ok = new Address("ed@example.com", ed.getId());
        Address dup = new Address("ed@example.com", ed.getId());
        session.addAll(List.of(ok, dup));
        assertThatThrownBy(session::flush).isInstanceOf(IntegrityError.class);
        assertThatThrownBy(() -> session.query(User.class).all()).isInstanceOf(PendingRollbackError.class)
                .hasMessageStartingWith("This Session's transaction has been rolled back due to a previous exception"
                        + " during flush. To begin a new transaction with this Session, first issue Session.rollback().");
        assertThatThrownBy(session::commit).isInstanceOf(PendingRollbackError.class);
        assertThat(count(db, "users")).isZero();
        assertThat(count(db, "addresses")).isZero();
        session.rollback();
        assertThat(session.newObjects()).isEmpty();
        assertThat(session.contains(ok)).isFalse();
        assertThat(ok.getId()).isNull();
        assertThat(session.query(User.class).count()).isZero();
        session.close();
    }

    @DatabaseTest
    void insertsParentsFirstDeletesChildrenFirstAndDefaults(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = setUp(engine);
        try (Session session = maker.get()) {
            User ed = seedUsers().get(0);
            // the child is added first; the foreign key needs the parent row to exist
            session.add(ed);
            session.flush();
            Address a = new Address("a@x", ed.getId());
            session.add(a);
            session.commit();
            assertThat(a.getCreated()).isEqualTo(LocalDateTime.of(2020, 1, 2, 3, 4, 5));
            session.delete(ed);
            session.delete(a);
            session.commit();
        }
        assertThat(count(db, "addresses")).isZero();
        assertThat(count(db, "users")).isZero();
    }

    @DatabaseTest
    void bulkDeleteAndUpdateSynchronizeTheSession(Engine engine) {
        SessionMaker maker = setUp(engine);
        try (Session session = maker.get()) {
            session.addAll(seedUsers());
            session.commit();
            List<User> all = session.query(User.class).all();
            long n = session.query(User.class).filter(User.BIRTH.isNull()).delete();
            assertThat(n).isEqualTo(1);
            assertThat(session.query(User.class).all()).hasSize(4);
            long m = session.query(User.class).filterBy("name", "ed").update(Map.of("fullname", "E. J."));
            assertThat(m).isEqualTo(1);
            User ed = all.get(0);
            assertThat(ed.getFullname()).isEqualTo("E. J.");
            session.commit();
        }
    }

    @DatabaseTest
    void ormBulkStatements2Style(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = setUp(engine);
        try (Session session = maker.get()) {
            session.addAll(seedUsers());
            session.commit();
            User ed = session.query(User.class).filterBy("name", "ed").one();
            User wendy = session.query(User.class).filterBy("name", "wendy").one();
            assertThat(session.execute(Orm.update(User.class).where(User.NAME.eq("ed"))
                    .values(Map.of("fullname", "Edward")))).isEqualTo(1);
            assertThat(ed.getFullname()).isEqualTo("Edward");
            assertThat(session.execute(Orm.delete(User.class).filterBy("name", "wendy"))).isEqualTo(1);
            assertThat(session.contains(wendy)).isFalse();
            assertThat(session.get(User.class, wendy.getId())).isNull();
            assertThat(session.execute(Orm.delete(User.class).where(User.BIRTH.isNull())
                    .synchronizeSession(Query.SynchronizeSession.FALSE))).isEqualTo(1);
            session.commit();
        }
        assertThat(count(db, "users")).isEqualTo(3);
    }

    @DatabaseTest
    void evaluateSynchronizesInMemoryAndAutoFallsBackToFetch(Engine engine) {
        SessionTest.setUp(engine);
        SessionMaker maker = new SessionMaker(engine).expireOnCommit(false);
        try (Session session = maker.get()) {
            List<User> users = seedUsers();
            session.addAll(users);
            session.commit();
            User ed = users.get(0);
            User justin = users.get(4);
            long n = session.query(User.class).filter(User.NAME.in(List.of("ed", "mary")), User.BIRTH.isNotNull())
                    .update(Map.of("fullname", "Renamed"), Query.SynchronizeSession.EVALUATE);
            assertThat(n).isEqualTo(2);
            assertThat(Orm.inspect(ed).hasExpired()).isFalse(); // set in memory, no reload needed
            assertThat(ed.getFullname()).isEqualTo("Renamed");
            assertThat(users.get(1).getFullname()).isEqualTo("Wendy Williams");
            session.query(User.class).filter(User.BIRTH.isNull()).delete(Query.SynchronizeSession.EVALUATE);
            assertThat(session.contains(justin)).isFalse();
            assertThatThrownBy(() -> session.query(User.class).filter(User.NAME.like("%ed%"))
                    .delete(Query.SynchronizeSession.EVALUATE)).isInstanceOf(org.jalchemy.exc.InvalidRequestError.class)
                    .hasMessageContaining("Could not evaluate current criteria");
            assertThat(session.query(User.class).filter(User.NAME.like("%red%")).delete()).isEqualTo(1); // AUTO -> fetch
            assertThat(session.contains(users.get(3))).isFalse();
            session.commit();
            assertThat(session.query(User.class).count()).isEqualTo(3);
        }
    }

    @DatabaseTest
    void manyObjectsFlushInPages(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = setUp(engine);
        List<User> users = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            users.add(new User("u" + i, "User " + i, null));
        }
        try (Session session = maker.get()) {
            session.addAll(users);
            session.commit();
            assertThat(users.get(2499).getName()).isEqualTo("u2499");
            for (User u : session.query(User.class).all()) {
                u.setFullname("x");
            }
            assertThat(users).extracting(User::getId).doesNotHaveDuplicates();
            session.commit();
        }
        assertThat(count(db, "users")).isEqualTo(2500);
    }

    @DatabaseTest
    void savepointRollback(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = setUp(engine);
        User wendy = seedUsers().get(1);
        try (Session session = maker.get()) {
            User ed = seedUsers().get(0);
            session.add(ed);
            SessionSavepoint sp = session.beginNested();
            session.add(wendy);
            session.flush();
            session.delete(ed);
            session.flush();
            sp.rollback();
            assertThat(session.contains(wendy)).isFalse();
            assertThat(wendy.getId()).isNull();
            assertThat(session.contains(ed)).isTrue();
            assertThat(ed.getName()).isEqualTo("ed");
            try (SessionSavepoint kept = session.beginNested()) {
                session.add(new User("mary", "Mary", null));
            }
            session.commit();
        }
        assertThat(count(db, "users")).isEqualTo(2);
    }
}
