package org.jalchemy.engine;

import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jalchemy.exc.ArgumentError;

/**
 * One row of a {@link Result}: values by position or by column key. Immutable.
 *
 * <p>Mirrors {@code sqlalchemy.engine.Row}: it prints and compares as a tuple, so {@code toString()} is
 * {@code (1, 'raw1')} (strings quoted, SQL NULL as {@code None}, as Python prints them) and two rows with
 * equal values are equal.
 * <pre>{@code
 * Row row = conn.execute(text("SELECT id, name FROM t")).first();
 * int id = row.get("id", Integer.class); String name = (String) row.get(1);
 * }</pre>
 */
public final class Row implements Iterable<Object> {
    private final ResultMetadata metadata;
    private final Object[] values;

    Row(ResultMetadata metadata, Object[] values) {
        this.metadata = metadata;
        this.values = values;
    }

    /** The values array itself, for {@link Result} in this package; never handed out. */
    Object[] values() {
        return values;
    }

    /** The value at {@code index} (0-based). */
    public Object get(int index) {
        if (index < 0 || index >= values.length) {
            throw new ArgumentError("Row index " + index + " out of range; the row has " + values.length + " columns");
        }
        return values[index];
    }

    /** The value of the column whose key is {@code key}. */
    public Object get(String key) {
        return values[metadata.indexOf(key)];
    }

    /**
     * The value of {@code column} (found by its name or label in this row), typed as the column is:
     * {@code Integer id = row.get(users.c("id", Integer.class))}.
     */
    public <T> T get(org.jalchemy.sql.ColumnElement<T> column) {
        String key = column.name();
        if (key == null) {
            throw new ArgumentError("Expression " + column + " has no name; label it to read it from a row");
        }
        return convert(get(key), column.type().javaType());
    }

    /** The value of column {@code key}, converted to {@code type} when it is a number of another width. */
    public <T> T get(String key, Class<T> type) {
        return convert(get(key), type);
    }

    /** The value at {@code index}, converted to {@code type} when it is a number of another width. */
    public <T> T get(int index, Class<T> type) {
        return convert(get(index), type);
    }

    @SuppressWarnings("unchecked")
    private static <T> T convert(Object value, Class<T> type) {
        if (value == null || type.isInstance(value)) {
            return (T) value;
        }
        if (value instanceof Number n) {
            if (type == Integer.class) {
                return (T) Integer.valueOf(Math.toIntExact(n.longValue()));
            } else if (type == Long.class) {
                return (T) Long.valueOf(n.longValue());
            } else if (type == Double.class) {
                return (T) Double.valueOf(n.doubleValue());
            } else if (type == java.math.BigDecimal.class) {
                return (T) new java.math.BigDecimal(n.toString());
            } else if (type == Short.class) {
                return (T) Short.valueOf(n.shortValue());
            }
        }
        if (type == String.class) {
            return (T) value.toString();
        }
        throw new ArgumentError("Cannot convert " + value.getClass().getName() + " value to " + type.getName());
    }

    /** Whether the row has a column with this key. */
    public boolean has(String key) {
        return metadata.hasKey(key);
    }

    public int size() {
        return values.length;
    }

    /** The column keys, in order. */
    public List<String> keys() {
        return metadata.keys();
    }

    /** The row as an ordered map from key to value ({@code row._mapping}). */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            map.putIfAbsent(metadata.key(i), values[i]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** The values as an unmodifiable list. */
    public List<Object> toList() {
        return Collections.unmodifiableList(Arrays.asList(values));
    }

    @Override
    public Iterator<Object> iterator() {
        return toList().iterator();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Row r && Arrays.equals(values, r.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    /** The row as Python prints a tuple: {@code (1, 'raw1')}, and {@code (1,)} for one value. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(PythonRepr.repr(values[i]));
        }
        if (values.length == 1) {
            out.append(',');
        }
        return out.append(')').toString();
    }
}
