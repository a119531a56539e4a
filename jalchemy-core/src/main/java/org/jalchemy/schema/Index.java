package org.jalchemy.schema;

import java.util.List;
import java.util.Objects;
import org.jalchemy.sql.ColumnElement;

/**
 * {@code CREATE [UNIQUE] INDEX name ON table (columns)}, created and dropped with its table.
 *
 * <p>Mirrors {@code sqlalchemy.schema.Index}. A column marked {@code index()} gets one named
 * {@code ix_<table>_<column>}.
 * <pre>{@code
 * new Table("user", md, Column.of("id", INTEGER).primaryKey(), Column.of("name", STRING),
 *         new Index("ix_user_name", "name").unique());
 * }</pre>
 */
public final class Index implements SchemaItem {
    private final String name;
    private final List<String> columnNames;
    private final List<ColumnElement<?>> expressions;
    private final boolean unique;
    private final Table table;

    public Index(String name, String... columnNames) {
        this(name, List.of(columnNames), List.of(), false, null);
    }

    /**
     * An index on expressions, e.g. {@code func.lower(Column.of("name", STRING))}; columns in them render
     * without their table, so column definitions can be used before the table exists.
     */
    public Index(String name, ColumnElement<?>... expressions) {
        this(name, List.of(), List.of(expressions), false, null);
        if (expressions.length == 0) {
            throw new org.jalchemy.exc.ArgumentError("Index '" + name + "' needs columns or expressions");
        }
    }

    private Index(String name, List<String> columnNames, List<ColumnElement<?>> expressions, boolean unique,
            Table table) {
        this.name = Objects.requireNonNull(name, "name");
        this.columnNames = List.copyOf(columnNames);
        this.expressions = List.copyOf(expressions);
        this.unique = unique;
        this.table = table;
    }

    /** A copy that is {@code UNIQUE}. */
    public Index unique() {
        return new Index(name, columnNames, expressions, true, table);
    }

    Index attachTo(Table t) {
        return new Index(name, columnNames, expressions, unique, t);
    }

    /** The indexed expressions, empty for an index on columns. */
    public List<ColumnElement<?>> expressions() {
        return expressions;
    }

    public String name() {
        return name;
    }

    public List<String> columnNames() {
        return columnNames;
    }

    public boolean isUnique() {
        return unique;
    }

    /** The table it indexes, or {@code null} before it is added to one. */
    public Table table() {
        return table;
    }

    @Override
    public String toString() {
        return "Index('" + name + "', " + (expressions.isEmpty() ? columnNames : expressions) + ")";
    }
}
