package org.jalchemy.sql;

import org.jalchemy.sql.compiler.SqlCompiler;
import org.jalchemy.types.TypeEngine;

/**
 * An expression with a name in a SELECT list: {@code expr AS name}. Elsewhere (WHERE, ORDER BY) it
 * renders as the expression, or as the bare name in ORDER BY / GROUP BY of the same SELECT.
 *
 * <p>Mirrors {@code sqlalchemy.sql.expression.Label}.
 * <pre>{@code
 * Label<Long> n = func.count().label("n");
 * select(n).toString(); // SELECT count(*) AS n
 * }</pre>
 *
 * @param <T> the Java type of the labelled expression
 */
public final class Label<T> extends ColumnElement<T> {
    private final String name;
    private final ColumnElement<T> element;

    Label(String name, ColumnElement<T> element) {
        this.name = java.util.Objects.requireNonNull(name, "name");
        this.element = element;
    }

    @Override
    public String name() {
        return name;
    }

    public ColumnElement<T> element() {
        return element;
    }

    @Override
    public TypeEngine<T> type() {
        return element.type();
    }

    @Override
    public String anonKey() {
        return name;
    }

    @Override
    public void accept(SqlCompiler compiler) {
        compiler.visitLabel(this);
    }

    @Override
    void walk(Walker walker) {
        walker.shape(name);
        walker.child(element);
    }
}
