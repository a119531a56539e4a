package org.jalchemy.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Jalchemy.text;

import java.util.List;
import org.jalchemy.Jalchemy;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.exc.NoSuchTableError;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;

class InspectorTest {

    private static void schema(Engine engine, TestDatabase db) {
        String q = db.is("mariadb") ? "`" : "\"";
        String view = "CREATE VIEW names AS SELECT name FROM parent";
        engine.begin(conn -> {
            conn.execute(text("CREATE TABLE parent (id INTEGER NOT NULL, name VARCHAR(40) NOT NULL, score NUMERIC(10, 2),"
                    + " CONSTRAINT pk_parent PRIMARY KEY (id), CONSTRAINT uq_parent_name UNIQUE (name),"
                    + " CONSTRAINT ck_score CHECK (score > 0))"));
            conn.execute(text("CREATE TABLE " + q + "Child Table" + q + " (a INTEGER NOT NULL, b INTEGER NOT NULL,"
                    + " parent_id INTEGER, note VARCHAR(20) DEFAULT 'n/a',"
                    + " PRIMARY KEY (b, a), CONSTRAINT fk_child_parent FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE)"));
            conn.execute(text("CREATE INDEX ix_child_note ON " + q + "Child Table" + q + " (note, parent_id)"));
            conn.execute(text(view));
        });
    }

    @DatabaseTest
    void tablesViewsAndColumns(Engine engine, TestDatabase db) {
        schema(engine, db);
        Inspector inspector = Jalchemy.inspect(engine);
        assertThat(inspector.getTableNames()).containsExactly("Child Table", "parent");
        assertThat(inspector.getViewNames()).containsExactly("names");
        assertThat(inspector.getViewDefinition("names", null)).containsIgnoringCase("parent");
        assertThat(inspector.hasTable("parent")).isTrue();
        assertThat(inspector.hasTable("nope")).isFalse();
        List<ReflectedColumn> cols = inspector.getColumns("parent");
        assertThat(cols).extracting(ReflectedColumn::name).containsExactly("id", "name", "score");
        assertThat(cols.get(0).nullable()).isFalse();
        assertThat(cols.get(1).baseType()).isEqualTo("VARCHAR");
        assertThat(cols.get(1).length()).isEqualTo(40);
        assertThat(cols.get(2).nullable()).isTrue();
        assertThat(cols.get(2).precision()).isEqualTo(10);
        assertThat(cols.get(2).scale()).isEqualTo(2);
        ReflectedColumn note = inspector.getColumns("Child Table").get(3);
        assertThat(note.defaultText()).contains("n/a");
        assertThat(inspector.getDefaultSchemaName()).isNotBlank();
        assertThat(inspector.getSchemaNames()).contains(inspector.getDefaultSchemaName());
    }

    @DatabaseTest
    void keysIndexesAndConstraints(Engine engine, TestDatabase db) {
        schema(engine, db);
        Inspector inspector = Jalchemy.inspect(engine);
        assertThat(inspector.getPkConstraint("parent").columns()).containsExactly("id");
        assertThat(inspector.getPkConstraint("Child Table").columns()).containsExactly("b", "a");
        List<ReflectedForeignKey> fks = inspector.getForeignKeys("Child Table");
        assertThat(fks).hasSize(1);
        assertThat(fks.get(0).columns()).containsExactly("parent_id");
        assertThat(fks.get(0).referredTable()).isEqualTo("parent");
        assertThat(fks.get(0).referredColumns()).containsExactly("id");
        assertThat(fks.get(0).referredSchema()).isNull();
        assertThat(fks.get(0).onDelete()).isEqualTo("CASCADE");
        assertThat(inspector.getIndexes("Child Table")).filteredOn(i -> i.name().equals("ix_child_note"))
                .singleElement().satisfies(i -> {
                    assertThat(i.columns()).containsExactly("note", "parent_id");
                    assertThat(i.unique()).isFalse();
                });
        assertThat(inspector.hasIndex("Child Table", "ix_child_note", null)).isTrue();
        assertThat(inspector.getUniqueConstraints("parent")).singleElement()
                .satisfies(u -> assertThat(u.columns()).containsExactly("name"));
        assertThat(inspector.getCheckConstraints("parent")).singleElement()
                .satisfies(c -> assertThat(c.sqltext()).contains("score").contains("0"));
    }

    @DatabaseTest
    void unknownTablesRaiseNoSuchTableErrorAndAnswersAreCached(Engine engine) {
        Inspector inspector = Jalchemy.inspect(engine);
        assertThatThrownBy(() -> inspector.getColumns("missing")).isInstanceOf(NoSuchTableError.class).hasMessage("missing");
        assertThatThrownBy(() -> inspector.getForeignKeys("missing")).isInstanceOf(NoSuchTableError.class);
        assertThat(inspector.getTableNames()).isEmpty();
        engine.begin(conn -> conn.execute(text("CREATE TABLE later (id INTEGER)")));
        assertThat(inspector.getTableNames()).as("cached for this inspector").isEmpty();
        assertThat(Jalchemy.inspect(engine).getTableNames()).containsExactly("later");
    }

    @DatabaseTest
    void anInspectorOnAConnectionSeesItsUncommittedDdl(Engine engine, TestDatabase db) {
        try (Connection conn = engine.connect()) {
            conn.execute(text("CREATE TABLE pending (id INTEGER)"));
            assertThat(Jalchemy.inspect(conn).getTableNames()).containsExactly("pending");
        }
    }

    @DatabaseTest(only = "postgresql")
    void postgresqlCommentsSequencesAndIdentity(Engine engine) {
        engine.begin(conn -> {
            conn.execute(text("CREATE TABLE c (id SERIAL PRIMARY KEY, g INTEGER GENERATED ALWAYS AS IDENTITY, t TIMESTAMP WITH TIME ZONE)"));
            conn.execute(text("COMMENT ON TABLE c IS 'the table'"));
            conn.execute(text("COMMENT ON COLUMN c.t IS 'when'"));
            conn.execute(text("CREATE SEQUENCE s"));
        });
        Inspector inspector = Jalchemy.inspect(engine);
        assertThat(inspector.getTableComment("c", null)).isEqualTo("the table");
        List<ReflectedColumn> cols = inspector.getColumns("c");
        assertThat(cols.get(0).autoincrement()).isTrue();
        assertThat(cols.get(1).autoincrement()).isTrue();
        assertThat(cols.get(2).timezone()).isTrue();
        assertThat(cols.get(2).comment()).isEqualTo("when");
        assertThat(inspector.getSequenceNames(null)).contains("s", "c_id_seq");
    }
}
