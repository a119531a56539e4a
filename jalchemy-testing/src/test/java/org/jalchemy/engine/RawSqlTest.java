package org.jalchemy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Jalchemy.text;

import java.util.List;
import java.util.Map;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.MultipleResultsFound;
import org.jalchemy.exc.NoResultFound;
import org.jalchemy.exc.NoSuchColumnError;
import org.jalchemy.exc.ResourceClosedError;
import org.jalchemy.testing.DatabaseTest;

class RawSqlTest {

    static void createUsers(Connection conn) {
        conn.execute(text("CREATE TABLE users (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(50), score INTEGER)"));
        conn.execute(text("INSERT INTO users (id, name, score) VALUES (:id, :name, :score)"), List.of(
                Map.of("id", 1, "name", "ed", "score", 10),
                Map.of("id", 2, "name", "wendy", "score", 20),
                Map.of("id", 3, "name", "mary", "score", 30)));
    }

    /** A text SELECT runs as a query; SELECT ... INTO returns no rows and must not be run as one. */
    @DatabaseTest(only = {"postgresql", "mariadb"})
    void selectIntoIsNotTakenForAQuery(Engine engine, org.jalchemy.testing.TestDatabase db) {
        try (Connection conn = engine.connect()) {
            createUsers(conn);
            if (db.is("postgresql")) {
                Result r = conn.execute(text("SELECT id, name INTO TEMP TABLE copied FROM users WHERE score > :s"),
                        Map.of("s", 15));
                assertThat(r.returnsRows()).isFalse();
                assertThat(conn.execute(text("SELECT count(*) FROM copied")).scalar()).isEqualTo(2L);
            } else {
                Result r = conn.execute(text("SELECT max(score) INTO @top FROM users WHERE score > :s"), Map.of("s", 15));
                assertThat(r.returnsRows()).isFalse();
                assertThat(((Number) conn.execute(text("SELECT @top")).scalar()).intValue()).isEqualTo(30);
            }
            // the same text twice: the second run reuses the prepared statement and its cached result shape
            for (int i = 0; i < 2; i++) {
                assertThat(conn.execute(text("  select name from users where id = :id"), Map.of("id", 3)).scalar())
                        .isEqualTo("mary");
            }
        }
    }

    /** The same SQL read untyped, then typed, then untyped: each result reads with its own types. */
    @DatabaseTest
    void sameSqlWithDifferentResultTypesReadsEachWithItsOwn(Engine engine) {
        try (Connection conn = engine.connect()) {
            createUsers(conn);
            String sql = "SELECT score FROM users WHERE id = :id";
            assertThat(conn.execute(text(sql), Map.of("id", 1)).scalar()).isEqualTo(10);
            org.jalchemy.sql.TextClause typed = text(sql).columns(org.jalchemy.Jalchemy.column("score",
                    org.jalchemy.types.SqlTypes.STRING));
            assertThat(conn.execute(typed, Map.of("id", 1)).scalar()).isEqualTo("10");
            assertThat(conn.execute(text(sql), Map.of("id", 1)).scalar()).isEqualTo(10);
        }
    }

    @DatabaseTest
    void namedBindsRoundTripAndRowsPrintAsTuples(Engine engine) {
        try (Connection conn = engine.connect()) {
            createUsers(conn);
            conn.commit();
            Result r = conn.execute(text("SELECT id, name FROM users WHERE name = :name"), Map.of("name", "wendy"));
            assertThat(r.keys()).containsExactly("id", "name");
            Row row = r.one();
            assertThat(row.get("id", Integer.class)).isEqualTo(2);
            assertThat(row.get(1)).isEqualTo("wendy");
            assertThat(row.toString()).isEqualTo("(2, 'wendy')");
            assertThat(row.asMap()).containsEntry("name", "wendy");
        }
    }

    @DatabaseTest
    void executemanyReportsTotalRowcountAndInListsExpand(Engine engine) {
        try (Connection conn = engine.connect()) {
            createUsers(conn);
            List<Object> names = conn.execute(text("SELECT name FROM users WHERE id IN (:ids) ORDER BY id"),
                    Map.of("ids", List.of(1, 3))).scalars().all();
            assertThat(names).containsExactly("ed", "mary");
            Result upd = conn.execute(text("UPDATE users SET score = score + 1 WHERE score >= :min"), Map.of("min", 20));
            assertThat(upd.rowcount()).isEqualTo(2);
            assertThat(upd.returnsRows()).isFalse();
        }
    }

