package org.jalchemy.sql;

import org.jalchemy.sql.compiler.SqlCompiler;
import org.jalchemy.types.BooleanType;
import org.jalchemy.types.TypeEngine;

/**
 * {@code left operator right}: comparisons, arithmetic, LIKE, IN, concatenation.
 *
 * <p>Mirrors {@code sqlalchemy.sql.expression.BinaryExpression}. Made by the operator methods of
 * {@link ColumnElement}; the compiler adds parentheses by operator precedence.
 * <pre>{@code
 * ColumnElement<Boolean> e = users.c("id").gt(3);
 * e.toString(); // "user".id > :id_1
 * }</pre>
 *
 * @param <T> the Java type of the result ({@code Boolean} for comparisons)
 */
public final class BinaryExpression<T> extends ColumnElement<T> {
    /** The part that says a type and an escape follow the operator (see {@link #walk}). */
    private static final Object TYPED = new Object() {
        @Override
        public String toString() {
            return "typed";
        }
    };

    private final ColumnElement<?> left;
    private final Operator operator;
    private final ColumnElement<?> right;
    private final TypeEngine<T> type;
    private final Character escape;

    BinaryExpression(ColumnElement<?> left, Operator operator, ColumnElement<?> right, TypeEngine<T> type) {
        this(left, operator, right, type, null);
    }

    BinaryExpression(ColumnElement<?> left, Operator operator, ColumnElement<?> right, TypeEngine<T> type,
            Character escape) {
        this.left = left;
        this.operator = operator;
        this.right = right;
        this.type = type;
        this.escape = escape;
    }

    public ColumnElement<?> left() {
        return left;
    }

    public Operator operator() {
        return operator;
    }

    public ColumnElement<?> right() {
        return right;
    }

    /** The LIKE escape character, or {@code null}. */
    public Character escape() {
        return escape;
    }

    @Override
    public TypeEngine<T> type() {
        return type;
    }

    @Override
    public String anonKey() {
        return left.anonKey();
    }

    @Override
    @SuppressWarnings("unchecked")
    public ColumnElement<Boolean> not() {
        Operator negated = operator.negation();
        if (negated != null && type instanceof BooleanType) {
            return new BinaryExpression<>(left, negated, right, BooleanType.INSTANCE, escape);
        }
        return super.not();
    }

    @Override
    public void accept(SqlCompiler compiler) {
        compiler.visitBinary(this);
    }

    @Override
    void walk(Walker walker) {
        walker.shape(operator);
        // a comparison (boolean, no LIKE escape) is most of what a lookup built anew walks: its operator says
        // it all; anything else adds a marker and both, and no child's first part (a column, a class, null) is
        // the marker, so the two forms cannot produce the same parts
        if (type != BooleanType.INSTANCE || escape != null) {
            walker.shape(TYPED);
            walker.shape(type);
            walker.shape(escape);
        }
        walker.child(left);
        walker.child(right);
    }
}
