package org.jalchemy.sql;

import java.util.List;
import org.jalchemy.sql.compiler.SqlCompiler;

/**
 * {@code DELETE FROM table WHERE ...}.
 *
 * <p>Mirrors {@code sqlalchemy.sql.expression.Delete}. Repeated {@link #where} calls are joined with
 * AND. Immutable.
 * <pre>{@code
 * Delete d = users.delete().where(users.c("l_name").eq("Hello"));
 * conn.execute(d).rowcount();
 * }</pre>
 */
public final class Delete extends DmlStatement {
    private final ColumnElement<Boolean> where;
    private final List<ColumnElement<?>> returning;

    Delete(TableClause table) {
        this(table, null, List.of());
    }

    private Delete(TableClause table, ColumnElement<Boolean> where, List<ColumnElement<?>> returning) {
        super(table);
        this.where = where;
        this.returning = returning;
    }

    /** A copy with {@code condition} ANDed to the WHERE clause. */
    public Delete where(ColumnElement<Boolean> condition) {
        ColumnElement<Boolean> w = where == null ? condition : BooleanClauseList.and(List.of(where, condition));
        return new Delete(table, w, returning);
    }

    /** A copy with {@code RETURNING cols} (where the dialect supports it). */
    public Delete returning(Object... cols) {
        return new Delete(table, where, returningOf(table, cols));
    }

    /** The WHERE condition, or {@code null}. */
    public ColumnElement<Boolean> whereClause() {
        return where;
    }

    @Override
    public List<ColumnElement<?>> returningColumns() {
        return returning;
    }

    @Override
    public void accept(SqlCompiler compiler) {
        compiler.visitDelete(this);
    }

    @Override
    void walk(Walker walker) {
        walker.child(table);
        walker.child(where);
        walker.children(returning);
    }
}
