package org.jalchemy.orm;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.NoSuchColumnError;

/**
 * One result of a select of several entities and/or columns ({@code session.query(Address.class, User.class)}):
 * objects and values by position, by class, or by key (the class's simple name, or the column's name).
 * Mirrors SQLAlchemy's ORM {@code Row}, which Python unpacks as {@code for a, u in query.all()}. Immutable.
 * <pre>{@code
 * for (OrmRow r : session.query(Address.class, User.class).join(User.class).all()) {
 *     Address a = r.get(0, Address.class); User u = r.get(User.class); }
 * }</pre>
 */
public final class OrmRow implements Iterable<Object> {
    private final List<String> keys;
    private final Object[] values;

    OrmRow(List<String> keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    public Object get(int index) {
        if (index < 0 || index >= values.length) {
            throw new ArgumentError("Row index " + index + " out of range; the row has " + values.length + " items");
        }
        return values[index];
    }

    /** The item at {@code index} as {@code type}; numbers of another width are converted. */
    @SuppressWarnings("unchecked")
    public <T> T get(int index, Class<T> type) {
        Object v = get(index);
        if (v == null || type.isInstance(v)) {
            return (T) v;
        }
        if (v instanceof Number n) {
            if (type == Long.class) {
                return (T) Long.valueOf(n.longValue());
            }
            if (type == Integer.class) {
                return (T) Integer.valueOf(n.intValue());
            }
        }
        throw new ArgumentError("Row item " + index + " is a " + v.getClass().getName() + ", not " + type.getName());
    }

    /** The first object of class {@code entity} in the row. */
    public <T> T get(Class<T> entity) {
        for (Object v : values) {
            if (entity.isInstance(v)) {
                return entity.cast(v);
            }
        }
        int i = keys.indexOf(entity.getSimpleName());
        if (i >= 0) {
            return null;
        }
        throw new NoSuchColumnError("No entity " + entity.getSimpleName() + " in row " + keys);
    }

    /** The item keyed {@code key}: an entity's class name or a column's name. */
    public Object get(String key) {
        int i = keys.indexOf(key);
        if (i < 0) {
            throw new NoSuchColumnError("Could not locate column in row for column '" + key + "'");
        }
        return values[i];
    }

    public int size() {
        return values.length;
    }

    public List<String> keys() {
        return keys;
    }

    public List<Object> toList() {
        return Arrays.asList(values.clone());
    }

    @Override
    public Iterator<Object> iterator() {
        return toList().iterator();
    }

    @Override
    public String toString() {
        return Arrays.stream(values).map(v -> v == null ? "None" : v instanceof String s ? "'" + s + "'" : v.toString())
                .collect(Collectors.joining(", ", "(", values.length == 1 ? ",)" : ")"));
    }
}
