package org.jalchemy.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.types.SqlTypes.BIGINT;
import static org.jalchemy.types.SqlTypes.BOOLEAN;
import static org.jalchemy.types.SqlTypes.DATETIME;
import static org.jalchemy.types.SqlTypes.INTEGER;
import static org.jalchemy.types.SqlTypes.LARGE_BINARY;
import static org.jalchemy.types.SqlTypes.STRING;
import static org.jalchemy.types.SqlTypes.UUID;
import static org.jalchemy.types.SqlTypes.numeric;
import static org.jalchemy.types.SqlTypes.string;

import java.time.LocalDateTime;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.dialect.Dialects;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.InvalidRequestError;
import org.junit.jupiter.api.Test;

/** CREATE/DROP TABLE and INDEX: exact text for the string form and each dialect. */
class DdlCompileTest {
    private final Dialect sqlite = Dialects.named("sqlite");
    private final Dialect postgresql = Dialects.named("postgresql");
    private final Dialect mariadb = Dialects.named("mariadb");

    private Table user(MetaData md) {
        return new Table("user", md, Column.of("id", INTEGER).primaryKey(), Column.of("l_name", STRING),
                Column.of("f_name", STRING));
    }

    @Test
    void createTablePerDialect() {
        Table t = user(new MetaData());
        CreateTable ddl = new CreateTable(t);
        assertThat(ddl).hasToString("\nCREATE TABLE \"user\" (\n\tid INTEGER NOT NULL, \n\tl_name VARCHAR, \n\t"
                + "f_name VARCHAR, \n\tPRIMARY KEY (id)\n)\n\n");
        assertThat(ddl.compile(sqlite).sql()).isEqualTo("\nCREATE TABLE user (\n\tid INTEGER NOT NULL, \n\t"
                + "l_name VARCHAR, \n\tf_name VARCHAR, \n\tPRIMARY KEY (id)\n)\n\n");
        assertThat(ddl.compile(postgresql).sql()).isEqualTo("\nCREATE TABLE \"user\" (\n\tid SERIAL NOT NULL, \n\t"
                + "l_name VARCHAR, \n\tf_name VARCHAR, \n\tPRIMARY KEY (id)\n)\n\n");
        assertThat(ddl.compile(mariadb).sql()).isEqualTo("\nCREATE TABLE user (\n\tid INTEGER NOT NULL AUTO_INCREMENT,"
                + " \n\tl_name VARCHAR(255), \n\tf_name VARCHAR(255), \n\tPRIMARY KEY (id)\n)\n\n");
    }

    @Test
    void quotingOfMixedCaseSpacesAndReservedWords() {
        Table t = new Table("Test Table", new MetaData(), Column.of("id", INTEGER).primaryKey(),
                Column.of("key", STRING).nullable(false), Column.of("Val", STRING));
        assertThat(new CreateTable(t).compile(sqlite).sql()).contains("CREATE TABLE \"Test Table\"")
                .contains("\"key\" VARCHAR NOT NULL").contains("\"Val\" VARCHAR");
        assertThat(new CreateTable(t).compile(mariadb).sql()).contains("CREATE TABLE `Test Table`")
                .contains("`key` VARCHAR(255) NOT NULL").contains("`Val` VARCHAR(255)");
        assertThat(new DropTable(t).compile(postgresql).sql()).isEqualTo("\nDROP TABLE \"Test Table\"");
    }

    @Test
    void typesPerDialect() {
        Table t = new Table("t", new MetaData(), Column.of("id", BIGINT).primaryKey(),
                Column.of("price", numeric(10, 2)), Column.of("at", DATETIME), Column.of("ok", BOOLEAN),
                Column.of("data", LARGE_BINARY), Column.of("u", UUID), Column.of("code", string(5)));
        assertThat(new CreateTable(t).compile(postgresql).sql()).isEqualTo("\nCREATE TABLE t (\n\tid BIGSERIAL NOT NULL,"
                + " \n\tprice NUMERIC(10, 2), \n\tat TIMESTAMP WITHOUT TIME ZONE, \n\tok BOOLEAN, \n\tdata BYTEA, \n\t"
                + "u UUID, \n\tcode VARCHAR(5), \n\tPRIMARY KEY (id)\n)\n\n");
        assertThat(new CreateTable(t).compile(sqlite).sql()).contains("id INTEGER NOT NULL").contains("at DATETIME")
                .contains("data BLOB").contains("u CHAR(32)");
        assertThat(new CreateTable(t).compile(mariadb).sql()).contains("id BIGINT NOT NULL AUTO_INCREMENT")
                .contains("at DATETIME(6)").contains("ok BOOL").contains("data LONGBLOB");
    }

