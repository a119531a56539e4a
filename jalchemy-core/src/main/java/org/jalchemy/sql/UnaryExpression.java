package org.jalchemy.sql;

import org.jalchemy.sql.compiler.SqlCompiler;
import org.jalchemy.types.TypeEngine;

/**
 * An expression with one operand and a keyword before it ({@code NOT}, {@code DISTINCT}, {@code -}) or
 * after it ({@code DESC}, {@code ASC}, {@code NULLS FIRST}).
 *
 * <p>Mirrors {@code sqlalchemy.sql.expression.UnaryExpression}.
 * <pre>{@code
 * ColumnElement<Integer> d = users.c("id", Integer.class).desc();
 * d.toString(); // "user".id DESC
 * }</pre>
 *
 * @param <T> the Java type of the result
 */
public final class UnaryExpression<T> extends ColumnElement<T> {
    /** The keyword and where it goes. */
    public enum Kind {
        NOT("NOT", true, 4), DISTINCT("DISTINCT", true, 100), NEGATIVE("-", true, 8), EXISTS("EXISTS", true, 0),
        DESC("DESC", false, 3), ASC("ASC", false, 3), NULLS_FIRST("NULLS FIRST", false, 3),
        NULLS_LAST("NULLS LAST", false, 3);

        private final String sql;
        private final boolean prefix;
        private final int precedence;

        Kind(String sql, boolean prefix, int precedence) {
            this.sql = sql;
            this.prefix = prefix;
            this.precedence = precedence;
        }

        public String sql() {
            return sql;
        }

        public boolean prefix() {
            return prefix;
        }

        public int precedence() {
            return precedence;
        }
    }

    private final Kind kind;
    private final ColumnElement<?> element;
    private final TypeEngine<T> type;

    private UnaryExpression(Kind kind, ColumnElement<?> element, TypeEngine<T> type) {
        this.kind = kind;
        this.element = element;
        this.type = type;
    }

    static <T> UnaryExpression<T> prefix(Kind kind, ColumnElement<?> element, TypeEngine<T> type) {
        return new UnaryExpression<>(kind, element, type);
    }

    static <T> UnaryExpression<T> modifier(ColumnElement<T> element, Kind kind) {
        return new UnaryExpression<>(kind, element, element.type());
    }

    public Kind kind() {
        return kind;
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
        return kind.prefix() ? null : element.name();
    }

    @Override
    public String anonKey() {
        return element.anonKey();
    }

    @Override
    @SuppressWarnings("unchecked")
    public ColumnElement<Boolean> not() {
        if (kind == Kind.NOT) {
            return (ColumnElement<Boolean>) element;
        }
        return super.not();
    }

    @Override
    public void accept(SqlCompiler compiler) {
        compiler.visitUnary(this);
    }

    @Override
    void walk(Walker walker) {
        walker.shape(kind);
        walker.shape(type);
        walker.child(element);
    }
}
