package org.jalchemy.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jalchemy.exc.ArgumentError;

/**
 * What INSERT, UPDATE and DELETE share: a target table, optional RETURNING columns, and turning
 * {@code key -> value} maps into per-column bind parameters.
 *
 * <p>Mirrors SQLAlchemy's {@code UpdateBase}.
 * <pre>{@code
 * DmlStatement d = users.delete().where(users.c("id").eq(5)).returning(users.c("name"));
 * conn.execute(d).scalar();
 * }</pre>
 */
public abstract class DmlStatement extends ExecutableClause {
    final TableClause table;

    DmlStatement(TableClause table) {
        if (table == null) {
            throw new ArgumentError("A DML statement needs a table");
        }
        this.table = table;
    }

    /** The target table. */
    public TableClause table() {
        return table;
    }

    /** The RETURNING columns; empty for none. */
    public abstract List<ColumnElement<?>> returningColumns();

    /** The column of {@link #table()} named {@code key}; an unknown key names table and key. */
    ColumnClause<?> column(String key) {
        if (!table.columns().contains(key)) {
            throw new ArgumentError("Unconsumed column names: " + key + " (table '" + table.fullName()
                    + "' has columns " + table.columns().keys() + ")");
        }
        return table.columns().get(key);
    }

    /** Each value becomes a non-unique bind named after its column, or stays an expression. */
    Map<ColumnClause<?>, ColumnElement<?>> toValues(Map<String, ?> values, String suffix) {
        Map<ColumnClause<?>, ColumnElement<?>> out = new LinkedHashMap<>();
        for (Map.Entry<String, ?> e : values.entrySet()) {
            ColumnClause<?> col = column(e.getKey());
            out.put(col, valueFor(col, e.getValue(), suffix));
        }
        return out;
    }

    static <T> ColumnElement<?> valueFor(ColumnClause<T> col, Object value, String suffix) {
        if (value instanceof ColumnElement<?> expr) {
            return expr;
        }
        if (value instanceof SelectBase select) {
            return select.scalarSubquery();
        }
        return new BindParameter<>(col.key() + suffix, value, col.type(), false, false);
    }

    /** {@link #valueFor}, with a plain value as an anonymous bind ({@code :param_1}) instead of one named after the column. */
    static <T> ColumnElement<?> anonymousValueFor(ColumnClause<T> col, Object value) {
        if (value instanceof ColumnElement<?> || value instanceof SelectBase) {
            return valueFor(col, value, "");
        }
        return new BindParameter<>("param", value, col.type(), true, false);
    }

    static List<ColumnElement<?>> returningOf(TableClause table, Object... cols) {
        List<ColumnElement<?>> out = new ArrayList<>();
        for (Object c : cols) {
            if (c instanceof FromClause f) {
                out.addAll(f.columns().list());
            } else if (c instanceof ColumnElement<?> e) {
                out.add(e);
            } else {
                throw new ArgumentError("returning() takes columns or tables, not " + c);
            }
        }
        return List.copyOf(out);
    }
}