    @Test
    void constraintsDefaultsAndIndexes() {
        MetaData md = new MetaData();
        user(md);
        Table address = new Table("address", md, Column.of("id", INTEGER).primaryKey(),
                Column.of("user_id", INTEGER).foreignKey(new ForeignKey("user.id").ondelete("cascade")),
                Column.of("email", string(100)).unique().index(),
                Column.of("n", INTEGER).serverDefault("0"),
                Column.of("at", DATETIME).defaultSupplier(LocalDateTime::now),
                new CheckConstraint("n >= 0").named("ck_n"));
        CreateTable ddl = new CreateTable(address);
        assertThat(ddl).hasToString("\nCREATE TABLE address (\n\tid INTEGER NOT NULL, \n\tuser_id INTEGER, \n\t"
                + "email VARCHAR(100), \n\tn INTEGER DEFAULT '0', \n\tat DATETIME, \n\tPRIMARY KEY (id), \n\t"
                + "CONSTRAINT ck_n CHECK (n >= 0), \n\tUNIQUE (email), \n\tFOREIGN KEY(user_id) REFERENCES \"user\" (id)"
                + " ON DELETE CASCADE\n)\n\n");
        assertThat(ddl.withDependents()).hasSize(2);
        CreateIndex index = (CreateIndex) ddl.withDependents().get(1);
        assertThat(index).hasToString("CREATE INDEX ix_address_email ON address (email)");
        assertThat(new DropIndex(index.index()).compile(mariadb).sql()).isEqualTo("\nDROP INDEX ix_address_email ON address");
    }

    @Test
    void sortedTablesFollowForeignKeys() {
        MetaData md = new MetaData();
        new Table("b_child", md, Column.of("id", INTEGER).primaryKey(), Column.of("a_id", INTEGER).references("z_parent.id"));
        new Table("z_parent", md, Column.of("id", INTEGER).primaryKey());
        new Table("a_other", md, Column.of("id", INTEGER).primaryKey());
        assertThat(md.sortedTables()).extracting(Table::name).containsExactly("a_other", "z_parent", "b_child");
        assertThat(md.tables().keySet()).containsExactly("b_child", "z_parent", "a_other");
    }

    @Test
    void badInputNamesTableAndColumn() {
        MetaData md = new MetaData();
        assertThatThrownBy(() -> new Table("t", md, Column.of("a", INTEGER), Column.of("a", INTEGER)))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("Duplicate column 'a' in table 't'");
        user(md);
        assertThatThrownBy(() -> user(md)).isInstanceOf(InvalidRequestError.class)
                .hasMessageContaining("Table 'user' is already defined");
        Table bad = new Table("bad", md, Column.of("id", INTEGER).primaryKey(), Column.of("x", INTEGER).references("nope.id"));
        assertThatThrownBy(() -> new CreateTable(bad).toString()).isInstanceOf(InvalidRequestError.class)
                .hasMessageContaining("'bad.x'").hasMessageContaining("could not find table 'nope'");
        Table bad2 = new Table("bad2", md, Column.of("id", INTEGER).primaryKey(), Column.of("x", INTEGER).references("user.nope"));
        assertThatThrownBy(() -> new CreateTable(bad2).toString()).isInstanceOf(InvalidRequestError.class)
                .hasMessageContaining("has no column named 'nope'");
        assertThatThrownBy(() -> bad2.c("missing")).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("Table 'bad2' has no column 'missing'");
        assertThatThrownBy(() -> new Table("u2", md, Column.of("id", INTEGER), new UniqueConstraint("zz")))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("names column 'zz'");
    }

