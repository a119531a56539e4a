package org.jalchemy.schema;

import java.util.Objects;

/**
 * {@code COMMENT ON TABLE t IS '...'} or {@code COMMENT ON COLUMN t.c IS '...'}: how PostgreSQL stores the
 * comments of tables and columns (MariaDB writes them inside CREATE TABLE; SQLite has none).
 *
 * <p>Mirrors {@code sqlalchemy.schema.SetTableComment} / {@code SetColumnComment}.
 * <pre>{@code
 * SetComment ddl = new SetComment(table, table.c("name"));
 * ddl.compile(postgresqlDialect).sql(); // COMMENT ON COLUMN t.name IS '...'
 * }</pre>
 */
public final class SetComment extends DdlElement {
    private final Table table;
    private final Column<?> column;

    /** The comment of {@code column}, or of {@code table} when {@code column} is {@code null}. */
    public SetComment(Table table, Column<?> column) {
        this.table = Objects.requireNonNull(table, "table");
        this.column = column;
    }

    public Table table() {
        return table;
    }

    /** The column, or {@code null} for the table's comment. */
    public Column<?> column() {
        return column;
    }

    /** The comment text. */
    public String comment() {
        return column == null ? table.comment() : column.comment();
    }
}
