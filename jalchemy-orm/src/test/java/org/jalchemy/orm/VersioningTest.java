package org.jalchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Jalchemy.text;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.PendingRollbackError;
import org.jalchemy.orm.exc.StaleDataError;
import org.jalchemy.orm.mapping.Entity;
import org.jalchemy.orm.mapping.Id;
import org.jalchemy.orm.mapping.MappedColumn;
import org.jalchemy.orm.mapping.Version;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * reliability.md T5 and SQLAlchemy's {@code version_id_col}: two sessions change the same versioned row; the
 * second flush matches no row and fails with {@link StaleDataError} instead of overwriting the first.
 */
class VersioningTest {
    @Entity("versioned_docs")
    public static class Doc {
        @Id
        Integer id;
        @MappedColumn(length = 50)
        String title;
        @Version
        Integer version;

        public Doc() {
        }

        Doc(String title) {
            this.title = title;
        }

        public Integer getId() {
            return id;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public Integer getVersion() {
            return version;
        }
    }

    @Entity("versioned_counters")
    public static class Counter {
        @Id
        Integer id;
        long hits;
        @Version
        long version;

        public Counter() {
        }

        public long getHits() {
            return hits;
        }

        public void setHits(long hits) {
            this.hits = hits;
        }

        public long getVersion() {
            return version;
        }
    }

    @Entity("versioned_wrong")
    public static class WrongVersion {
        @Id
        Integer id;
        @Version
        @MappedColumn(length = 10)
        String version;

        public WrongVersion() {
        }
    }

    static final Registry REGISTRY = new Registry().mapAll(Doc.class, Counter.class);

    private static SessionMaker setUp(Engine engine) {
        REGISTRY.createAll(engine);
        return new SessionMaker().configure(engine);
    }

    /**
     * Sessions whose objects keep their state across commits, so that no read transaction stays open while another
     * session writes (SQLite in its default journal mode lets no writer commit past an open reader).
     */
    private static SessionMaker keeping(Engine engine) {
        return new SessionMaker().configure(engine).expireOnCommit(false);
    }

    /** id → "title@version", read behind the sessions' backs. */
    private static Map<Integer, String> rows(TestDatabase db) throws Exception {
        Map<Integer, String> out = new java.util.TreeMap<>();
        try (java.sql.Connection c = db.openDirect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, title, version FROM versioned_docs")) {
            while (rs.next()) {
                out.put(rs.getInt(1), rs.getString(2) + "@" + rs.getInt(3));
            }
        }
        return out;
    }

    @DatabaseTest
    void aNewRowStartsAtOneAndEveryFlushedChangeCountsUp(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = setUp(engine);
        try (Session s = maker.get()) {
            Doc d = new Doc("draft");
            s.add(d);
            s.commit();
            assertThat(d.getVersion()).isEqualTo(1);
            d.setTitle("second");
            s.commit();
            assertThat(d.getVersion()).isEqualTo(2);
            // nothing changed: no UPDATE, no new version
            s.commit();
            assertThat(d.getVersion()).isEqualTo(2);
        }
        assertThat(rows(db)).containsExactly(Map.entry(1, "second@2"));
    }

    @DatabaseTest
    void theSecondOfTwoSessionsChangingOneRowGetsStaleDataErrorAndOverwritesNothing(Engine engine, TestDatabase db)
            throws Exception {
        SessionMaker maker = setUp(engine);
        try (Session s = maker.get()) {
            s.add(new Doc("original"));
            s.commit();
        }
        SessionMaker keeping = keeping(engine);
        try (Session first = maker.get(); Session second = keeping.get()) {
            Doc theirs = second.get(Doc.class, 1);
            second.commit();
            Doc mine = first.get(Doc.class, 1);
            assertThat(mine.getTitle()).isEqualTo(theirs.getTitle()).isEqualTo("original");
            mine.setTitle("first wins");
            first.commit();

            theirs.setTitle("lost update");
            assertThatThrownBy(second::commit).isInstanceOf(StaleDataError.class)
                    .hasMessageContaining("expected to update 1 row(s); 0 were matched");
            assertThatThrownBy(second::flush).isInstanceOf(PendingRollbackError.class);
            second.rollback();
            // after rollback the object reloads the row the first session wrote
            assertThat(theirs.getTitle()).isEqualTo("first wins");
            assertThat(theirs.getVersion()).isEqualTo(2);
            theirs.setTitle("second, after seeing the first");
            second.commit();
        }
        assertThat(rows(db)).containsExactly(Map.entry(1, "second, after seeing the first@3"));
    }

