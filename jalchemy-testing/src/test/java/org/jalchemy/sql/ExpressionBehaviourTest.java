package org.jalchemy.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.Jalchemy.bindparam;
import static org.jalchemy.Jalchemy.case_;
import static org.jalchemy.Jalchemy.func;
import static org.jalchemy.Jalchemy.literal;
import static org.jalchemy.Jalchemy.not;
import static org.jalchemy.Jalchemy.select;
import static org.jalchemy.Jalchemy.text;
import static org.jalchemy.types.SqlTypes.INTEGER;
import static org.jalchemy.types.SqlTypes.STRING;
import static org.jalchemy.types.SqlTypes.string;

import java.util.List;
import java.util.Map;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Result;
import org.jalchemy.engine.Engine;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;

/** Operators, subqueries, set operations and DML variants executed on each database. */
class ExpressionBehaviourTest {
    private final MetaData metadata = new MetaData();
    private final Table item = new Table("item", metadata,
            Column.of("id", INTEGER).primaryKey(),
            Column.of("name", string(40)),
            Column.of("qty", INTEGER),
            Column.of("grp", STRING));
    private final Table archive = new Table("archive", metadata,
            Column.of("id", INTEGER).primaryKey(),
            Column.of("name", string(40)));

    private Connection filled(Engine engine) {
        metadata.createAll(engine);
        Connection conn = engine.connect();
        conn.execute(item.insert(), List.of(
                Map.of("name", "apple", "qty", 5, "grp", "fruit"),
                Map.of("name", "Apricot", "qty", 0, "grp", "fruit"),
                Map.of("name", "100%_pure", "qty", 7, "grp", "juice"),
                Map.of("name", "beet", "qty", 2, "grp", "veg")));
        return conn;
    }

    private static List<Object> scalars(Connection conn, Select s) {
        return conn.execute(s).all().stream().map(r -> r.get(0)).toList();
    }

    @DatabaseTest
    void likeFamilyEscapesWildcards(Engine engine) {
        try (Connection conn = filled(engine)) {
            Column<Object> name = item.c("name");
            assertThat(scalars(conn, select(name).where(name.startsWith("100%")))).containsExactly("100%_pure");
            assertThat(scalars(conn, select(name).where(name.contains("%_")))).containsExactly("100%_pure");
            assertThat(scalars(conn, select(name).where(name.endsWith("et")))).containsExactly("beet");
            assertThat(scalars(conn, select(name).where(name.ilike("ap%")).orderBy(item.c("id"))))
                    .containsExactly("apple", "Apricot");
            assertThat(scalars(conn, select(name).where(item.c("qty").between(2, 5)).orderBy(item.c("id"))))
                    .containsExactly("apple", "beet");
            assertThat(scalars(conn, select(name).where(not(item.c("qty").gt(2))).orderBy(item.c("id"))))
                    .containsExactly("Apricot", "beet");
        }
    }

    @DatabaseTest
    void groupByHavingCaseCast(Engine engine) {
        try (Connection conn = filled(engine)) {
            Select s = select(item.c("grp"), func.count().label("n")).groupBy(item.c("grp"))
                    .having(func.count().gt(1));
            assertThat(conn.execute(s).all().toString()).isEqualTo("[('fruit', 2)]");
            Select c = select(case_().when(item.c("qty").gt(4), "many").otherwise("few").label("size"))
                    .orderBy(item.c("id"));
            assertThat(scalars(conn, c)).containsExactly("many", "few", "many", "few");
            assertThat(scalars(conn, select(item.c("qty").cast(string(10))).where(item.c("id").eq(1))))
                    .containsExactly("5");
            assertThat(scalars(conn, select(item.c("grp")).distinct().orderBy(item.c("grp"))))
                    .containsExactly("fruit", "juice", "veg");
        }
    }

    @DatabaseTest
    void subqueriesAndSetOperations(Engine engine) {
        try (Connection conn = filled(engine)) {
            Alias big = select(item.c("id"), item.c("name")).where(item.c("qty").gt(3)).subquery("big");
            assertThat(scalars(conn, select(big.c("name")).orderBy(big.c("id")))).containsExactly("apple", "100%_pure");
            ScalarSelect<Integer> max = select(func.max(item.c("qty", Integer.class))).scalarSubquery();
            assertThat(scalars(conn, select(item.c("name")).where(item.c("qty").eq(max)))).containsExactly("100%_pure");
            Result inserted = conn.execute(archive.insert().fromSelect(List.of("id", "name"),
                    select(item.c("id"), item.c("name")).where(item.c("grp").eq("fruit"))));
            // an INSERT ... SELECT returns no rows: its SELECT's columns are not the statement's result
            assertThat(inserted.returnsRows()).isFalse();
            assertThat(inserted.rowcount()).isEqualTo(2);
            assertThat(scalars(conn, select(item.c("name"))
                    .where(select(archive.c("id")).where(archive.c("id").eq(item.c("id"))).exists())
                    .orderBy(item.c("id")))).containsExactly("apple", "Apricot");
            assertThat(scalars(conn, select(item.c("name")).where(item.c("id").notIn(select(archive.c("id"))))
                    .orderBy(item.c("id")))).containsExactly("100%_pure", "beet");
            CompoundSelect u = select(item.c("name")).where(item.c("id").eq(1))
                    .union(select(archive.c("name")).where(archive.c("id").eq(2)));
            assertThat(conn.execute(u.orderBy("name")).all()).extracting(r -> r.get(0))
                    .containsExactlyInAnyOrder("apple", "Apricot");
        }
    }

