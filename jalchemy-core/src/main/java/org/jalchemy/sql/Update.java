package org.jalchemy.sql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.sql.compiler.SqlCompiler;

/**
 * {@code UPDATE table SET col=value, ... WHERE ...}; values may be expressions ({@code counter + 1}).
 *
 * <p>Mirrors {@code sqlalchemy.sql.expression.Update}. Values become binds named after their columns
 * ({@code SET l_name=:l_name}); columns with an {@code onupdate} default not given are set too. Repeated
 * {@link #where} calls are joined with AND. Immutable.
 * <pre>{@code
 * Update u = users.update().where(users.c("id").eq(5)).values(Map.of("l_name", "Bye"));
 * conn.execute(u).rowcount();
 * }</pre>
 */
public final class Update extends DmlStatement {
    private final Map<ColumnClause<?>, ColumnElement<?>> values;
    private final ColumnElement<Boolean> where;
    private final List<ColumnElement<?>> returning;

    Update(TableClause table) {
        this(table, Map.of(), null, List.of());
    }

    private Update(TableClause table, Map<ColumnClause<?>, ColumnElement<?>> values, ColumnElement<Boolean> where,
            List<ColumnElement<?>> returning) {
        super(table);
        this.values = values;
        this.where = where;
        this.returning = returning;
    }

    /** A copy setting these columns (keys are column keys; values are values or SQL expressions). */
    public Update values(Map<String, ?> columnValues) {
        Map<ColumnClause<?>, ColumnElement<?>> merged = new LinkedHashMap<>(values);
        merged.putAll(toValues(columnValues, ""));
        return new Update(table, java.util.Collections.unmodifiableMap(merged), where, returning);
    }

    /** A copy setting alternating keys and values: {@code values("l_name", "Bye")}. */
    public Update values(String key, Object value, Object... more) {
        if (more.length % 2 != 0) {
            throw new ArgumentError("values() takes key/value pairs; the last key has no value");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key, value);
        for (int i = 0; i < more.length; i += 2) {
            map.put(String.valueOf(more[i]), more[i + 1]);
        }
        return values(map);
    }

    /** A copy with {@code condition} ANDed to the WHERE clause. */
    public Update where(ColumnElement<Boolean> condition) {
        ColumnElement<Boolean> w = where == null ? condition : BooleanClauseList.and(List.of(where, condition));
        return new Update(table, values, w, returning);
    }

    /** A copy with {@code RETURNING cols} (where the dialect supports it). */
    public Update returning(Object... cols) {
        return new Update(table, values, where, returningOf(table, cols));
    }

    /** True when no SET values were given: they come from the execution parameters' column keys. */
    public boolean hasNoValues() {
        return values.isEmpty();
    }

    /** A copy setting each column in {@code keys} to a required bind named after it: the executed shape. */
    Update withParameterColumns(java.util.Set<String> keys) {
        Map<ColumnClause<?>, ColumnElement<?>> set = new LinkedHashMap<>();
        for (ColumnClause<?> c : table.columns()) {
            if (keys.contains(c.key())) {
                set.put(c, requiredBind(c));
            }
        }
        return new Update(table, java.util.Collections.unmodifiableMap(set), where, returning);
    }

    private static <T> BindParameter<T> requiredBind(ColumnClause<T> column) {
        return new BindParameter<>(column.key(), BindParameter.REQUIRED, column.type(), false, false);
    }

    @Override
    public org.jalchemy.sql.compiler.Compiled compile(org.jalchemy.dialect.Dialect dialect) {
        return hasNoValues() ? new UpdateCompiled(this, dialect) : super.compile(dialect);
    }

    /** The compiled form of exactly this statement. */
    org.jalchemy.sql.compiler.Compiled compileExactly(org.jalchemy.dialect.Dialect dialect) {
        return dialect.newCompiler().compile(this);
    }

    /** The SET values by column. */
    public Map<ColumnClause<?>, ColumnElement<?>> valueMap() {
        return values;
    }

    /** The WHERE condition, or {@code null}. */
    public ColumnElement<Boolean> whereClause() {
        return where;
    }

    @Override
    public List<ColumnElement<?>> returningColumns() {
        return returning;
    }

    @Override
    public void accept(SqlCompiler compiler) {
        compiler.visitUpdate(this);
    }

    @Override
    void walk(Walker walker) {
        walker.child(table);
        Insert.walkValues(walker, values);
        walker.child(where);
        walker.children(returning);
    }
}
