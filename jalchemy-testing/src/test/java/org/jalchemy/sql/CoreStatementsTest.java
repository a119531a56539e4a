package org.jalchemy.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.Jalchemy.func;
import static org.jalchemy.Jalchemy.or;
import static org.jalchemy.Jalchemy.select;
import static org.jalchemy.types.SqlTypes.INTEGER;
import static org.jalchemy.types.SqlTypes.STRING;

import java.util.List;
import java.util.Map;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.engine.Result;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;

/** The seed's Core flow on each database: create, insert, select, join, update, delete. */
class CoreStatementsTest {
    private final MetaData metadata = new MetaData();
    private final Table user = new Table("user", metadata,
            Column.of("id", INTEGER).primaryKey(),
            Column.of("l_name", STRING),
            Column.of("f_name", STRING));
    private final Table email = new Table("email", metadata,
            Column.of("id", INTEGER).primaryKey(),
            Column.of("email", STRING),
            Column.of("name", STRING));

    private void fill(Engine engine) {
        metadata.createAll(engine);
        try (Connection conn = engine.connect()) {
            Result r = conn.execute(user.insert().values(Map.of("l_name", "Hello", "f_name", "World")));
            // MariaDB reports generated keys as BigInteger until the engine reads them with the column type
            assertThat(((Number) r.insertedPrimaryKey().get(0)).intValue()).isEqualTo(1);
            conn.execute(user.insert(), List.of(Map.of("l_name", "Hi", "f_name", "bob"),
                    Map.of("l_name", "yo", "f_name", "alice")));
            conn.execute(email.insert(), List.of(Map.of("email", "ker@test", "name", "Hi"),
                    Map.of("email", "yo@test", "name", "Hello")));
            conn.commit();
        }
    }

    private static List<String> rows(Connection conn, Executable stmt) {
        return conn.execute(stmt).all().stream().map(Object::toString).toList();
    }

    @DatabaseTest
    void insertSelectWhereOrOrderBy(Engine engine) {
        fill(engine);
        try (Connection conn = engine.connect()) {
            assertThat(rows(conn, select(user).where(user.c("l_name").eq("Hello"))))
                    .containsExactly("(1, 'Hello', 'World')");
            assertThat(rows(conn, select(user.c("l_name"), user.c("f_name"))
                    .where(or(user.c("l_name").eq("Hello"), user.c("l_name").eq("Hi"))).orderBy(user.c("l_name").desc())))
                    .containsExactly("('Hi', 'bob')", "('Hello', 'World')");
            assertThat(rows(conn, select(user.c("id")).where(user.c("l_name").in(List.of("Hi", "yo")))
                    .orderBy(user.c("id").desc()))).containsExactly("(3,)", "(2,)");
            assertThat(rows(conn, select(user.c("id")).where(user.c("l_name").in(List.of())))).isEmpty();
            assertThat(rows(conn, select(user.c("id")).where(user.c("l_name").notIn(List.of())))).hasSize(3);
            assertThat(conn.execute(select(func.count()).selectFrom(user)).scalar()).isEqualTo(3);
            assertThat(rows(conn, select(user.c("id")).orderBy(user.c("id")).limit(1).offset(1))).containsExactly("(2,)");
            assertThat(rows(conn, select(user.c("id")).orderBy(user.c("id")).offset(2))).containsExactly("(3,)");
        }
    }

    @DatabaseTest
    void joinAndConcat(Engine engine) {
        fill(engine);
        try (Connection conn = engine.connect()) {
            Join j = user.join(email, email.c("name").eq(user.c("l_name")));
            assertThat(rows(conn, select(user.c("l_name"), email.c("email")).selectFrom(j).orderBy(email.c("email"))))
                    .containsExactly("('Hi', 'ker@test')", "('Hello', 'yo@test')");
            assertThat(conn.execute(select(user.c("l_name").add("!").label("x")).where(user.c("id").eq(1))).scalar())
                    .isEqualTo("Hello!");
            assertThat(conn.execute(select(user.c("id").add(5)).where(user.c("id").eq(1))).scalar()).isEqualTo(6);
        }
    }