    @DatabaseTest
    void fetchMethods(Engine engine) {
        try (Connection conn = engine.connect()) {
            createUsers(conn);
            Result r = conn.execute(text("SELECT id, name FROM users ORDER BY id"));
            assertThat(r.fetchone().get("name")).isEqualTo("ed");
            assertThat(r.fetchmany(5)).hasSize(2);
            assertThat(r.fetchone()).isNull();
            assertThat(conn.execute(text("SELECT name FROM users ORDER BY id")).first().get(0)).isEqualTo("ed");
            assertThat(conn.execute(text("SELECT count(*) FROM users")).scalarOne(Long.class)).isEqualTo(3L);
            assertThat(conn.execute(text("SELECT name FROM users WHERE id = 99")).scalar()).isNull();
            assertThat(conn.execute(text("SELECT id, name FROM users ORDER BY id")).mappings().all())
                    .extracting(m -> m.get("name")).containsExactly("ed", "wendy", "mary");
            assertThat(conn.execute(text("SELECT id FROM users")).stream().count()).isEqualTo(3);
            assertThatThrownBy(() -> conn.execute(text("SELECT id FROM users")).one())
                    .isInstanceOf(MultipleResultsFound.class);
            assertThatThrownBy(() -> conn.execute(text("SELECT id FROM users WHERE id = 99")).one())
                    .isInstanceOf(NoResultFound.class);
            Row row = conn.execute(text("SELECT id FROM users WHERE id = 1")).one();
            assertThatThrownBy(() -> row.get("nope")).isInstanceOf(NoSuchColumnError.class).hasMessageContaining("nope");
            Result closed = conn.execute(text("SELECT id FROM users"));
            closed.close();
            assertThatThrownBy(closed::fetchone).isInstanceOf(ResourceClosedError.class);
            Result dml = conn.execute(text("DELETE FROM users WHERE id = 99"));
            assertThatThrownBy(dml::all).isInstanceOf(ResourceClosedError.class).hasMessageContaining("does not return rows");
        }
    }

    @DatabaseTest
    void missingBindValueIsAnArgumentErrorBeforeAnythingIsSent(Engine engine) {
        try (Connection conn = engine.connect()) {
            assertThatThrownBy(() -> conn.execute(text("SELECT :a"), Map.of("b", 1)))
                    .isInstanceOf(ArgumentError.class).hasMessageContaining("'a'");
        }
    }

    @DatabaseTest
    void literalColonsQuotesAndQuestionMarksAreNotBinds(Engine engine) {
        try (Connection conn = engine.connect()) {
            Row row = conn.execute(text("SELECT '10:30' AS t, 'a?b' AS q, :v AS v"), Map.of("v", "x:y?")).one();
            assertThat(row.toList()).containsExactly("10:30", "a?b", "x:y?");
        }
    }

    @DatabaseTest
    void seedStyleEngineExecuteCommitsEachCall(Engine engine, org.jalchemy.testing.TestDatabase db) throws Exception {
        engine.execute("CREATE TABLE ex1 (id INTEGER NOT NULL, name VARCHAR(20), PRIMARY KEY (id))");
        engine.execute("INSERT INTO ex1 (id, name) VALUES (1, 'raw1')");
        assertThat(engine.execute("SELECT * FROM ex1").all().toString()).isEqualTo("[(1, 'raw1')]");
        try (var direct = db.openDirect(); var rs = direct.createStatement().executeQuery("SELECT count(*) FROM ex1")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
        engine.execute("DELETE FROM ex1 WHERE id = 1");
        assertThat(engine.execute("SELECT * FROM ex1").fetchall()).isEmpty();
    }

    @DatabaseTest
    void executemanyPagesLargeListsAndReportsTheTotal(Engine engine, org.jalchemy.testing.TestDatabase db) throws Exception {
        List<Map<String, ?>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            rows.add(Map.of("id", i, "name", "n" + i));
        }
        try (Connection conn = engine.connect()) {
            conn.execute(text("CREATE TABLE many (id INTEGER PRIMARY KEY, name VARCHAR(10))"));
            assertThat(conn.execute(text("INSERT INTO many (id, name) VALUES (:id, :name)"), rows).rowcount())
                    .isIn(2500L, -1L);
            conn.commit();
            assertThatThrownBy(() -> conn.execute(text("SELECT :ids"),
                    List.of(Map.of("ids", List.of(1)), Map.of("ids", List.of(1, 2)))))
                    .isInstanceOf(ArgumentError.class).hasMessageContaining("same SQL");
        }
        assertThat(Direct.count(db, "many")).isEqualTo(2500);
    }
}
