package org.jalchemy.sql;

import org.jalchemy.sql.compiler.SqlCompiler;
import org.jalchemy.types.TypeEngine;

/**
 * An expression treated as another type on the Java side only: the SQL is unchanged (no CAST), but
 * binds compared to it and values read from it use {@code type}.
 *
 * <p>Mirrors {@code sqlalchemy.type_coerce()}.
 * <pre>{@code
 * TypeCoerce<JsonNode> doc = Jalchemy.typeCoerce(t.c("raw"), SqlTypes.JSON);
 * select(doc.label("doc"));
 * }</pre>
 *
 * @param <T> the Java type it is treated as
 */
public final class TypeCoerce<T> extends ColumnElement<T> {
    private final ColumnElement<?> element;
    private final TypeEngine<T> type;

    public TypeCoerce(ColumnElement<?> element, TypeEngine<T> type) {
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
    public String name() {
        return element.name();
    }

    @Override
    public String anonKey() {
        return element.anonKey();
    }

    @Override
    public void accept(SqlCompiler compiler) {
        compiler.visitTypeCoerce(this);
    }

    @Override
    void walk(Walker walker) {
        walker.shape(type);
        walker.child(element);
    }
}
