package org.jalchemy.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.Jalchemy.func;
import static org.jalchemy.Jalchemy.literal;
import static org.jalchemy.Jalchemy.select;
import static org.jalchemy.types.SqlTypes.INTEGER;
import static org.jalchemy.types.SqlTypes.string;

import java.util.List;
import java.util.Map;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;

/** Upserts, window functions and CTEs on each database. */
class AdvancedBehaviourTest {
    private final MetaData metadata = new MetaData();
    private final Table score = new Table("score", metadata,
            Column.of("id", INTEGER).primaryKey().autoincrement(false),
            Column.of("player", string(20)),
            Column.of("points", INTEGER));

    private Connection filled(Engine engine) {
        metadata.createAll(engine);
        Connection conn = engine.connect();
        conn.execute(score.insert(), List.of(
                Map.of("id", 1, "player", "ann", "points", 10),
                Map.of("id", 2, "player", "bob", "points", 30),
                Map.of("id", 3, "player", "ann", "points", 20)));
        return conn;
    }

    @DatabaseTest
    void upsert(Engine engine) {
        try (Connection conn = filled(engine)) {
            Insert ins = score.insert().values(Map.of("id", 1, "player", "ann", "points", 99));
            conn.execute(ins.onConflictDoNothing("id"));
            assertThat(conn.execute(select(score.c("points")).where(score.c("id").eq(1))).scalar()).isEqualTo(10);
            conn.execute(ins.onConflictDoUpdate(List.of("id"), Map.of("points", ins.excluded("points"))));
            assertThat(conn.execute(select(score.c("points")).where(score.c("id").eq(1))).scalar()).isEqualTo(99);
        }
    }

    @DatabaseTest
    void anUpsertsSetValuesAreNotKeptOnceItsStatementIsGone(Engine engine) throws InterruptedException {
        // a values-less INSERT remembers the variant its parameter keys made: on the statement, so the engine's
        // cached compiled form never keeps the upsert's SET values reachable after it
        java.lang.ref.WeakReference<String> value;
        try (Connection conn = filled(engine)) {
            String probe = new String("probe");
            value = new java.lang.ref.WeakReference<>(probe);
            Insert upsert = score.insert().onConflictDoUpdate(List.of("id"), Map.of("player", probe));
            conn.execute(upsert, List.of(Map.of("id", 1, "player", "x", "points", 5),
                    Map.of("id", 9, "player", "y", "points", 6)));
            assertThat(conn.execute(select(score.c("player")).where(score.c("id").eq(1))).scalar()).isEqualTo("probe");
            assertThat(conn.execute(select(score.c("player")).where(score.c("id").eq(9))).scalar()).isEqualTo("y");
            // the same SQL with another value, so that the driver's statement no longer holds the probe; from an
            // INSERT with values, another shape, so that nothing replaces what the values-less one left behind
            conn.execute(score.insert().values(Map.of("id", 1, "player", "x", "points", 5))
                    .onConflictDoUpdate(List.of("id"), Map.of("player", "z")));
            assertThat(conn.execute(select(score.c("player")).where(score.c("id").eq(1))).scalar()).isEqualTo("z");
            probe = null;
            upsert = null;
            Collected.await(value, "the SET value of an upsert no longer referenced");
        }
    }

    @DatabaseTest
    void windowFunction(Engine engine) {
        try (Connection conn = filled(engine)) {
            Select s = select(score.c("id"), func.rowNumber().over().partitionBy(score.c("player"))
                    .orderBy(score.c("points").desc()).label("rn")).orderBy(score.c("id"));
            assertThat(conn.execute(s).all().toString()).isEqualTo("[(1, 2), (2, 1), (3, 1)]");
            Select running = select(score.c("id"), func.sum(score.c("points", Integer.class)).over()
                    .orderBy(score.c("id")).rows(null, 0L).label("total")).orderBy(score.c("id"));
            assertThat(conn.execute(running).all()).extracting(r -> ((Number) r.get(1)).intValue())
                    .containsExactly(10, 40, 60);
        }
    }

    @DatabaseTest
    void cteAndRecursiveCte(Engine engine) {
        try (Connection conn = filled(engine)) {
            Cte ann = select(score.c("id"), score.c("points")).where(score.c("player").eq("ann")).cte("ann");
            assertThat(conn.execute(select(func.sum(ann.c("points", Integer.class)).label("s"))).scalar())
                    .satisfies(v -> assertThat(((Number) v).intValue()).isEqualTo(30));
            Cte nums = select(literal(1, INTEGER).label("n")).cteRecursive("nums");
            nums = nums.unionAll(select(nums.c("n").add(1)).where(nums.c("n").lt(5)));
            assertThat(conn.execute(select(nums.c("n")).orderBy(nums.c("n"))).all()).hasSize(5);
        }
    }

    @DatabaseTest(only = "postgresql")
    void lateralJoin(Engine engine) {
        try (Connection conn = filled(engine)) {
            Alias players = select(score.c("player")).distinct().subquery("p");
            Alias top = select(score.c("points")).where(score.c("player").eq(players.c("player")))
                    .orderBy(score.c("points").desc()).limit(1).lateral("top");
            Select s = select(players.c("player"), top.c("points"))
                    .selectFrom(players.join(top, org.jalchemy.Jalchemy.true_())).orderBy(players.c("player"));
            assertThat(conn.execute(s).all().toString()).isEqualTo("[('ann', 20), ('bob', 30)]");
        }
    }
}
