package org.jalchemy.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Jalchemy.select;
import static org.jalchemy.Jalchemy.text;

import java.util.List;
import java.util.Map;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.exc.NoSuchTableError;
import org.jalchemy.inspection.Reflection.ReflectOptions;
import org.jalchemy.schema.ForeignKeyConstraint;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.types.NumericType;
import org.jalchemy.types.StringType;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;

class ReflectionTest {

    private static void schema(Engine engine) {
        engine.begin(conn -> {
            conn.execute(text("CREATE TABLE parent (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(40) NOT NULL,"
                    + " price NUMERIC(10, 2), CONSTRAINT uq_name UNIQUE (name))"));
            conn.execute(text("CREATE TABLE child (id INTEGER NOT NULL PRIMARY KEY, parent_id INTEGER NOT NULL,"
                    + " CONSTRAINT fk_parent FOREIGN KEY (parent_id) REFERENCES parent (id))"));
            conn.execute(text("CREATE INDEX ix_child_parent ON child (parent_id)"));
            conn.execute(text("INSERT INTO parent (id, name, price) VALUES (1, 'a', 1.50), (2, 'b', 2.25)"));
            conn.execute(text("INSERT INTO child (id, parent_id) VALUES (10, 1), (11, 1), (12, 2)"));
        });
    }

    @DatabaseTest
    void reflectedTablesAreFullTablesUsableInStatements(Engine engine) {
        schema(engine);
        MetaData metadata = new MetaData();
        assertThat(metadata.tables()).isEmpty();
        Reflection.reflect(metadata, engine, ReflectOptions.all());
        assertThat(metadata.tables().keySet()).containsExactlyInAnyOrder("parent", "child");
        Table parent = metadata.table("parent");
        Table child = metadata.table("child");
        assertThat(parent.columns().keys()).containsExactly("id", "name", "price");
        assertThat(parent.primaryKeyColumns()).extracting(c -> c.name()).containsExactly("id");
        assertThat(parent.c("name").type()).isEqualTo(new StringType(40));
        assertThat(parent.c("name").isNullable()).isFalse();
        assertThat(parent.c("price").type()).isEqualTo(new NumericType(10, 2));
        List<ForeignKeyConstraint> fks = child.foreignKeys();
        assertThat(fks).singleElement().satisfies(fk -> {
            assertThat(fk.targetTable()).isEqualTo("parent");
            assertThat(fk.columnNames()).containsExactly("parent_id");
        });
        assertThat(child.indexes()).extracting(i -> i.name()).contains("ix_child_parent");
        assertThat(metadata.sortedTables()).extracting(Table::name).containsExactly("parent", "child");

        try (Connection conn = engine.connect()) {
            var stmt = select(parent.c("name"), child.c("id")).selectFrom(child.join(parent))
                    .where(parent.c("name").eq("a")).orderBy(child.c("id"));
            assertThat(conn.execute(stmt).all()).extracting(r -> r.get(1, Integer.class)).containsExactly(10, 11);
        }
    }

    @DatabaseTest
    void onlyNamedTablesAndTheirForeignKeyTargetsAreLoaded(Engine engine) {
        schema(engine);
        MetaData metadata = new MetaData();
        Reflection.table("child", metadata, engine);
        assertThat(metadata.tables().keySet()).containsExactlyInAnyOrder("child", "parent");
        MetaData only = new MetaData();
        Reflection.reflect(only, engine, ReflectOptions.all().only(List.of("parent")));
        assertThat(only.tables().keySet()).containsExactly("parent");
        assertThatThrownBy(() -> Reflection.reflectOnly(new MetaData(), engine, List.of("parent", "ghost"), null))
                .isInstanceOf(InvalidRequestError.class).hasMessageContaining("ghost");
        assertThatThrownBy(() -> Reflection.table("ghost", new MetaData(), engine)).isInstanceOf(NoSuchTableError.class);
    }

    @DatabaseTest
    void anExistingTableIsKeptUnlessExtendExisting(Engine engine) {
        schema(engine);
        MetaData metadata = new MetaData();
        Table declared = new Table("parent", metadata, org.jalchemy.schema.Column.of("id", org.jalchemy.types.SqlTypes.INTEGER).primaryKey());
        Reflection.reflect(metadata, engine, ReflectOptions.all());
        assertThat(metadata.table("parent")).isSameAs(declared);
        Reflection.reflect(metadata, engine, ReflectOptions.all().extendExisting());
        assertThat(metadata.table("parent").columns().keys()).containsExactly("id", "name", "price");
    }

