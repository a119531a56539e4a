package org.jalchemy.sql;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A client-side default of a column, applied by INSERT (or UPDATE, for {@code onupdate}) when the
 * statement gives no value: a fixed value, a {@code Supplier} called once per row, or a SQL expression
 * rendered into the statement.
 *
 * <p>Mirrors {@code sqlalchemy.schema.ColumnDefault}.
 * <pre>{@code
 * ColumnDefault d = ColumnDefault.supplier(LocalDateTime::now);
 * ColumnDefault e = ColumnDefault.expression(Jalchemy.func.now());
 * }</pre>
 */
public final class ColumnDefault {
    private final Object value;
    private final Supplier<?> supplier;
    private final ColumnElement<?> expression;

    private ColumnDefault(Object value, Supplier<?> supplier, ColumnElement<?> expression) {
        this.value = value;
        this.supplier = supplier;
        this.expression = expression;
    }

    public static ColumnDefault value(Object value) {
        return new ColumnDefault(Objects.requireNonNull(value, "default value"), null, null);
    }

    public static ColumnDefault supplier(Supplier<?> supplier) {
        return new ColumnDefault(null, Objects.requireNonNull(supplier, "default supplier"), null);
    }

    public static ColumnDefault expression(ColumnElement<?> expression) {
        return new ColumnDefault(null, null, Objects.requireNonNull(expression, "default expression"));
    }

    /** The SQL expression, or {@code null} when the default is computed in Java. */
    public ColumnElement<?> expression() {
        return expression;
    }

    /** A supplier of the value for one row; {@code null} for an expression default. */
    public Supplier<?> generator() {
        if (expression != null) {
            return null;
        }
        return supplier != null ? supplier : () -> value;
    }

    @Override
    public String toString() {
        return expression != null ? "ColumnDefault(" + expression + ")"
                : supplier != null ? "ColumnDefault(<supplier>)" : "ColumnDefault(" + value + ")";
    }
}
