package org.jalchemy.dialect.postgresql;

import java.sql.Array;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.sql.compiler.TypeCompiler;
import org.jalchemy.types.Binder;
import org.jalchemy.types.Reader;
import org.jalchemy.types.TypeEngine;

/**
 * PostgreSQL's one-dimensional {@code ARRAY} of a scalar type; values are Java {@code List}s.
 *
 * <p>Mirrors {@code sqlalchemy.dialects.postgresql.ARRAY}. PostgreSQL only; the item type names the
 * array's element type ({@code INTEGER[]}, {@code VARCHAR[]}).
 * <pre>{@code
 * Column<List<Integer>> tags = Column.of("scores", ArrayType.of(SqlTypes.INTEGER));
 * conn.execute(t.insert().values(Map.of("scores", List.of(1, 2, 3))));
 * }</pre>
 *
 * @param <T> the Java type of the items
 */
public final class ArrayType<T> implements TypeEngine<List<T>>, TypeCompiler.Named {
    private final TypeEngine<T> itemType;

    private ArrayType(TypeEngine<T> itemType) {
        this.itemType = Objects.requireNonNull(itemType, "itemType");
    }

    /** An array of {@code itemType}. */
    public static <T> ArrayType<T> of(TypeEngine<T> itemType) {
        return new ArrayType<>(itemType);
    }

    public TypeEngine<T> itemType() {
        return itemType;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Class<List<T>> javaType() {
        return (Class<List<T>>) (Class<?>) List.class;
    }

    @Override
    public String ddlName() {
        return new PostgresqlTypeCompiler().process(itemType) + "[]";
    }

    @Override
    public Binder binder(Dialect dialect) {
        String element = new PostgresqlTypeCompiler().process(itemType).replaceAll("\\(.*\\)", "").toLowerCase();
        return (ps, i, v) -> {
            if (v == null) {
                ps.setNull(i, Types.ARRAY);
            } else if (v instanceof Collection<?> items) {
                ps.setArray(i, ps.getConnection().createArrayOf(element, items.toArray()));
            } else if (v instanceof Object[] items) {
                ps.setArray(i, ps.getConnection().createArrayOf(element, items));
            } else {
                throw new ArgumentError("Value " + v + " of class " + v.getClass().getName() + " is not a list for an ARRAY");
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public Reader<List<T>> reader(Dialect dialect) {
        return (rs, i) -> {
            Array array = rs.getArray(i);
            if (array == null) {
                return null;
            }
            Object[] items = (Object[]) array.getArray();
            return (List<T>) new ArrayList<>(Arrays.asList(items));
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArrayType<?> other && other.itemType.equals(itemType);
    }

    @Override
    public int hashCode() {
        return itemType.hashCode() * 31 + 7;
    }
}