    @Test
    void tableObjectOperations() {
        Table t = new Table("ex_table", new MetaData(), Column.of("id", INTEGER).primaryKey(),
                Column.of("key", STRING), Column.of("val", INTEGER));
        assertThat(t.name()).isEqualTo("ex_table");
        assertThat(t.columns().keys()).containsExactly("id", "key", "val");
        Column<Object> c = t.c("key");
        assertThat(c.name()).isEqualTo("key");
        assertThat(c.table()).isSameAs(t).hasToString("ex_table");
        Column<Integer> val = t.c("val", Integer.class);
        assertThat(val.type().javaType()).isEqualTo(Integer.class);
        assertThatThrownBy(() -> t.c("val", String.class)).isInstanceOf(ArgumentError.class);
        Column<Integer> def = Column.of("val", INTEGER);
        assertThat(t.c(def)).isSameAs(val);
    }

    @Test
    void alterForeignKeysForCycles() {
        MetaData md = new MetaData();
        Table a = new Table("cyc_a", md, Column.of("id", INTEGER).primaryKey(), Column.of("b_id", INTEGER).references("cyc_b.id"));
        new Table("cyc_b", md, Column.of("id", INTEGER).primaryKey(), Column.of("a_id", INTEGER).references("cyc_a.id"));
        ForeignKeyConstraint fk = a.foreignKeys().get(0);
        assertThat(new CreateTable(a, java.util.List.of(fk))).hasToString("\nCREATE TABLE cyc_a (\n\tid INTEGER NOT NULL,"
                + " \n\tb_id INTEGER, \n\tPRIMARY KEY (id)\n)\n\n");
        ForeignKeyConstraint named = fk.named(fk.nameFor(a));
        assertThat(new AddConstraint(a, named)).hasToString("ALTER TABLE cyc_a ADD CONSTRAINT fk_cyc_a_b_id_cyc_b"
                + " FOREIGN KEY(b_id) REFERENCES cyc_b (id)");
        assertThat(new DropConstraint(a, named).compile(mariadb).sql())
                .isEqualTo("ALTER TABLE cyc_a DROP FOREIGN KEY fk_cyc_a_b_id_cyc_b");
        assertThat(new DropConstraint(a, named).compile(postgresql).sql())
                .isEqualTo("ALTER TABLE cyc_a DROP CONSTRAINT fk_cyc_a_b_id_cyc_b");
    }

    @Test
    void namingConvention() {
        MetaData md = new MetaData(null, new NamingConvention(java.util.Map.of(
                "pk", "pk_%(table_name)s",
                "uq", "uq_%(table_name)s_%(column_0_name)s",
                "fk", "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
                "ix", "ix_%(column_0_label)s")));
        user(md);
        Table t = new Table("acct", md, Column.of("id", INTEGER).primaryKey(),
                Column.of("email", string(50)).unique().index(), Column.of("user_id", INTEGER).references("user.id"));
        CreateTable ddl = new CreateTable(t);
        assertThat(ddl).hasToString("\nCREATE TABLE acct (\n\tid INTEGER NOT NULL, \n\temail VARCHAR(50), \n\t"
                + "user_id INTEGER, \n\tCONSTRAINT pk_acct PRIMARY KEY (id), \n\tCONSTRAINT uq_acct_email UNIQUE (email),"
                + " \n\tCONSTRAINT fk_acct_user_id_user FOREIGN KEY(user_id) REFERENCES \"user\" (id)\n)\n\n");
        assertThat(t.indexes()).extracting(Index::name).containsExactly("ix_acct_email");
    }

