package org.jalchemy.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Jalchemy.func;
import static org.jalchemy.Jalchemy.select;

import java.util.List;
import java.util.Map;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.dialect.Dialects;
import org.jalchemy.exc.CompileError;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.compiler.Compiled;
import org.junit.jupiter.api.Test;

/** Upserts, window functions, FILTER, CTEs and type coercion for the string form and each dialect. */
class AdvancedCompileTest {
    private final Fixtures f = new Fixtures();
    private final Table user = f.user;
    private final Dialect sqlite = Dialects.named("sqlite");
    private final Dialect postgresql = Dialects.named("postgresql");
    private final Dialect mariadb = Dialects.named("mariadb");

    @Test
    void upsertPerDialect() {
        Insert ins = user.insert().values(Map.of("id", 1, "l_name", "x"));
        Insert update = ins.onConflictDoUpdate(List.of("id"), Map.of("l_name", ins.excluded("l_name")));
        assertThat(update).hasToString("INSERT INTO \"user\" (id, l_name) VALUES (:id, :l_name) ON CONFLICT (id) DO"
                + " UPDATE SET l_name = excluded.l_name");
        assertThat(update.compile(sqlite).sql()).isEqualTo(
                "INSERT INTO user (id, l_name) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET l_name = excluded.l_name");
        assertThat(update.compile(mariadb).sql()).isEqualTo(
                "INSERT INTO user (id, l_name) VALUES (?, ?) ON DUPLICATE KEY UPDATE l_name = VALUES(l_name)");
        Insert nothing = ins.onConflictDoNothing("id");
        assertThat(nothing.compile(postgresql).sql()).isEqualTo(
                "INSERT INTO \"user\" (id, l_name) VALUES (?, ?) ON CONFLICT (id) DO NOTHING");
        assertThat(nothing.compile(mariadb).sql()).isEqualTo(
                "INSERT INTO user (id, l_name) VALUES (?, ?) ON DUPLICATE KEY UPDATE id = id");
        assertThat(ins.cacheKey()).isNotEqualTo(nothing.cacheKey());
    }

    @Test
    void anUpsertsPlainSetValuesAreAnonymousBinds() {
        // as SQLAlchemy's set_: named after the column, the SET bind would take the execution parameter meant
        // for the VALUES bind of the same name
        Insert upsert = user.insert().onConflictDoUpdate(List.of("id"), Map.of("l_name", "kept"));
        assertThat(upsert).hasToString("INSERT INTO \"user\" (id, l_name, f_name) VALUES (:id, :l_name, :f_name)"
                + " ON CONFLICT (id) DO UPDATE SET l_name = :param_1");
        Compiled c = upsert.compile(postgresql);
        assertThat(c.sql()).endsWith("ON CONFLICT (id) DO UPDATE SET l_name = ?");
        assertThat(c.bind(upsert, Map.of("id", 1, "l_name", "new", "f_name", "f")).parameterList())
                .containsExactly(1, "new", "f", "kept");
        assertThat(upsert.compile(mariadb).bind(upsert, Map.of("id", 1, "l_name", "new", "f_name", "f")).parameterList())
                .containsExactly(1, "new", "f", "kept");
    }

    @Test
    void windowFunctions() {
        Over<Integer> n = func.rowNumber().over().partitionBy(user.c("l_name")).orderBy(user.c("id"));
        assertThat(n).hasToString("row_number() OVER (PARTITION BY \"user\".l_name ORDER BY \"user\".id)");
        assertThat(func.sum(user.c("id")).over().orderBy(user.c("id")).rows(null, 0L))
                .hasToString("sum(\"user\".id) OVER (ORDER BY \"user\".id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)");
        assertThat(func.count().over().range(-2L, 3L))
                .hasToString("count(*) OVER (RANGE BETWEEN 2 PRECEDING AND 3 FOLLOWING)");
        assertThat(select(user.c("id"), n)).hasToString("SELECT \"user\".id, row_number() OVER (PARTITION BY"
                + " \"user\".l_name ORDER BY \"user\".id) AS anon_1 \nFROM \"user\"");
    }

    @Test
    void aggregateFilter() {
        Select s = select(func.count().filter(user.c("id").gt(3)).label("n"));
        assertThat(s).hasToString("SELECT count(*) FILTER (WHERE \"user\".id > :id_1) AS n \nFROM \"user\"");
        assertThatThrownBy(() -> s.compile(mariadb)).isInstanceOf(CompileError.class);
    }

    @Test
    void cte() {
        Cte big = select(user.c("id"), user.c("l_name")).where(user.c("id").gt(3)).cte("big");
        Select s = select(big.c("l_name")).where(big.c("id").lt(9));
        assertThat(s).hasToString("WITH big AS \n(SELECT \"user\".id, \"user\".l_name \nFROM \"user\" \nWHERE"
                + " \"user\".id > :id_1)\n SELECT big.l_name \nFROM big \nWHERE big.id < :id_2");
        assertThat(s.compile(sqlite).bind(s, Map.of()).parameterList()).containsExactly(3, 9);
    }

    @Test
    void recursiveCte() {
        Cte nums = select(Jalchemy_literal(1).label("n")).cteRecursive("nums");
        nums = nums.unionAll(select(nums.c("n").add(1)).where(nums.c("n").lt(5)));
        Select s = select(nums.c("n"));
        assertThat(s.compile(postgresql).sql()).isEqualTo("WITH RECURSIVE nums AS \n(SELECT ? AS n UNION ALL SELECT"
                + " nums.n + ? AS anon_1 \nFROM nums \nWHERE nums.n < ?)\n SELECT nums.n \nFROM nums");
    }

    private static BindParameter<Object> Jalchemy_literal(Object value) {
        return org.jalchemy.Jalchemy.literal(value);
    }

    @Test
    void typeCoerceRendersTheExpressionOnly() {
        assertThat(org.jalchemy.Jalchemy.typeCoerce(user.c("l_name"), org.jalchemy.types.SqlTypes.JSON))
                .hasToString("\"user\".l_name");
    }

    @Test
    void literalBinds() {
        Select s = select(user.c("id")).where(user.c("l_name").eq("O'Brien")).where(user.c("id").in(List.of(1, 2)))
                .limit(5);
        assertThat(s.compileWithLiteralBinds(sqlite)).isEqualTo("SELECT user.id \nFROM user \nWHERE user.l_name ="
                + " 'O''Brien' AND user.id IN (1, 2) \n LIMIT 5");
        assertThat(user.c("l_name").eq("a\\b").compileWithLiteralBinds(mariadb)).isEqualTo("user.l_name = 'a\\\\b'");
        assertThatThrownBy(() -> user.c("l_name").eq("a\0b").compileWithLiteralBinds(postgresql))
                .isInstanceOf(CompileError.class);
    }

    @Test
    void lateralCorrelatesToTheTablesBeforeIt() {
        Table email = f.email;
        Alias e = select(email.c("email")).where(email.c("name").eq(user.c("l_name"))).limit(1).lateral("e");
        Select s = select(user.c("l_name"), e.c("email")).selectFrom(user.join(e, org.jalchemy.Jalchemy.true_()));
        assertThat(s.compile(postgresql).sql()).isEqualTo("SELECT \"user\".l_name, e.email \nFROM \"user\" JOIN LATERAL"
                + " (SELECT email.email \nFROM email \nWHERE email.name = \"user\".l_name \n LIMIT ?) AS e ON true");
        assertThatThrownBy(() -> s.compile(mariadb)).isInstanceOf(CompileError.class);
    }
}
