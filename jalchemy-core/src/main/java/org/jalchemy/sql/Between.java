package org.jalchemy.sql;

import org.jalchemy.sql.compiler.SqlCompiler;
import org.jalchemy.types.BooleanType;
import org.jalchemy.types.TypeEngine;

/**
 * {@code expr BETWEEN lower AND upper}.
 *
 * <p>Mirrors SQLAlchemy's {@code between()}.
 * <pre>{@code
 * ColumnElement<Boolean> b = t.c("id", Integer.class).between(1, 5);
 * b.toString(); // t.id BETWEEN :id_1 AND :id_2
 * }</pre>
 */
public final class Between extends ColumnElement<Boolean> {
    private final ColumnElement<?> element;
    private final ColumnElement<?> lower;
    private final ColumnElement<?> upper;

    Between(ColumnElement<?> element, ColumnElement<?> lower, ColumnElement<?> upper) {
        this.element = element;
        this.lower = lower;
        this.upper = upper;
    }

    public ColumnElement<?> element() {
        return element;
    }

    public ColumnElement<?> lower() {
        return lower;
    }

    public ColumnElement<?> upper() {
        return upper;
    }

    @Override
    public TypeEngine<Boolean> type() {
        return BooleanType.INSTANCE;
    }

    @Override
    public void accept(SqlCompiler compiler) {
        compiler.visitBetween(this);
    }

    @Override
    void walk(Walker walker) {
        walker.child(element);
        walker.child(lower);
        walker.child(upper);
    }
}
