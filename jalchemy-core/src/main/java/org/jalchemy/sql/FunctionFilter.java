package org.jalchemy.sql;

import org.jalchemy.sql.compiler.SqlCompiler;
import org.jalchemy.types.TypeEngine;

/**
 * An aggregate restricted to some rows: {@code count(*) FILTER (WHERE cond)} (PostgreSQL, SQLite 3.30+).
 * MariaDB has no FILTER clause: compiling one there is a {@code CompileError}.
 *
 * <p>Mirrors {@code sqlalchemy.sql.expression.FunctionFilter}.
 * <pre>{@code
 * FunctionFilter<Integer> big = func.count().filter(t.c("qty").gt(3));
 * select(big.label("n"));
 * }</pre>
 *
 * @param <T> the Java type of the aggregate
 */
public final class FunctionFilter<T> extends ColumnElement<T> {
    private final Function<T> function;
    private final ColumnElement<Boolean> criterion;

    FunctionFilter(Function<T> function, ColumnElement<Boolean> criterion) {
        this.function = function;
        this.criterion = criterion;
    }

    public Function<T> function() {
        return function;
    }

    public ColumnElement<Boolean> criterion() {
        return criterion;
    }

    @Override
    public TypeEngine<T> type() {
        return function.type();
    }

    @Override
    public String anonLabelBase() {
        return function.anonLabelBase();
    }

    /** {@code this OVER (...)}. */
    public Over<T> over() {
        return new Over<>(this, java.util.List.of(), java.util.List.of(), null, null, null);
    }

    @Override
    public void accept(SqlCompiler compiler) {
        compiler.visitFunctionFilter(this);
    }

    @Override
    void walk(Walker walker) {
        walker.child(function);
        walker.child(criterion);
    }
}
