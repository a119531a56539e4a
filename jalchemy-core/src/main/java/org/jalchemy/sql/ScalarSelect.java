package org.jalchemy.sql;

import org.jalchemy.sql.compiler.SqlCompiler;
import org.jalchemy.types.TypeEngine;

/**
 * A one-column SELECT used as a value: {@code (SELECT max(id) FROM t)}. Tables of the enclosing SELECT
 * are correlated (left out of the inner FROM) as in SQLAlchemy.
 *
 * <p>Mirrors {@code sqlalchemy.sql.expression.ScalarSelect}.
 * <pre>{@code
 * ScalarSelect<Integer> n = select(func.count()).selectFrom(emails).where(emails.c("user_id").eq(users.c("id"))).scalarSubquery();
 * select(users.c("name"), n.label("emails"));
 * }</pre>
 *
 * @param <T> the Java type of the selected column
 */
public final class ScalarSelect<T> extends ColumnElement<T> {
    private final SelectBase element;
    private final TypeEngine<T> type;

    ScalarSelect(SelectBase element, TypeEngine<T> type) {
        this.element = element;
        this.type = type;
    }

    public SelectBase element() {
        return element;
    }

    @Override
    public TypeEngine<T> type() {
        return type;
    }

    @Override
    public void accept(SqlCompiler compiler) {
        compiler.visitScalarSelect(this);
    }

    @Override
    void walk(Walker walker) {
        walker.child(element);
    }
}
