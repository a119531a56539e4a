package org.jalchemy.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Jalchemy.func;
import static org.jalchemy.Jalchemy.select;
import static org.jalchemy.Jalchemy.text;
import static org.jalchemy.types.SqlTypes.DATETIME;
import static org.jalchemy.types.SqlTypes.INTEGER;
import static org.jalchemy.types.SqlTypes.STRING;
import static org.jalchemy.types.SqlTypes.string;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.engine.Row;
import org.jalchemy.exc.IntegrityError;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.inspection.Inspector;
import org.jalchemy.testing.DatabaseTest;

/** createAll/dropAll order and idempotence, defaults, and constraints enforced by each database. */
class SchemaBehaviourTest {
    private final MetaData metadata = new MetaData();
    private final Table parent = new Table("parent", metadata,
            Column.of("id", INTEGER).primaryKey(),
            Column.of("name", string(50)).nullable(false).unique());
    private final Table child = new Table("child", metadata,
            Column.of("id", INTEGER).primaryKey(),
            Column.of("parent_id", INTEGER).references("parent.id"),
            Column.of("n", INTEGER).defaultValue(42),
            Column.of("made", DATETIME).defaultSupplier(() -> LocalDateTime.of(2000, 1, 1, 0, 0)),
            Column.of("label", STRING).serverDefault("none"),
            Column.of("touched", INTEGER).defaultValue(0).onupdate(() -> 1),
            new CheckConstraint("n >= 0").named("ck_child_n"),
            new Index("ix_child_n", "n"));

    @DatabaseTest
    void createAllIsIdempotentAndOrdered(Engine engine) {
        metadata.createAll(engine);
        metadata.createAll(engine);
        Inspector inspector = Inspector.of(engine);
        assertThat(inspector.getTableNames()).contains("parent", "child");
        metadata.dropAll(engine);
        metadata.dropAll(engine);
        assertThat(Inspector.of(engine).getTableNames()).doesNotContain("parent", "child");
    }

    @DatabaseTest
    void tableCreateWithoutCheckFirstFailsWhenItExists(Engine engine) {
        parent.create(engine);
        assertThatThrownBy(() -> parent.create(engine)).isInstanceOf(org.jalchemy.exc.DBAPIError.class);
        parent.create(engine, true);
        parent.drop(engine);
        parent.drop(engine, true);
        assertThat(parent.exists(engine)).isFalse();
    }

    @DatabaseTest
    void defaultsAreApplied(Engine engine) {
        metadata.createAll(engine);
        try (Connection conn = engine.connect()) {
            conn.execute(parent.insert().values(Map.of("name", "p")));
            conn.execute(child.insert().values(Map.of("parent_id", 1)));
            Row row = conn.execute(select(child.c("n"), child.c("made"), child.c("label"), child.c("touched"))).one();
            assertThat(row.get("n")).isEqualTo(42);
            assertThat(row.get("made")).isEqualTo(LocalDateTime.of(2000, 1, 1, 0, 0));
            assertThat(row.get("label")).isEqualTo("none");
            assertThat(row.get("touched")).isEqualTo(0);
            conn.execute(child.update().values(Map.of("n", 5)));
            assertThat(conn.execute(select(child.c("touched"))).scalar()).isEqualTo(1);
        }
    }

    @DatabaseTest
    void constraintsRaiseIntegrityError(Engine engine) {
        metadata.createAll(engine);
        try (Connection conn = engine.connect()) {
            conn.execute(parent.insert().values(Map.of("name", "p")));
            conn.commit();
            assertThatThrownBy(() -> conn.execute(parent.insert().values(Map.of("name", "p"))))
                    .isInstanceOf(IntegrityError.class);
            conn.rollback();
            assertThatThrownBy(() -> conn.execute(child.insert().values(Map.of("parent_id", 99))))
                    .isInstanceOf(IntegrityError.class);
            conn.rollback();
            assertThatThrownBy(() -> conn.execute(child.insert().values(Map.of("parent_id", 1, "n", -1))))
                    .isInstanceOf(IntegrityError.class);
            conn.rollback();
            assertThat(conn.execute(select(func.count()).selectFrom(child)).scalar()).isEqualTo(0);
        }
    }

    @DatabaseTest
    void missingForeignKeyTargetFailsBeforeAnyDdl(Engine engine) {
        MetaData md = new MetaData();
        new Table("aaa_ok", md, Column.of("id", INTEGER).primaryKey());
        new Table("zzz_bad", md, Column.of("id", INTEGER).primaryKey(), Column.of("x", INTEGER).references("nope.id"));
        assertThatThrownBy(() -> md.createAll(engine)).isInstanceOf(InvalidRequestError.class)
                .hasMessageContaining("zzz_bad.x");
        assertThat(Inspector.of(engine).getTableNames()).doesNotContain("aaa_ok");
    }

    @DatabaseTest(only = "postgresql")
    void failingCreateAllLeavesNothingWithTransactionalDdl(Engine engine) {
        MetaData md = new MetaData();
        new Table("aaa_first", md, Column.of("id", INTEGER).primaryKey());
        new Table("zzz_second", md, Column.of("id", INTEGER).primaryKey(),
                new CheckConstraint(text("no_such_column > 0")));
        assertThatThrownBy(() -> md.createAll(engine)).isInstanceOf(org.jalchemy.exc.DBAPIError.class);
        assertThat(Inspector.of(engine).getTableNames()).doesNotContain("aaa_first");
    }