    @DatabaseTest
    void updateAndDelete(Engine engine) {
        fill(engine);
        try (Connection conn = engine.connect()) {
            Result u = conn.execute(user.update().where(user.c("l_name").eq("Hi"))
                    .values(Map.of("f_name", user.c("f_name").add("by"))));
            assertThat(u.rowcount()).isEqualTo(1);
            Result d = conn.execute(user.delete().where(user.c("l_name").eq("Hello")));
            assertThat(d.rowcount()).isEqualTo(1);
            assertThat(rows(conn, user.select().orderBy(user.c("id"))))
                    .containsExactly("(2, 'Hi', 'bobby')", "(3, 'yo', 'alice')");
            conn.commit();
        }
        metadata.dropAll(engine);
        assertThat(user.exists(engine)).isFalse();
    }

    @DatabaseTest
    void injectionPayloadsTravelAsValues(Engine engine) {
        fill(engine);
        String[] payloads = {"' OR '1'='1", "'); DROP TABLE user;--", ":name", "?", "%", "a\u0000b", "x".repeat(100_000)};
        int inserted = 0;
        try (Connection conn = engine.connect()) {
            for (String p : payloads) {
                if (p.indexOf('\0') >= 0 && !engine.dialect().name().equals("sqlite")) {
                    continue;
                }
                inserted++;
                conn.execute(user.insert().values(Map.of("l_name", p.length() > 200 ? "long" : p, "f_name", "p")));
                assertThat(conn.execute(select(user.c("l_name")).where(user.c("l_name").eq(p.length() > 200 ? "long" : p))).scalar())
                        .isEqualTo(p.length() > 200 ? "long" : p);
            }
            assertThat(conn.execute(select(func.count()).selectFrom(user)).scalar()).isEqualTo(3 + inserted);
        }
    }

    @DatabaseTest
    void sameShapeCompilesOnce(Engine engine) {
        fill(engine);
        try (Connection conn = engine.connect()) {
            conn.execute(select(user.c("f_name")).where(user.c("l_name").eq("Hello")));
            int size = engine.compiledCacheSize();
            assertThat(conn.execute(select(user.c("f_name")).where(user.c("l_name").eq("Hi"))).scalar()).isEqualTo("bob");
            assertThat(conn.execute(select(user.c("f_name")).where(user.c("l_name").in(List.of("yo", "x")))).scalar())
                    .isEqualTo("alice");
            conn.execute(select(user.c("f_name")).where(user.c("l_name").in(List.of("a", "b", "c"))));
            assertThat(engine.compiledCacheSize()).isEqualTo(size + 1);
        }
    }

    @DatabaseTest
    void aConnectionRunsEachShapeWithItsOwnSqlWhenShapesAlternate(Engine engine) {
        fill(engine);
        // a connection first compares a statement with the shape it ran last: shapes that part only at the
        // operator, the selected column, the compared column or a trailing LIMIT must each still run their own
        // SQL; each shape compiles once, so after the first round the cache does not grow (a key hashed wrongly
        // after the walk left the remembered shape would miss the cache and add an entry)
        try (Connection conn = engine.connect()) {
            int cached = -1;
            for (int round = 0; round < 3; round++) {
                if (round == 1) {
                    cached = engine.compiledCacheSize();
                }
                // the same shape twice in a row: the second matches the remembered shape with another value
                assertThat(rows(conn, select(user.c("id")).where(user.c("id").eq(3)))).containsExactly("(3,)");
                assertThat(rows(conn, select(user.c("id")).where(user.c("id").eq(2)))).containsExactly("(2,)");
                assertThat(rows(conn, select(user.c("id")).where(user.c("id").gt(2)))).containsExactly("(3,)");
                assertThat(rows(conn, select(user.c("id")).where(user.c("id").ge(2)).orderBy(user.c("id")).limit(1)))
                        .containsExactly("(2,)");
                assertThat(rows(conn, select(user.c("f_name")).where(user.c("id").eq(3)))).containsExactly("('alice',)");
                assertThat(rows(conn, select(user.c("id")).where(user.c("l_name").eq("Hi")))).containsExactly("(2,)");
                assertThat(rows(conn, select(user.c("id")).where(user.c("id").eq(1 + round)))).containsExactly("(" + (1 + round) + ",)");
                assertThat(conn.execute(user.update().values(Map.of("f_name", "r" + round)).where(user.c("id").eq(1)))
                        .rowcount()).isEqualTo(1);
                assertThat(rows(conn, select(user.c("f_name")).where(user.c("id").eq(1)))).containsExactly("('r" + round + "',)");
            }
            assertThat(engine.compiledCacheSize()).isEqualTo(cached);
        }
    }

