package org.jalchemy.sql;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.sql.compiler.SqlCompiler;
import org.jalchemy.types.NullType;
import org.jalchemy.types.TypeEngine;

/**
 * {@code CASE WHEN cond THEN result ... ELSE other END}; results that are plain values become binds.
 * Immutable: {@link #when} and {@link #otherwise} return copies.
 *
 * <p>Mirrors {@code sqlalchemy.case()}.
 * <pre>{@code
 * Case<Object> c = Jalchemy.case_().when(t.c("id").gt(5), "big").otherwise("small");
 * c.toString(); // CASE WHEN t.id > :id_1 THEN :param_1 ELSE :param_2 END
 * }</pre>
 *
 * @param <T> the Java type of the results
 */
public final class Case<T> extends ColumnElement<T> {
    private final List<ColumnElement<?>> conditions;
    private final List<ColumnElement<?>> results;
    private final ColumnElement<?> otherwise;
    private final TypeEngine<T> type;

    Case(List<ColumnElement<?>> conditions, List<ColumnElement<?>> results, ColumnElement<?> otherwise,
            TypeEngine<T> type) {
        this.conditions = List.copyOf(conditions);
        this.results = List.copyOf(results);
        this.otherwise = otherwise;
        this.type = type;
    }

    /** An empty CASE of unknown type; add branches with {@link #when}. */
    public static Case<Object> create() {
        return new Case<>(List.of(), List.of(), null, NullType.INSTANCE);
    }

    /** A copy with the branch {@code WHEN condition THEN result}. */
    public Case<T> when(ColumnElement<Boolean> condition, Object result) {
        List<ColumnElement<?>> c = new ArrayList<>(conditions);
        List<ColumnElement<?>> r = new ArrayList<>(results);
        c.add(condition);
        r.add(result(result));
        return new Case<>(c, r, otherwise, type);
    }

    /** A copy with {@code ELSE result}. */
    public Case<T> otherwise(Object result) {
        return new Case<>(conditions, results, result(result), type);
    }

    private static ColumnElement<?> result(Object value) {
        if (value instanceof ColumnElement<?> e) {
            return e;
        }
        return value == null ? Keyword.nullValue() : new BindParameter<>("param", value, NullType.INSTANCE, true, false);
    }

    public List<ColumnElement<?>> conditions() {
        return conditions;
    }

    public List<ColumnElement<?>> results() {
        return results;
    }

    /** The ELSE result, or {@code null}. */
    public ColumnElement<?> otherwise() {
        return otherwise;
    }

    @Override
    public TypeEngine<T> type() {
        return type;
    }

    @Override
    public void accept(SqlCompiler compiler) {
        if (conditions.isEmpty()) {
            throw new ArgumentError("case() needs at least one when() branch");
        }
        compiler.visitCase(this);
    }

    @Override
    void walk(Walker walker) {
        walker.shape(type);
        walker.children(conditions);
        walker.children(results);
        walker.child(otherwise);
    }
}