    /** The SELECT of an INSERT keeps its WITH clause (it is the outermost SELECT, though not the result). */
    @DatabaseTest
    void insertFromSelectOfACteKeepsTheWith(Engine engine) {
        try (Connection conn = filled(engine)) {
            Cte veg = select(item.c("id"), item.c("name")).where(item.c("grp").eq("veg")).cte("veg");
            Insert ins = archive.insert().fromSelect(List.of("id", "name"), select(veg.c("id"), veg.c("name")));
            assertThat(ins.toString()).contains("WITH veg AS");
            assertThat(conn.execute(ins).returnsRows()).isFalse();
            assertThat(scalars(conn, select(archive.c("name")))).containsExactly("beet");
        }
    }

    @DatabaseTest
    void multiValuesReturningAndBindparams(Engine engine) {
        try (Connection conn = filled(engine)) {
            conn.execute(archive.insert().values(List.of(Map.of("id", 10, "name", "x"), Map.of("id", 11, "name", "y"))));
            assertThat(scalars(conn, select(archive.c("name")).orderBy(archive.c("id")))).containsExactly("x", "y");
            if (engine.dialect().supportsInsertReturning()) {
                Object id = conn.execute(item.insert().values(Map.of("name", "ret")).returning(item.c("id"))).scalar();
                // MariaDB may leave gaps in AUTO_INCREMENT after a batch, so look the row up by the returned id
                assertThat(conn.execute(select(item.c("name")).where(item.c("id").eq(id))).scalar()).isEqualTo("ret");
            }
            Update u = item.update().where(item.c("id").eq(bindparam("target", INTEGER)))
                    .values(Map.of("qty", bindparam("newqty", INTEGER)));
            conn.execute(u, List.of(Map.of("target", 1, "newqty", 50), Map.of("target", 2, "newqty", 60)));
            assertThat(scalars(conn, select(item.c("qty")).where(item.c("id").in(List.of(1, 2))).orderBy(item.c("id"))))
                    .containsExactly(50, 60);
            conn.execute(item.update().values(Map.of("qty", item.c("qty").add(1))).where(item.c("id").eq(1)));
            assertThat(conn.execute(select(item.c("qty")).where(item.c("id").eq(1))).scalar()).isEqualTo(51);
            assertThat(conn.execute(select(item.c("name")).where(text("qty > :q")), Map.of("q", 55)).scalar())
                    .isEqualTo("Apricot");
            assertThat(conn.execute(select(literal(3, INTEGER).add(4).label("x"))).scalar()).isEqualTo(7);
        }
    }

    @DatabaseTest
    void nullsFirstAndLastOrderTheSameEverywhere(Engine engine) {
        try (Connection conn = filled(engine)) {
            conn.execute(item.insert().values(Map.of("name", "nothing")));
            assertThat(scalars(conn, select(item.c("name")).orderBy(item.c("qty").desc().nullsLast())))
                    .containsExactly("100%_pure", "apple", "beet", "Apricot", "nothing");
            assertThat(scalars(conn, select(item.c("name")).orderBy(item.c("qty").asc().nullsFirst())))
                    .containsExactly("nothing", "Apricot", "beet", "apple", "100%_pure");
        }
    }

    @DatabaseTest
    void intersectExceptAndLocking(Engine engine) {
        try (Connection conn = filled(engine)) {
            Select fruit = select(item.c("name")).where(item.c("grp").eq("fruit"));
            Select small = select(item.c("name")).where(item.c("qty").lt(3));
            assertThat(conn.execute(fruit.intersect(small)).all()).extracting(r -> r.get(0)).containsExactly("Apricot");
            assertThat(conn.execute(fruit.except(small)).all()).extracting(r -> r.get(0)).containsExactly("apple");
            assertThat(conn.execute(fruit.unionAll(small).orderBy(item.c("name").desc())).all()).hasSize(4);
            assertThat(conn.execute(select(item.c("id")).where(item.c("id").eq(1)).withForUpdate()).scalar()).isEqualTo(1);
        }
    }

    @DatabaseTest(only = {"sqlite", "postgresql"})
    void fullOuterJoin(Engine engine) {
        try (Connection conn = filled(engine)) {
            conn.execute(archive.insert().values(Map.of("id", 1, "name", "apple")));
            conn.execute(archive.insert().values(Map.of("id", 99, "name", "ghost")));
            Select s = select(item.c("id"), archive.c("id").label("aid"))
                    .selectFrom(item.fullOuterJoin(archive, archive.c("id").eq(item.c("id"))));
            assertThat(conn.execute(s).all()).hasSize(5);
        }
    }
}
