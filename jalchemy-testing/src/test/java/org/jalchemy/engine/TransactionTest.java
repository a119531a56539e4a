package org.jalchemy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Jalchemy.text;

import java.util.Map;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.IntegrityError;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;

class TransactionTest {
    private static final String INSERT = "INSERT INTO t (id) VALUES (:id)";

    static void createTable(Engine engine) {
        engine.begin(conn -> conn.execute(text("CREATE TABLE t (id INTEGER NOT NULL PRIMARY KEY)")));
    }

    @DatabaseTest
    void closingWithoutCommitRollsBack(Engine engine, TestDatabase db) throws Exception {
        createTable(engine);
        try (Connection conn = engine.connect()) {
            conn.execute(text(INSERT), Map.of("id", 1));
            assertThat(conn.inTransaction()).isTrue();
        }
        assertThat(Direct.count(db, "t")).isZero();
    }

    @DatabaseTest
    void commitAsYouGoPersists(Engine engine, TestDatabase db) throws Exception {
        createTable(engine);
        try (Connection conn = engine.connect()) {
            conn.execute(text(INSERT), Map.of("id", 1));
            conn.commit();
            conn.execute(text(INSERT), Map.of("id", 2));
            conn.rollback();
        }
        assertThat(Direct.count(db, "t")).isEqualTo(1);
    }

    @DatabaseTest
    void explicitBeginTwiceIsAnError(Engine engine) {
        try (Connection conn = engine.connect()) {
            conn.begin();
            assertThatThrownBy(conn::begin).isInstanceOf(InvalidRequestError.class).hasMessageContaining("already begun");
        }
    }

    @DatabaseTest
    void transactionBlockWithoutCommitRollsBack(Engine engine, TestDatabase db) throws Exception {
        createTable(engine);
        try (Connection conn = engine.connect()) {
            try (Transaction tx = conn.begin()) {
                conn.execute(text(INSERT), Map.of("id", 1));
                assertThat(tx.isActive()).isTrue();
            }
            try (Transaction tx = conn.begin()) {
                conn.execute(text(INSERT), Map.of("id", 2));
                tx.commit();
                assertThat(tx.isActive()).isFalse();
            }
        }
        assertThat(Direct.count(db, "t")).isEqualTo(1);
    }

    @DatabaseTest
    void engineBeginCommitsOrRollsBack(Engine engine, TestDatabase db) throws Exception {
        createTable(engine);
        engine.begin(conn -> conn.execute(text(INSERT), Map.of("id", 1)));
        assertThatThrownBy(() -> engine.begin(conn -> {
            conn.execute(text(INSERT), Map.of("id", 2));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(Direct.count(db, "t")).isEqualTo(1);
        assertThat(engine.checkedOut()).isZero();
    }

    @DatabaseTest
    void savepointRollsBackOnlyItsOwnWork(Engine engine, TestDatabase db) throws Exception {
        createTable(engine);
        try (Connection conn = engine.connect()) {
            conn.execute(text(INSERT), Map.of("id", 1));
            try (NestedTransaction sp = conn.beginNested()) {
                conn.execute(text(INSERT), Map.of("id", 2));
                sp.rollback();
            }
            try (NestedTransaction sp = conn.beginNested()) {
                conn.execute(text(INSERT), Map.of("id", 3));
                sp.commit();
            }
            conn.commit();
        }
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(text("SELECT id FROM t ORDER BY id")).scalars(0, Integer.class).all()).containsExactly(1, 3);
        }
    }

    @DatabaseTest
    void aFailureInsideASavepointLeavesTheOuterTransactionUsable(Engine engine, TestDatabase db) throws Exception {
        createTable(engine);
        try (Connection conn = engine.connect()) {
            conn.execute(text(INSERT), Map.of("id", 1));
            NestedTransaction sp = conn.beginNested();
            assertThatThrownBy(() -> conn.execute(text(INSERT), Map.of("id", 1))).isInstanceOf(IntegrityError.class);
            sp.rollback();
            conn.execute(text(INSERT), Map.of("id", 2));
            conn.commit();
        }
        assertThat(Direct.count(db, "t")).isEqualTo(2);
    }

    @DatabaseTest
    void aFailedStatementThenRollbackLeavesNothing(Engine engine, TestDatabase db) throws Exception {
        createTable(engine);
        try (Connection conn = engine.connect()) {
            conn.execute(text(INSERT), Map.of("id", 1));
            assertThatThrownBy(() -> conn.execute(text(INSERT), Map.of("id", 1))).isInstanceOf(IntegrityError.class);
            conn.rollback();
            conn.execute(text(INSERT), Map.of("id", 5));
            conn.commit();
        }
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(text("SELECT id FROM t")).scalars(0, Integer.class).all()).containsExactly(5);
        }
    }

    @DatabaseTest
    void autocommitIsolationCommitsEachStatementAndIsNotTheDefault(TestDatabase db) throws Exception {
        createTable(db.engine());
        assertThat(db.engine().options().isolationLevel()).isNull();
        Engine auto = db.newEngine(EngineOptions.builder().isolationLevel("AUTOCOMMIT").build());
        try (Connection conn = auto.connect()) {
            conn.execute(text(INSERT), Map.of("id", 1));
        }
        assertThat(Direct.count(db, "t")).isEqualTo(1);
    }

    @DatabaseTest
    void isolationLevelsAreCheckedAgainstTheDialect(TestDatabase db) {
        assertThatThrownBy(() -> db.newEngine(EngineOptions.builder().isolationLevel("SNAPSHOT").build()))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("SERIALIZABLE");
        Engine serializable = db.newEngine(EngineOptions.builder().isolationLevel("serializable").build());
        try (Connection conn = serializable.connect()) {
            assertThat(conn.jdbcConnection().getTransactionIsolation())
                    .isEqualTo(java.sql.Connection.TRANSACTION_SERIALIZABLE);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }
}
