package org.jalchemy.sql;

import java.util.List;
import java.util.Map;

/**
 * What an INSERT does when a row conflicts with a unique key (upsert): nothing, or an update of the
 * existing row. PostgreSQL and SQLite render {@code ON CONFLICT (cols) DO NOTHING / DO UPDATE SET ...};
 * MariaDB renders {@code ON DUPLICATE KEY UPDATE ...} (its conflict target is any unique key, so the
 * columns given are not rendered, and "do nothing" becomes a no-op update of the first key column).
 *
 * <p>Mirrors {@code sqlalchemy.dialects.postgresql.Insert.on_conflict_do_nothing / do_update} and MySQL's
 * {@code on_duplicate_key_update}.
 * <pre>{@code
 * Insert ins = users.insert().values(Map.of("id", 1, "name", "x"));
 * ins.onConflictDoUpdate(List.of("id"), Map.of("name", ins.excluded("name")));
 * }</pre>
 *
 * @param indexColumns the conflict target's column names
 * @param set the SET clause of DO UPDATE, empty for DO NOTHING
 */
public record OnConflict(List<String> indexColumns, Map<ColumnClause<?>, ColumnElement<?>> set) {

    /** True for DO NOTHING. */
    public boolean doNothing() {
        return set.isEmpty();
    }
}