    @Test
    void identityAndSequence() {
        MetaData md = new MetaData();
        Table t = new Table("ident", md, Column.of("id", INTEGER).primaryKey().identity(new Identity(100L, 5L, false)),
                Column.of("name", STRING));
        assertThat(new CreateTable(t).compile(postgresql).sql()).contains(
                "id INTEGER GENERATED BY DEFAULT AS IDENTITY (START WITH 100 INCREMENT BY 5) NOT NULL");
        assertThat(new CreateTable(t).compile(mariadb).sql()).contains("id INTEGER NOT NULL AUTO_INCREMENT");
        assertThat(new CreateTable(t).compile(sqlite).sql()).contains("id INTEGER NOT NULL");
        Sequence seq = new Sequence("seq_id", 10L, null);
        Table s = new Table("seqd", md, Column.of("id", INTEGER).primaryKey().sequence(seq), Column.of("name", STRING));
        assertThat(new CreateSequence(seq).compile(postgresql).sql()).isEqualTo("CREATE SEQUENCE seq_id START WITH 10");
        assertThat(new CreateTable(s).compile(postgresql).sql()).contains("id INTEGER NOT NULL");
        assertThat(s.insert().values(java.util.Map.of("name", "x")).compile(postgresql).sql())
                .isEqualTo("INSERT INTO seqd (id, name) VALUES (nextval('seq_id'), ?)");
        assertThat(s.insert().values(java.util.Map.of("name", "x")).compile(sqlite).sql())
                .isEqualTo("INSERT INTO seqd (name) VALUES (?)");
    }

    @Test
    void comments() {
        Table t = new Table("c", new MetaData(), Column.of("id", INTEGER).primaryKey(),
                Column.of("name", STRING).comment("it's")).comment("tbl");
        assertThat(new CreateTable(t).compile(mariadb).sql()).contains("name VARCHAR(255) COMMENT 'it''s'")
                .endsWith("\n) COMMENT='tbl'\n\n");
        assertThat(new SetComment(t, t.c("name")).compile(postgresql).sql()).isEqualTo("COMMENT ON COLUMN c.name IS 'it''s'");
        assertThat(new SetComment(t, null).compile(postgresql).sql()).isEqualTo("COMMENT ON TABLE c IS 'tbl'");
    }

    @Test
    void tooLongNamesAreRefusedNamingTableAndColumn() {
        Table t = new Table("t", new MetaData(), Column.of("id", INTEGER).primaryKey(), Column.of("x".repeat(70), INTEGER));
        assertThatThrownBy(() -> new CreateTable(t).compile(postgresql)).isInstanceOf(org.jalchemy.exc.CompileError.class)
                .hasMessageContaining("in table 't', column '" + "x".repeat(70) + "'").hasMessageContaining("at most 63");
        assertThat(new CreateTable(t).compile(sqlite).sql()).contains("x".repeat(70));
    }

    enum Mood { SAD, HAPPY }

    @Test
    void enumColumnsGetACheck() {
        Table t = new Table("e", new MetaData(), Column.of("id", INTEGER).primaryKey(),
                Column.of("mood", org.jalchemy.types.EnumType.of(Mood.class)));
        assertThat(new CreateTable(t)).hasToString("\nCREATE TABLE e (\n\tid INTEGER NOT NULL, \n\tmood VARCHAR(5),"
                + " \n\tPRIMARY KEY (id), \n\tCHECK (mood IN ('SAD', 'HAPPY'))\n)\n\n");
    }

    @Test
    void expressionIndexAndDeferrableForeignKey() {
        MetaData md = new MetaData();
        user(md);
        Column<String> name = Column.of("name", STRING);
        Table t = new Table("person", md, Column.of("id", INTEGER).primaryKey(), name,
                Column.of("user_id", INTEGER), new Index("ix_person_lower_name", org.jalchemy.Jalchemy.func.lower(name)),
                new ForeignKeyConstraint(java.util.List.of("user_id"), java.util.List.of("user.id")).deferrable(true));
        assertThat(new CreateIndex(t.indexes().get(0))).hasToString("CREATE INDEX ix_person_lower_name ON person (lower(name))");
        assertThat(new CreateTable(t).compile(postgresql).sql())
                .contains("FOREIGN KEY(user_id) REFERENCES \"user\" (id) DEFERRABLE INITIALLY DEFERRED");
        assertThat(new CreateTable(t).compile(mariadb).sql()).contains("REFERENCES user (id)\n)");
    }
}
