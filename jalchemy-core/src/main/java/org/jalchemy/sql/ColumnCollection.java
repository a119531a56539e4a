package org.jalchemy.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jalchemy.exc.ArgumentError;

/**
 * The columns of a FROM object by key, in order: SQLAlchemy's {@code table.c} / {@code table.columns}.
 * Read-only for users.
 * <pre>{@code
 * users.columns().keys(); // [id, name]
 * ColumnClause<Object> id = users.columns().get("id");
 * }</pre>
 */
public final class ColumnCollection implements Iterable<ColumnClause<?>> {
    private final String owner;
    private final Map<String, ColumnClause<?>> byKey = new LinkedHashMap<>();

    /** An empty collection; {@code owner} names the FROM object in error messages. */
    public ColumnCollection(String owner) {
        this.owner = owner;
    }

    /** Adds a column; a duplicate key is an {@code ArgumentError}. */
    public void add(ColumnClause<?> column) {
        if (byKey.containsKey(column.key())) {
            throw new ArgumentError("Duplicate column '" + column.key() + "' in table '" + owner + "'");
        }
        byKey.put(column.key(), column);
    }

    /** The keys in order. */
    public List<String> keys() {
        return List.copyOf(byKey.keySet());
    }

    /** The column with {@code key}; an unknown key is an {@code ArgumentError} naming the table. */
    @SuppressWarnings("unchecked")
    public <T> ColumnClause<T> get(String key) {
        ColumnClause<?> c = byKey.get(key);
        if (c == null) {
            throw new ArgumentError("Table '" + owner + "' has no column '" + key + "'; its columns are "
                    + byKey.keySet());
        }
        return (ColumnClause<T>) c;
    }

    public boolean contains(String key) {
        return byKey.containsKey(key);
    }

    /** True when {@code column} (by identity) is one of these. */
    public boolean containsColumn(ColumnClause<?> column) {
        return byKey.get(column.key()) == column;
    }

    public int size() {
        return byKey.size();
    }

    /** The columns in order. */
    public List<ColumnClause<?>> list() {
        return Collections.unmodifiableList(new ArrayList<>(byKey.values()));
    }

    @Override
    public Iterator<ColumnClause<?>> iterator() {
        return list().iterator();
    }

    @Override
    public String toString() {
        return keys().toString();
    }
}
