package org.jalchemy.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.Jalchemy.case_;
import static org.jalchemy.Jalchemy.exists;
import static org.jalchemy.Jalchemy.func;
import static org.jalchemy.Jalchemy.literal;
import static org.jalchemy.Jalchemy.select;
import static org.jalchemy.Jalchemy.true_;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jalchemy.dialect.DefaultDialect;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.dialect.Dialects;
import org.jalchemy.schema.Table;
import org.jalchemy.types.SqlTypes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One construct per row, its exact SQL on the string form, SQLite, PostgreSQL and MariaDB: a golden table
 * that shows at a glance where the dialects differ.
 */
class DialectMatrixTest {
    private static final Fixtures F = new Fixtures();
    private static final Table U = F.user;

    record Case(String name, ClauseElement element, String defaultSql, String sqlite, String postgresql, String mariadb) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("l_name", "a");
        v.put("f_name", "b");
        return List.of(
                new Case("boolean literals", select(U.c("id")).where(true_()),
                        "SELECT \"user\".id \nFROM \"user\" \nWHERE true",
                        "SELECT user.id \nFROM user \nWHERE 1",
                        "SELECT \"user\".id \nFROM \"user\" \nWHERE true",
                        "SELECT user.id \nFROM user \nWHERE 1"),
                new Case("concatenation", U.c("l_name").concat(U.c("f_name")),
                        "\"user\".l_name || \"user\".f_name",
                        "user.l_name || user.f_name",
                        "\"user\".l_name || \"user\".f_name",
                        "concat(user.l_name, user.f_name)"),
                new Case("cast", U.c("id").cast(SqlTypes.string(5)),
                        "CAST(\"user\".id AS VARCHAR(5))",
                        "CAST(user.id AS VARCHAR(5))",
                        "CAST(\"user\".id AS VARCHAR(5))",
                        "CAST(user.id AS CHAR(5))"),
                new Case("ilike", U.c("l_name").ilike("a%"),
                        "lower(\"user\".l_name) LIKE lower(:l_name_1)",
                        "lower(user.l_name) LIKE lower(?)",
                        "\"user\".l_name ILIKE ?",
                        "lower(user.l_name) LIKE lower(?)"),
                new Case("regexp", U.c("l_name").regexpMatch("^a"),
                        "\"user\".l_name REGEXP :l_name_1",
                        "user.l_name REGEXP ?",
                        "\"user\".l_name ~ ?",
                        "user.l_name REGEXP ?"),
                new Case("now", func.now(), "now()", "CURRENT_TIMESTAMP", "now()", "now()"),
                new Case("case", case_().when(U.c("id").gt(1), literal("x")).otherwise(literal("y")),
                        "CASE WHEN \"user\".id > :id_1 THEN :param_1 ELSE :param_2 END",
                        "CASE WHEN user.id > ? THEN ? ELSE ? END",
                        "CASE WHEN \"user\".id > ? THEN ? ELSE ? END",
                        "CASE WHEN user.id > ? THEN ? ELSE ? END"),
                new Case("exists", select(U.c("id")).where(exists(select(F.email.c("id")))),
                        "SELECT \"user\".id \nFROM \"user\" \nWHERE EXISTS (SELECT email.id \nFROM email)",
                        "SELECT user.id \nFROM user \nWHERE EXISTS (SELECT email.id \nFROM email)",
                        "SELECT \"user\".id \nFROM \"user\" \nWHERE EXISTS (SELECT email.id \nFROM email)",
                        "SELECT user.id \nFROM user \nWHERE EXISTS (SELECT email.id \nFROM email)"),
                new Case("distinct on", select(U.c("l_name")).distinct(U.c("l_name")),
                        "SELECT DISTINCT \"user\".l_name \nFROM \"user\"",
                        "SELECT DISTINCT user.l_name \nFROM user",
                        "SELECT DISTINCT ON (\"user\".l_name) \"user\".l_name \nFROM \"user\"",
                        "SELECT DISTINCT user.l_name \nFROM user"),
                new Case("for update nowait", select(U.c("id")).withForUpdate(Select.ForUpdate.NOWAIT),
                        "SELECT \"user\".id \nFROM \"user\" FOR UPDATE NOWAIT",
                        "SELECT user.id \nFROM user",
                        "SELECT \"user\".id \nFROM \"user\" FOR UPDATE NOWAIT",
                        "SELECT user.id \nFROM user FOR UPDATE NOWAIT"),
                new Case("insert", U.insert().values(v),
                        "INSERT INTO \"user\" (l_name, f_name) VALUES (:l_name, :f_name)",
                        "INSERT INTO user (l_name, f_name) VALUES (?, ?)",
                        "INSERT INTO \"user\" (l_name, f_name) VALUES (?, ?)",
                        "INSERT INTO user (l_name, f_name) VALUES (?, ?)"),
                new Case("update expression", U.update().values(Map.of("id", U.c("id").add(1))),
                        "UPDATE \"user\" SET id=\"user\".id + :id_1",
                        "UPDATE user SET id=user.id + ?",
                        "UPDATE \"user\" SET id=\"user\".id + ?",
                        "UPDATE user SET id=user.id + ?"),
                new Case("delete", U.delete().where(U.c("id").in(List.of(1, 2))),
                        "DELETE FROM \"user\" WHERE \"user\".id IN (__[POSTCOMPILE_id_1])",
                        "DELETE FROM user WHERE user.id IN (__[POSTCOMPILE_id_1])",
                        "DELETE FROM \"user\" WHERE \"user\".id IN (__[POSTCOMPILE_id_1])",
                        "DELETE FROM user WHERE user.id IN (__[POSTCOMPILE_id_1])"));
    }

    private static String sql(ClauseElement e, Dialect d) {
        return e.compile(d).sql();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersPerDialect(Case c) {
        assertThat(sql(c.element(), DefaultDialect.INSTANCE)).as("default").isEqualTo(c.defaultSql());
        assertThat(sql(c.element(), Dialects.named("sqlite"))).as("sqlite").isEqualTo(c.sqlite());
        assertThat(sql(c.element(), Dialects.named("postgresql"))).as("postgresql").isEqualTo(c.postgresql());
        assertThat(sql(c.element(), Dialects.named("mariadb"))).as("mariadb").isEqualTo(c.mariadb());
    }
}
