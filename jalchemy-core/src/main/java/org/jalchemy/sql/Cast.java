package org.jalchemy.sql;

import org.jalchemy.sql.compiler.SqlCompiler;
import org.jalchemy.types.TypeEngine;

/**
 * {@code CAST(expr AS type)}, the type name rendered by the dialect's type compiler.
 *
 * <p>Mirrors {@code sqlalchemy.sql.expression.Cast}.
 * <pre>{@code
 * Cast<String> s = t.c("id").cast(SqlTypes.string(10));
 * s.toString(); // CAST(t.id AS VARCHAR(10))
 * }</pre>
 *
 * @param <T> the Java type after the cast
 */
public final class Cast<T> extends ColumnElement<T> {
    private final ColumnElement<?> element;
    private final TypeEngine<T> type;

    Cast(ColumnElement<?> element, TypeEngine<T> type) {
        this.element = element;
        this.type = type;
    }

    public ColumnElement<?> element() {
        return element;
    }

    @Override
    public TypeEngine<T> type() {
        return type;
    }

    @Override
    public String anonKey() {
        return element.anonKey();
    }

    @Override
    public void accept(SqlCompiler compiler) {
        compiler.visitCast(this);
    }

    @Override
    void walk(Walker walker) {
        walker.shape(type);
        walker.child(element);
    }
}
