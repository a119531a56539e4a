package org.jalchemy.sql;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.sql.compiler.SqlCompiler;
import org.jalchemy.types.BooleanType;
import org.jalchemy.types.TypeEngine;

/**
 * Conditions joined by {@code AND} or {@code OR}; nested lists of the same operator are flattened.
 *
 * <p>Mirrors {@code sqlalchemy.sql.expression.BooleanClauseList} ({@code and_}, {@code or_}).
 * <pre>{@code
 * ColumnElement<Boolean> e = Jalchemy.or(t.c("id").gt(5), t.c("id").lt(2));
 * e.toString(); // "user".id > :id_1 OR "user".id < :id_2
 * }</pre>
 */
public final class BooleanClauseList extends ColumnElement<Boolean> {
    private final Operator operator;
    private final List<ColumnElement<?>> clauses;

    private BooleanClauseList(Operator operator, List<ColumnElement<?>> clauses) {
        this.operator = operator;
        this.clauses = List.copyOf(clauses);
    }

    /** {@code a AND b AND ...}; a single clause is returned as is. */
    public static ColumnElement<Boolean> and(List<? extends ColumnElement<?>> clauses) {
        return of(Operator.AND, clauses);
    }

    /** {@code a OR b OR ...}; a single clause is returned as is. */
    public static ColumnElement<Boolean> or(List<? extends ColumnElement<?>> clauses) {
        return of(Operator.OR, clauses);
    }

    @SuppressWarnings("unchecked")
    private static ColumnElement<Boolean> of(Operator operator, List<? extends ColumnElement<?>> clauses) {
        if (clauses.isEmpty()) {
            throw new ArgumentError(operator.sql().toLowerCase() + "() needs at least one condition");
        }
        List<ColumnElement<?>> flat = new ArrayList<>();
        for (ColumnElement<?> c : clauses) {
            if (c == null) {
                throw new ArgumentError(operator.sql().toLowerCase() + "() was given a null condition");
            }
            if (c instanceof BooleanClauseList list && list.operator == operator) {
                flat.addAll(list.clauses);
            } else {
                flat.add(c);
            }
        }
        if (flat.size() == 1) {
            return (ColumnElement<Boolean>) flat.get(0);
        }
        return new BooleanClauseList(operator, flat);
    }

    /** {@link Operator#AND} or {@link Operator#OR}. */
    public Operator operator() {
        return operator;
    }

    public List<ColumnElement<?>> clauses() {
        return clauses;
    }

    @Override
    public TypeEngine<Boolean> type() {
        return BooleanType.INSTANCE;
    }

    @Override
    public void accept(SqlCompiler compiler) {
        compiler.visitBooleanClauseList(this);
    }

    @Override
    void walk(Walker walker) {
        walker.shape(operator);
        walker.children(clauses);
    }
}