    @DatabaseTest
    void theCompiledCacheKeepsNoValueOfTheStatementThatFilledIt(Engine engine) throws InterruptedException {
        fill(engine);
        // a statement's shape holds its binds, and they its values: the cache must key on the bare shape, or
        // the first value of every shape (a 100 KB string, a user's password) stays reachable for good
        java.lang.ref.WeakReference<String> value;
        try (Connection conn = engine.connect()) {
            String probe = new String("x".repeat(100_000));
            value = new java.lang.ref.WeakReference<>(probe);
            // the first statement of its shape: it fills the cache
            assertThat(conn.execute(select(user.c("f_name")).where(user.c("f_name").eq(probe))).all()).isEmpty();
            probe = null;
            // the same SQL again, so that the driver's prepared statement holds this value and not the probe
            assertThat(conn.execute(select(user.c("f_name")).where(user.c("f_name").eq("bob"))).scalar()).isEqualTo("bob");
        }
        Collected.await(value, "the value bound by the statement that filled the cache");
    }

    @DatabaseTest
    void aConnectionKeepsNoValueOfTheShapeItRanLast(Engine engine) throws InterruptedException {
        fill(engine);
        java.lang.ref.WeakReference<String> value;
        try (Connection conn = engine.connect()) {
            // the probe's shape is cached and then not the connection's last: the probe finds it in the cache,
            // and the connection remembers that shape from the probe
            assertThat(conn.execute(select(user.c("f_name")).where(user.c("f_name").eq("nobody"))).all()).isEmpty();
            assertThat(conn.execute(select(user.c("id")).where(user.c("id").eq(1))).scalar()).isEqualTo(1);
            String probe = new String("x".repeat(100_000));
            value = new java.lang.ref.WeakReference<>(probe);
            assertThat(conn.execute(select(user.c("f_name")).where(user.c("f_name").eq(probe))).all()).isEmpty();
            probe = null;
            // the same shape again matches the remembered one, so the connection keeps what the probe left
            assertThat(conn.execute(select(user.c("f_name")).where(user.c("f_name").eq("bob"))).scalar()).isEqualTo("bob");
            Collected.await(value, "the value of the statement whose shape the open connection remembers");
        }
    }

    @DatabaseTest
    void multiTableUpdate(Engine engine) {
        fill(engine);
        try (Connection conn = engine.connect()) {
            conn.execute(user.update().values(Map.of("f_name", email.c("email"))).where(email.c("name").eq(user.c("l_name"))));
            assertThat(rows(conn, select(user.c("f_name")).orderBy(user.c("id"))))
                    .containsExactly("('yo@test',)", "('ker@test',)", "('alice',)");
        }
    }

    @DatabaseTest
    void executemanyUpdateTakesSetColumnsFromParameters(Engine engine) {
        fill(engine);
        try (Connection conn = engine.connect()) {
            Update u = user.update().where(user.c("id").eq(org.jalchemy.Jalchemy.bindparam("b_id", org.jalchemy.types.SqlTypes.INTEGER)));
            assertThat(u).hasToString("UPDATE \"user\" SET id=:id, l_name=:l_name, f_name=:f_name WHERE \"user\".id = :b_id");
            conn.execute(u, List.of(Map.of("b_id", 1, "f_name", "W1"), Map.of("b_id", 2, "f_name", "W2")));
            assertThat(rows(conn, select(user.c("f_name")).orderBy(user.c("id")))).containsExactly("('W1',)", "('W2',)", "('alice',)");
        }
    }
}