    @DatabaseTest
    void namesThatNeedQuotingReflectAndQuery(Engine engine, TestDatabase db) {
        String q = db.is("mariadb") ? "`" : "\"";
        engine.begin(conn -> {
            conn.execute(text("CREATE TABLE " + q + "Test Table" + q + " (" + q + "select" + q + " INTEGER PRIMARY KEY, "
                    + q + "MixedCase" + q + " VARCHAR(10), " + q + "ünï" + q + " VARCHAR(10))"));
            conn.execute(text("INSERT INTO " + q + "Test Table" + q + " VALUES (1, 'x', 'y')"));
        });
        MetaData metadata = new MetaData();
        Reflection.reflect(metadata, engine, ReflectOptions.all());
        Table t = metadata.table("Test Table");
        assertThat(t.columns().keys()).containsExactly("select", "MixedCase", "ünï");
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(select(t.c("MixedCase"), t.c("ünï")).where(t.c("select").eq(1))).one().toList())
                    .containsExactly("x", "y");
        }
    }

    @DatabaseTest(only = "sqlite")
    void unknownTypesBecomeNullTypeInsteadOfFailing(Engine engine) {
        engine.begin(conn -> conn.execute(text("CREATE TABLE odd (id INTEGER PRIMARY KEY, g GEOMETRYISH, v VARIANT)")));
        MetaData metadata = new MetaData();
        Reflection.reflect(metadata, engine, ReflectOptions.all());
        assertThat(metadata.table("odd").c("g").type()).isEqualTo(org.jalchemy.types.NullType.INSTANCE);
        try (Connection conn = engine.connect()) {
            conn.execute(metadata.table("odd").insert().values(Map.of("id", 1, "g", "pt", "v", 7)));
            assertThat(conn.execute(select(metadata.table("odd").c("v"))).scalar()).isEqualTo(7);
        }
    }

    @DatabaseTest
    void viewsAreReflectedOnlyWhenAskedAndQueryLikeTables(Engine engine) {
        schema(engine);
        engine.begin(conn -> conn.execute(text("CREATE VIEW cheap AS SELECT id, name FROM parent WHERE price < 2")));
        MetaData tablesOnly = new MetaData();
        Reflection.reflect(tablesOnly, engine, ReflectOptions.all());
        assertThat(tablesOnly.tables().keySet()).doesNotContain("cheap");
        MetaData withViews = new MetaData();
        Reflection.reflect(withViews, engine, ReflectOptions.all().withViews());
        Table cheap = withViews.table("cheap");
        assertThat(cheap.columns().keys()).containsExactly("id", "name");
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(select(cheap.c("name"))).scalars().all()).containsExactly("a");
        }
    }

    @DatabaseTest(only = "postgresql")
    void anotherSchemaAndExpressionIndexesOnPostgresql(Engine engine) {
        engine.begin(conn -> {
            conn.execute(text("CREATE SCHEMA other"));
            conn.execute(text("CREATE TABLE other.p (id INTEGER PRIMARY KEY, name VARCHAR(20))"));
            conn.execute(text("CREATE TABLE other.c (id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES other.p (id))"));
            conn.execute(text("CREATE INDEX ix_lower_name ON other.p (lower(name))"));
        });
        Inspector inspector = org.jalchemy.Jalchemy.inspect(engine);
        assertThat(inspector.getSchemaNames()).contains("other", "public");
        assertThat(inspector.getTableNames("other")).containsExactly("c", "p");
        assertThat(inspector.getIndexes("p", "other")).singleElement().satisfies(i -> {
            assertThat(i.expressions()).singleElement().asString().contains("lower");
            assertThat(i.columns()).containsExactly((String) null);
        });
        assertThat(inspector.getForeignKeys("c", "other")).singleElement()
                .satisfies(fk -> assertThat(fk.referredSchema()).isEqualTo("other"));
        MetaData metadata = new MetaData();
        metadata.reflect(engine, ReflectOptions.all().inSchema("other"));
        assertThat(metadata.tables().keySet()).containsExactlyInAnyOrder("other.p", "other.c");
        try (Connection conn = engine.connect()) {
            Table p = metadata.table("other.p");
            conn.execute(p.insert().values(Map.of("id", 1, "name", "x")));
            assertThat(conn.execute(select(p.c("name"))).scalar()).isEqualTo("x");
        }
    }
}
