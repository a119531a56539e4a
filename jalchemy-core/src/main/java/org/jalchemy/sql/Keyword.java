package org.jalchemy.sql;

import org.jalchemy.sql.compiler.SqlCompiler;
import org.jalchemy.types.BooleanType;
import org.jalchemy.types.NullType;
import org.jalchemy.types.TypeEngine;

/**
 * The SQL constants {@code NULL}, {@code true} and {@code false}. Booleans render as {@code 1}/{@code 0}
 * on databases without a native boolean.
 *
 * <p>Mirrors {@code sqlalchemy.null()}, {@code true()}, {@code false()}.
 * <pre>{@code
 * t.c("x").eq(null);      // t.x IS NULL
 * select(Jalchemy.true_());
 * }</pre>
 *
 * @param <T> {@code Object} for NULL, {@code Boolean} for the booleans
 */
public final class Keyword<T> extends ColumnElement<T> {
    /** Which constant. */
    public enum Kind {
        NULL, TRUE, FALSE
    }

    private static final Keyword<Object> NULL = new Keyword<>(Kind.NULL, NullType.INSTANCE);
    private static final Keyword<Boolean> TRUE = new Keyword<>(Kind.TRUE, BooleanType.INSTANCE);
    private static final Keyword<Boolean> FALSE = new Keyword<>(Kind.FALSE, BooleanType.INSTANCE);

    private final Kind kind;
    private final TypeEngine<T> type;

    private Keyword(Kind kind, TypeEngine<T> type) {
        this.kind = kind;
        this.type = type;
    }

    public static Keyword<Object> nullValue() {
        return NULL;
    }

    public static Keyword<Boolean> trueValue() {
        return TRUE;
    }

    public static Keyword<Boolean> falseValue() {
        return FALSE;
    }

    public Kind kind() {
        return kind;
    }

    @Override
    public TypeEngine<T> type() {
        return type;
    }

    @Override
    public void accept(SqlCompiler compiler) {
        compiler.visitKeyword(this);
    }

    @Override
    void walk(Walker walker) {
        walker.shape(kind);
    }
}