    @DatabaseTest
    void oneStaleRowInABatchedFlushFailsTheWholeFlush(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = setUp(engine);
        try (Session s = maker.get()) {
            for (int i = 0; i < 50; i++) {
                s.add(new Doc("doc " + i));
            }
            s.commit();
        }
        SessionMaker keeping = keeping(engine);
        try (Session s = keeping.get()) {
            List<Doc> docs = s.query(Doc.class).orderBy("id").all();
            s.commit();
            // another writer changes row 25 after this session loaded it
            engine.begin(c -> c.execute(text("UPDATE versioned_docs SET title = 'theirs', version = version + 1"
                    + " WHERE id = 25")));
            for (Doc d : docs) {
                d.setTitle(d.getTitle() + " edited");
            }
            assertThatThrownBy(s::commit).isInstanceOf(StaleDataError.class)
                    .hasMessageContaining("expected to update 50 row(s); 49 were matched");
            s.rollback();
        }
        Map<Integer, String> after = rows(db);
        assertThat(after).hasSize(50);
        assertThat(after.get(25)).isEqualTo("theirs@2");
        after.remove(25);
        assertThat(after.values()).allSatisfy(v -> assertThat(v).doesNotContain("edited").endsWith("@1"));
    }

    /**
     * MariaDB's bulk protocol reports no per-row counts for a batch, so a stale row cannot be detected there: the
     * flush goes through (as SQLAlchemy's does on such a driver) and says so once in the log instead of in silence.
     */
    @DatabaseTest(only = "mariadb")
    void aDriverWithoutBatchCountsCannotVerifyVersionsAndSaysSo(TestDatabase db) throws Exception {
        java.util.Map<String, String> query = new java.util.HashMap<>(db.url().query());
        query.put("useBulkStmts", "true");
        Engine bulk = org.jalchemy.engine.Engine.create(db.url().withQuery(query),
                org.jalchemy.engine.EngineOptions.defaults());
        java.io.PrintStream original = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        try {
            SessionMaker maker = setUp(bulk);
            try (Session s = maker.get()) {
                for (int i = 0; i < 3; i++) {
                    s.add(new Doc("doc " + i));
                }
                s.commit();
            }
            try (Session s = keeping(bulk).get()) {
                List<Doc> docs = s.query(Doc.class).orderBy("id").all();
                s.commit();
                bulk.begin(c -> c.execute(text("UPDATE versioned_docs SET title = 'theirs', version = version + 1"
                        + " WHERE id = 2")));
                for (Doc d : docs) {
                    d.setTitle(d.getTitle() + " edited");
                }
                System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
                s.commit();
            } finally {
                System.setErr(original);
            }
        } finally {
            bulk.dispose();
        }
        assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("does not report matched row counts for batched UPDATE statements on table 'versioned_docs'")
                .contains("useBulkStmts");
        // the stale row was not caught: rows 1 and 3 took the edit, row 2 kept the other writer's title
        assertThat(rows(db)).containsExactly(Map.entry(1, "doc 0 edited@2"), Map.entry(2, "theirs@2"),
                Map.entry(3, "doc 2 edited@2"));
    }

    @DatabaseTest
    void deletingARowSomeoneChangedMeanwhileIsStaleAndKeepsTheRow(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = setUp(engine);
        try (Session s = maker.get()) {
            s.add(new Doc("keep me"));
            s.commit();
        }
        SessionMaker keeping = keeping(engine);
        try (Session s = keeping.get()) {
            Doc d = s.get(Doc.class, 1);
            s.commit();
            engine.begin(c -> c.execute(text("UPDATE versioned_docs SET version = version + 1 WHERE id = 1")));
            s.delete(d);
            assertThatThrownBy(s::commit).isInstanceOf(StaleDataError.class)
                    .hasMessageContaining("expected to delete 1 row(s)");
            s.rollback();
        }
        assertThat(rows(db)).containsExactly(Map.entry(1, "keep me@2"));
    }

    /**
     * A savepoint rolled back after its flush bumped the counter: the object is expired, and its next change is
     * matched against the version the database kept (read at flush), not the field's rolled-back number.
     */
    @DatabaseTest
    void aChangeAfterARolledBackSavepointMatchesTheKeptVersion(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = setUp(engine);
        try (Session s = maker.get()) {
            s.add(new Doc("v1"));
            s.commit();
        }
        try (Session s = maker.get()) {
            Doc d = s.get(Doc.class, 1);
            try (SessionSavepoint sp = s.beginNested()) {
                d.setTitle("in the savepoint");
                s.flush();
                sp.rollback();
            }
            // a write without a read first: the counter is still expired when the flush needs it
            d.setTitle("after the savepoint");
            s.commit();
            assertThat(d.getVersion()).isEqualTo(2);
        }
        assertThat(rows(db)).containsExactly(Map.entry(1, "after the savepoint@2"));
    }

