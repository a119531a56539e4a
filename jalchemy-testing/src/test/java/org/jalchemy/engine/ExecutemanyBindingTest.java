package org.jalchemy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Jalchemy.bindparam;
import static org.jalchemy.Jalchemy.select;
import static org.jalchemy.Jalchemy.text;
import static org.jalchemy.types.SqlTypes.INTEGER;
import static org.jalchemy.types.SqlTypes.STRING;
import static org.jalchemy.types.SqlTypes.string;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.Executable;
import org.jalchemy.testing.DatabaseTest;

/**
 * An executemany binds its first parameter set through the compiled statement and every later one straight onto
 * the JDBC statement. These pin what the later sets must still get right: nulls, per-row column defaults, values
 * from the statement, and a clear error (with nothing left behind) for a set that would render other SQL.
 */
class ExecutemanyBindingTest {
    private final AtomicInteger counter = new AtomicInteger();
    private final Table items = new Table("eb_items", new MetaData(),
            Column.of("id", INTEGER).primaryKey(),
            Column.of("name", string(20)),
            Column.of("seq", INTEGER).defaultSupplier(counter::incrementAndGet),
            Column.of("kind", INTEGER).defaultValue(7));

    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }

    private List<List<Object>> contents(Connection conn) {
        List<List<Object>> out = new ArrayList<>();
        for (Row r : conn.execute(select(items).orderBy(items.c("id"))).all()) {
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Object v = r.get(i);
                values.add(v instanceof Number n ? (Object) n.intValue() : v);
            }
            out.add(values);
        }
        return out;
    }

    @DatabaseTest
    void laterSetsGetNullsTheirOwnDefaultsAndTheirOwnValues(Engine engine) {
        items.metadata().createAll(engine);
        try (Connection conn = engine.connect()) {
            Result result = conn.execute(items.insert(), List.of(
                    row("id", 1, "name", "a"),
                    row("id", 2, "name", null),
                    row("id", 3, "name", "c"),
                    // a value for a column the first set left to its default renders the same SQL
                    row("id", 4, "name", "d", "seq", 100, "kind", 9)));
            assertThat(result.rowcount()).isEqualTo(4);
            assertThat(contents(conn)).containsExactly(
                    List.of(1, "a", 1, 7),
                    java.util.Arrays.asList(2, null, 2, 7),
                    List.of(3, "c", 3, 7),
                    List.of(4, "d", 100, 9));
        }
    }

    @DatabaseTest
    void aLaterSetWithOtherKeysIsRefusedAndLeavesNothing(Engine engine) {
        items.metadata().createAll(engine);
        List<List<Map<String, Object>>> bad = List.of(
                List.of(row("id", 1, "name", "a"), row("id", 2)),                         // a key missing
                List.of(row("id", 1, "name", "a"), row("id", 2, "name", "b", "bogus", 1)), // a key too many
                List.of(row("id", 1, "name", "a"), row("id", 2, "seq", 5)));               // as many, not the same
        for (List<Map<String, Object>> sets : bad) {
            try (Connection conn = engine.connect()) {
                assertThatThrownBy(() -> conn.execute(items.insert(), sets))
                        .isInstanceOf(ArgumentError.class)
                        .hasMessageContaining("set 1 differs from set 0");
                conn.rollback();
                assertThat(contents(conn)).isEmpty();
            }
        }
    }

    @DatabaseTest
    void aWrongTypeInALaterSetIsAnArgumentErrorBeforeTheBatchIsSent(Engine engine) {
        items.metadata().createAll(engine);
        try (Connection conn = engine.connect()) {
            assertThatThrownBy(() -> conn.execute(items.insert(),
                    List.of(row("id", 1, "name", "a"), row("id", 2, "name", "b"), row("id", "three", "name", "c"))))
                    .isInstanceOf(ArgumentError.class)
                    .hasMessageContaining("three");
            conn.rollback();
            assertThat(contents(conn)).isEmpty();
        }
    }

    @DatabaseTest
    void anUpdateTakesEachSetsBindsAndRefusesASetWithoutOne(Engine engine) {
        items.metadata().createAll(engine);
        Executable update = items.update().where(items.c("id", Integer.class).eq(bindparam("b_id", INTEGER)))
                .values("name", bindparam("b_name", STRING));
        try (Connection conn = engine.connect()) {
            conn.execute(items.insert(), List.of(row("id", 1, "name", "a"), row("id", 2, "name", "b")));
            conn.execute(update, List.of(row("b_id", 1, "b_name", "x"), row("b_id", 2, "b_name", "y")));
            assertThat(contents(conn)).extracting(r -> r.get(1)).containsExactly("x", "y");
            assertThatThrownBy(() -> conn.execute(update, List.of(row("b_id", 1, "b_name", "p"), row("b_name", "q"))))
                    .isInstanceOf(ArgumentError.class)
                    .hasMessageContaining("b_id");
        }
    }

    @DatabaseTest
    void textTakesStatementValuesForNamesASetLeavesOutAndRefusesAnInListThatChangesTheSql(Engine engine) {
        items.metadata().createAll(engine);
        var insert = text("INSERT INTO eb_items (id, name, kind) VALUES (:id, :name, :kind)").bindparam("kind", 3);
        try (Connection conn = engine.connect()) {
            conn.execute(insert, List.of(row("id", 1, "name", "a"), row("id", 2, "name", "b", "kind", 4),
                    row("id", 3, "name", "c")));
            assertThat(contents(conn)).extracting(r -> r.get(3)).containsExactly(3, 4, 3);
            var delete = text("DELETE FROM eb_items WHERE id IN (:ids)");
            assertThatThrownBy(() -> conn.execute(delete, List.of(row("ids", List.of(1)), row("ids", List.of(2, 3)))))
                    .isInstanceOf(ArgumentError.class)
                    .hasMessageContaining("set 1 differs from set 0");
            conn.rollback();
            assertThat(contents(conn)).isEmpty();
        }
    }
}
