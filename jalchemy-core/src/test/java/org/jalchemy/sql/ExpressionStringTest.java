package org.jalchemy.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.Jalchemy.and;
import static org.jalchemy.Jalchemy.func;
import static org.jalchemy.Jalchemy.not;
import static org.jalchemy.Jalchemy.or;

import java.util.List;
import org.jalchemy.schema.Table;
import org.junit.jupiter.api.Test;

/** SQLAlchemy's default string forms, as the seed's "SQL Expression Language" section prints them. */
class ExpressionStringTest {
    private final Table table = new Fixtures().user;

    @Test
    void comparisons() {
        assertThat(table.c("l_name").eq("ed")).hasToString("\"user\".l_name = :l_name_1");
        assertThat(table.c("f_name").ne("ed")).hasToString("\"user\".f_name != :f_name_1");
        assertThat(table.c("id").gt(3)).hasToString("\"user\".id > :id_1");
        assertThat(table.c("id").le(3)).hasToString("\"user\".id <= :id_1");
    }

    @Test
    void orUsesOneCounterPerKey() {
        assertThat(table.c("id").gt(5).or(table.c("id").lt(2)))
                .hasToString("\"user\".id > :id_1 OR \"user\".id < :id_2");
        assertThat(or(table.c("id").gt(5), table.c("id").lt(2)))
                .hasToString("\"user\".id > :id_1 OR \"user\".id < :id_2");
    }

    @Test
    void nullComparisons() {
        assertThat(table.c("l_name").eq(null)).hasToString("\"user\".l_name IS NULL");
        assertThat(table.c("l_name").isNull()).hasToString("\"user\".l_name IS NULL");
        assertThat(table.c("l_name").ne(null)).hasToString("\"user\".l_name IS NOT NULL");
    }

    @Test
    void additionIsTypeAware() {
        assertThat(table.c("id").add(5)).hasToString("\"user\".id + :id_1");
        assertThat(table.c("l_name").add("some name")).hasToString("\"user\".l_name || :l_name_1");
    }

    @Test
    void inIsExpanding() {
        assertThat(table.c("l_name").in(List.of("a", "b")))
                .hasToString("\"user\".l_name IN (__[POSTCOMPILE_l_name_1])");
        assertThat(not(table.c("l_name").in(List.of("a"))))
                .hasToString("\"user\".l_name NOT IN (__[POSTCOMPILE_l_name_1])");
    }

    @Test
    void precedence() {
        assertThat(and(or(table.c("id").eq(1), table.c("id").eq(2)), table.c("l_name").eq("x")))
                .hasToString("(\"user\".id = :id_1 OR \"user\".id = :id_2) AND \"user\".l_name = :l_name_1");
        assertThat(table.c("id").sub(1).sub(2)).hasToString("(\"user\".id - :id_1) - :id_2");
        assertThat(table.c("id").add(1).add(2)).hasToString("\"user\".id + :id_1 + :id_2");
        assertThat(table.c("id").add(1).mul(3)).hasToString("(\"user\".id + :id_1) * :id_2");
        assertThat(not(and(table.c("id").eq(1), table.c("id").eq(2))))
                .hasToString("NOT (\"user\".id = :id_1 AND \"user\".id = :id_2)");
    }

    @Test
    void likeFamily() {
        assertThat(table.c("l_name").like("%ed%")).hasToString("\"user\".l_name LIKE :l_name_1");
        assertThat(table.c("l_name").ilike("%ed%")).hasToString("lower(\"user\".l_name) LIKE lower(:l_name_1)");
        assertThat(table.c("l_name").startsWith("a"))
                .hasToString("\"user\".l_name LIKE :l_name_1 || '%' ESCAPE '/'");
        assertThat(table.c("l_name").contains("a"))
                .hasToString("\"user\".l_name LIKE '%' || :l_name_1 || '%' ESCAPE '/'");
        assertThat(table.c("id").between(1, 5)).hasToString("\"user\".id BETWEEN :id_1 AND :id_2");
    }

    @Test
    void functionsLabelsCasts() {
        assertThat(func.count()).hasToString("count(*)");
        assertThat(func.max(table.c("id"))).hasToString("max(\"user\".id)");
        assertThat(func("lower", table.c("l_name"))).hasToString("lower(\"user\".l_name)");
        assertThat(table.c("id").cast(org.jalchemy.types.SqlTypes.string(10)))
                .hasToString("CAST(\"user\".id AS VARCHAR(10))");
        assertThat(table.c("id").desc()).hasToString("\"user\".id DESC");
    }

    @Test
    void tableAndColumnNames() {
        assertThat(table).hasToString("user");
        assertThat(table.c("id").table()).isSameAs(table);
        assertThat(table.columns().keys()).containsExactly("id", "l_name", "f_name");
    }

    @Test
    void lightweightTable() {
        TableClause t = org.jalchemy.Jalchemy.table("things", org.jalchemy.Jalchemy.column("a"),
                org.jalchemy.Jalchemy.column("b", org.jalchemy.types.SqlTypes.INTEGER));
        assertThat(org.jalchemy.Jalchemy.select(t.c("a")).where(t.c("b", Integer.class).gt(1)))
                .hasToString("SELECT things.a \nFROM things \nWHERE things.b > :b_1");
    }

    @Test
    void generatedBindNamesAvoidNamedOnes() {
        org.jalchemy.sql.Select s = org.jalchemy.Jalchemy.select(table.c("id"))
                .where(table.c("id").eq(org.jalchemy.Jalchemy.bindparam("id_1", org.jalchemy.types.SqlTypes.INTEGER)))
                .where(table.c("id").gt(5));
        assertThat(s).hasToString("SELECT \"user\".id \nFROM \"user\" \nWHERE \"user\".id = :id_1 AND \"user\".id > :id_2");
    }
}