    @DatabaseTest
    void mergingAnOlderCopyIsStaleAndACopyWithoutVersionTakesTheRows(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = setUp(engine);
        Doc old;
        try (Session s = maker.get()) {
            Doc d = new Doc("v1");
            s.add(d);
            s.commit();
            old = new Doc("edited offline");
            old.id = 1;
            old.version = d.getVersion();
            d.setTitle("v2");
            s.commit();
        }
        try (Session s = maker.get()) {
            assertThatThrownBy(() -> s.merge(old)).isInstanceOf(StaleDataError.class)
                    .hasMessageContaining("does not match existing version '2'");
            s.rollback();
            Doc unversioned = new Doc("merged without a version");
            unversioned.id = 1;
            Doc merged = s.merge(unversioned);
            s.commit();
            assertThat(merged.getVersion()).isEqualTo(3);
        }
        assertThat(rows(db)).containsExactly(Map.entry(1, "merged without a version@3"));
    }

    /**
     * The session's own copy is expired (after a commit) while another writer moves the row on: merge compares the
     * merged version with the row's (get() reloads the expired copy first), not with the expired field's.
     */
    @DatabaseTest
    void mergeComparesWithTheRowsVersionWhenTheSessionsCopyIsExpired(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = setUp(engine);
        try (Session s = maker.get()) {
            Doc d = new Doc("v1");
            s.add(d);
            s.commit();
            // d is expired now; another writer takes the row to version 2
            engine.begin(c -> c.execute(text("UPDATE versioned_docs SET title = 'theirs', version = 2 WHERE id = 1")));
            Doc current = new Doc("mine, made from version 2");
            current.id = 1;
            current.version = 2;
            s.merge(current);
            s.commit();
        }
        assertThat(rows(db)).containsExactly(Map.entry(1, "mine, made from version 2@3"));
    }

    @DatabaseTest
    void aPrimitiveCounterStartsAtZero(Engine engine) {
        SessionMaker maker = setUp(engine);
        try (Session s = maker.get()) {
            Counter c = new Counter();
            s.add(c);
            s.commit();
            assertThat(c.getVersion()).isZero();
            c.setHits(c.getHits() + 1);
            s.commit();
            assertThat(c.getVersion()).isEqualTo(1);
            assertThat(c.getHits()).isEqualTo(1);
        }
    }

    /**
     * T5's note on MariaDB: an UPDATE that sets the value a row already has still counts the row (found rows,
     * not changed rows), so an unchanged versioned row is never mistaken for a stale one.
     */
    @DatabaseTest
    void anUpdateToTheSameValueCountsTheRow(Engine engine) {
        setUp(engine);
        engine.begin(c -> c.execute(text("INSERT INTO versioned_docs (id, title, version) VALUES (1, 'same', 1)")));
        try (Connection c = engine.connect()) {
            assertThat(c.execute(text("UPDATE versioned_docs SET title = 'same' WHERE id = 1")).rowcount()).isEqualTo(1);
            c.commit();
        }
    }

    @Test
    void aVersionCounterMustBeAnIntegerColumn() {
        assertThatThrownBy(() -> new Registry().map(WrongVersion.class)).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("must be an integer column").hasMessageContaining("'version'");
    }

    @DatabaseTest
    void theUpdateAndDeleteMatchTheVersionTheObjectSaw(TestDatabase db) {
        Engine engine = db.newEngine(org.jalchemy.engine.EngineOptions.defaults());
        SessionMaker maker = setUp(engine);
        List<String> sql = new ArrayList<>();
        engine.listen(new org.jalchemy.event.EngineListener() {
            @Override
            public void beforeExecute(Connection c, String statement, List<?> parameters, boolean many) {
                if (statement.startsWith("UPDATE") || statement.startsWith("DELETE")) {
                    sql.add(statement + " " + parameters);
                }
            }
        });
        try (Session s = maker.get()) {
            Doc d = new Doc("v1");
            s.add(d);
            s.commit();
            d.setTitle("v2");
            s.commit();
            s.delete(d);
            s.commit();
        }
        assertThat(sql).containsExactly(
                "UPDATE versioned_docs SET title=?, version=? WHERE versioned_docs.id = ? AND versioned_docs.version = ? [v2, 2, 1, 1]",
                "DELETE FROM versioned_docs WHERE versioned_docs.id = ? AND versioned_docs.version = ? [1, 2]");
    }
}
