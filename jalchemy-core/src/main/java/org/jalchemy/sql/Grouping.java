package org.jalchemy.sql;

import org.jalchemy.sql.compiler.SqlCompiler;
import org.jalchemy.types.TypeEngine;

/**
 * Parentheses around an expression. The compiler adds them by precedence on its own; this node is for
 * the places SQL wants them regardless ({@code IN (SELECT ...)}).
 *
 * <p>Mirrors {@code sqlalchemy.sql.expression.Grouping}.
 * <pre>{@code
 * ColumnElement<Integer> g = Jalchemy.grouping(t.c("a", Integer.class).add(1));
 * g.toString(); // (t.a + :a_1)
 * }</pre>
 *
 * @param <T> the Java type of the grouped expression
 */
public final class Grouping<T> extends ColumnElement<T> {
    private final ColumnElement<T> element;

    public Grouping(ColumnElement<T> element) {
        this.element = element;
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
        return element.anonKey();
    }

    @Override
    public void accept(SqlCompiler compiler) {
        compiler.visitGrouping(this);
    }

    @Override
    void walk(Walker walker) {
        walker.child(element);
    }
}