    @DatabaseTest
    void quotedNamesWork(Engine engine) {
        MetaData md = new MetaData();
        Table t = new Table("Test Table", md, Column.of("id", INTEGER).primaryKey(),
                Column.of("key", STRING).nullable(false), Column.of("order", STRING));
        md.createAll(engine);
        try (Connection conn = engine.connect()) {
            conn.execute(t.insert(), List.of(Map.of("key", "a", "order", "1"), Map.of("key", "b", "order", "2")));
            assertThat(conn.execute(select(t.c("order")).where(t.c("key").eq("b"))).scalar()).isEqualTo("2");
        }
        assertThat(Inspector.of(engine).getTableNames()).contains("Test Table");
    }

    @DatabaseTest
    void tablesInAForeignKeyCycleAreCreatedAndDropped(Engine engine) {
        MetaData md = new MetaData();
        new Table("cyc_a", md, Column.of("id", INTEGER).primaryKey(), Column.of("b_id", INTEGER).references("cyc_b.id"));
        new Table("cyc_b", md, Column.of("id", INTEGER).primaryKey(), Column.of("a_id", INTEGER).references("cyc_a.id"));
        md.createAll(engine);
        Inspector inspector = Inspector.of(engine);
        assertThat(inspector.getForeignKeys("cyc_a")).hasSize(1);
        assertThat(inspector.getForeignKeys("cyc_b")).hasSize(1);
        md.dropAll(engine);
        assertThat(Inspector.of(engine).getTableNames()).doesNotContain("cyc_a", "cyc_b");
    }

    @DatabaseTest
    void identityAndSequenceColumnsGenerateKeys(Engine engine) {
        MetaData md = new MetaData();
        Table ident = new Table("ident", md, Column.of("id", INTEGER).primaryKey().identity(new Identity()),
                Column.of("name", STRING));
        Table seqd = new Table("seqd", md, Column.of("id", INTEGER).primaryKey().sequence(new Sequence("seqd_id_seq", 50L, null)),
                Column.of("name", STRING));
        md.createAll(engine);
        try (Connection conn = engine.connect()) {
            Object a = conn.execute(ident.insert().values(Map.of("name", "a"))).insertedPrimaryKey().get(0);
            Object b = conn.execute(seqd.insert().values(Map.of("name", "b"))).insertedPrimaryKey().get(0);
            assertThat(conn.execute(select(ident.c("name")).where(ident.c("id").eq(((Number) a).intValue()))).scalar())
                    .isEqualTo("a");
            assertThat(conn.execute(select(seqd.c("name")).where(seqd.c("id").eq(((Number) b).intValue()))).scalar())
                    .isEqualTo("b");
            if (engine.dialect().supportsSequences()) {
                assertThat(((Number) b).intValue()).isEqualTo(50);
            }
            conn.commit();
        }
        md.dropAll(engine);
        assertThat(Inspector.of(engine).getTableNames()).doesNotContain("ident", "seqd");
    }

    @DatabaseTest(only = {"postgresql", "mariadb"})
    void commentsAreStored(Engine engine) {
        MetaData md = new MetaData();
        new Table("commented", md, Column.of("id", INTEGER).primaryKey(),
                Column.of("name", STRING).comment("the user's name")).comment("people");
        md.createAll(engine);
        Inspector inspector = Inspector.of(engine);
        assertThat(inspector.getTableComment("commented", null)).isEqualTo("people");
        assertThat(inspector.getColumns("commented")).filteredOn(c -> c.name().equals("name"))
                .extracting(c -> c.comment()).containsExactly("the user's name");
    }

    @DatabaseTest
    void enumCheckRefusesOtherNames(Engine engine) {
        MetaData md = new MetaData();
        Table t = new Table("moods", md, Column.of("id", INTEGER).primaryKey(),
                Column.of("mood", org.jalchemy.types.EnumType.ofNames("sad", "ok")));
        md.createAll(engine);
        try (Connection conn = engine.connect()) {
            conn.execute(t.insert().values(Map.of("mood", "ok")));
            assertThatThrownBy(() -> conn.execute(text("INSERT INTO moods (mood) VALUES ('no')")))
                    .isInstanceOf(IntegrityError.class);
        }
    }

    @DatabaseTest(only = {"sqlite", "postgresql"})
    void expressionIndexAndDeferredForeignKey(Engine engine) {
        MetaData md = new MetaData();
        Table owner = new Table("owner", md, Column.of("id", INTEGER).primaryKey().autoincrement(false));
        Column<String> name = Column.of("name", STRING);
        Table pet = new Table("pet", md, Column.of("id", INTEGER).primaryKey(), name, Column.of("owner_id", INTEGER),
                new Index("ix_pet_lower_name", org.jalchemy.Jalchemy.func.lower(name)).unique(),
                new ForeignKeyConstraint(List.of("owner_id"), List.of("owner.id")).deferrable(true));
        md.createAll(engine);
        try (Connection conn = engine.connect()) {
            // the child first: the deferred foreign key is checked at commit
            conn.execute(pet.insert().values(Map.of("name", "Rex", "owner_id", 7)));
            conn.execute(owner.insert().values(Map.of("id", 7)));
            conn.commit();
            assertThatThrownBy(() -> conn.execute(pet.insert().values(Map.of("name", "REX", "owner_id", 7))))
                    .isInstanceOf(IntegrityError.class);
        }
    }
}
