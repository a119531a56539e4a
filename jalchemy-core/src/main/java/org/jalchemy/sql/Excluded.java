package org.jalchemy.sql;

import org.jalchemy.sql.compiler.SqlCompiler;
import org.jalchemy.types.TypeEngine;

/**
 * The value an upsert tried to insert into a column: {@code excluded.col} on PostgreSQL and SQLite,
 * {@code VALUES(col)} on MariaDB.
 * <pre>{@code
 * Insert ins = t.insert().values(Map.of("id", 1, "n", 5));
 * ins.onConflictDoUpdate(List.of("id"), Map.of("n", ins.excluded("n")));
 * }</pre>
 *
 * @param <T> the Java type of the column
 */
public final class Excluded<T> extends ColumnElement<T> {
    private final ColumnClause<T> column;

    Excluded(ColumnClause<T> column) {
        this.column = column;
    }

    public ColumnClause<T> column() {
        return column;
    }

    @Override
    public TypeEngine<T> type() {
        return column.type();
    }

    @Override
    public String anonKey() {
        return column.key();
    }

    @Override
    public void accept(SqlCompiler compiler) {
        compiler.visitExcluded(this);
    }

    @Override
    void walk(Walker walker) {
        walker.shape(column.name());
    }
}
