package org.jalchemy.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.sql.compiler.Compiled;
import org.jalchemy.sql.compiler.SqlCompiler;

/**
 * {@code INSERT INTO table (columns) VALUES (...)}, multi-row {@code VALUES}, or {@code INSERT ... SELECT}.
 *
 * <p>Mirrors {@code sqlalchemy.sql.expression.Insert}. Values become binds named after their columns
 * ({@code :l_name}). Without {@link #values}, the columns are those of the execution parameters (the
 * seed's {@code conn.execute(table.insert(), listOfMaps)}), and {@code DEFAULT VALUES} when there are
 * none; {@code toString()} then shows every column, as SQLAlchemy does. Client-side column defaults are
 * added for columns not given. A single-row INSERT reports the table's autoincrement column as a
 * generated key. Immutable.
 * <pre>{@code
 * Insert ins = users.insert().values(Map.of("l_name", "Hello", "f_name", "World"));
 * conn.execute(users.insert(), List.of(Map.of("l_name", "Hi", "f_name", "bob")));
 * }</pre>
 */
public final class Insert extends DmlStatement {
    private final Map<ColumnClause<?>, ColumnElement<?>> values;
    private final List<Map<ColumnClause<?>, ColumnElement<?>>> multiValues;
    private final List<ColumnClause<?>> selectColumns;
    private final SelectBase select;
    private final List<ColumnElement<?>> returning;
    private final boolean parameterShape;
    private final OnConflict onConflict;
    /**
     * What an {@link InsertCompiled} made for the parameter keys this values-less INSERT last ran with: kept
     * on the statement rather than in the engine's cache, so it lives as long as the statement does and never
     * keeps an upsert's SET values reachable after it. Not volatile: the memo is immutable, and a thread that
     * misses it only makes the variant again.
     */
    Object bindMemo;

    Insert(TableClause table) {
        this(table, Map.of(), List.of(), List.of(), null, List.of());
    }

    private Insert(TableClause table, Map<ColumnClause<?>, ColumnElement<?>> values,
            List<Map<ColumnClause<?>, ColumnElement<?>>> multiValues, List<ColumnClause<?>> selectColumns,
            SelectBase select, List<ColumnElement<?>> returning) {
        this(table, values, multiValues, selectColumns, select, returning, false, null);
    }

    private Insert(TableClause table, Map<ColumnClause<?>, ColumnElement<?>> values,
            List<Map<ColumnClause<?>, ColumnElement<?>>> multiValues, List<ColumnClause<?>> selectColumns,
            SelectBase select, List<ColumnElement<?>> returning, boolean parameterShape, OnConflict onConflict) {
        super(table);
        this.parameterShape = parameterShape;
        this.onConflict = onConflict;
        this.values = values;
        this.multiValues = multiValues;
        this.selectColumns = selectColumns;
        this.select = select;
        this.returning = returning;
    }

    /** A copy with these column values (keys are column keys); later calls add to and override earlier ones. */
    public Insert values(Map<String, ?> columnValues) {
        requireNoSelect();
        Map<ColumnClause<?>, ColumnElement<?>> merged = new LinkedHashMap<>(values);
        merged.putAll(toValues(columnValues, ""));
        return new Insert(table, orderByTable(merged), multiValues, selectColumns, select, returning, false,
                onConflict);
    }

    /** A copy with values given as alternating keys and values: {@code values("l_name", "Hi", "f_name", "bob")}. */
    public Insert values(String key, Object value, Object... more) {
        if (more.length % 2 != 0) {
            throw new ArgumentError("values() takes key/value pairs; the last key has no value");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key, value);
        for (int i = 0; i < more.length; i += 2) {
            if (!(more[i] instanceof String k)) {
                throw new ArgumentError("values() keys must be column keys (strings), got " + more[i]);
            }
            map.put(k, more[i + 1]);
        }
        return values(map);
    }

    /** A copy inserting several rows in one statement: {@code VALUES (...), (...)}; all rows need the same keys. */
    public Insert values(Collection<? extends Map<String, ?>> rows) {
        requireNoSelect();
        if (rows.isEmpty()) {
            throw new ArgumentError("values() was given an empty list of rows");
        }
        List<Map<ColumnClause<?>, ColumnElement<?>>> out = new ArrayList<>();
        java.util.Set<String> keys = null;
        int i = 0;
        for (Map<String, ?> row : rows) {
            if (keys == null) {
                keys = row.keySet();
            } else if (!keys.equals(row.keySet())) {
                throw new ArgumentError("Every row of a multi-row values() needs the same keys; row " + i
                        + " has " + row.keySet() + ", row 0 has " + keys);
            }
            out.add(orderByTable(toValues(row, "_m" + i)));
            i++;
        }
        return new Insert(table, Map.of(), List.copyOf(out), selectColumns, select, returning, false, onConflict);
    }

    /** A copy that inserts the rows of {@code select} into {@code columns}: {@code INSERT ... SELECT}. */
    public Insert fromSelect(List<String> columns, SelectBase select) {
        if (!values.isEmpty() || !multiValues.isEmpty()) {
            throw new ArgumentError("fromSelect() cannot be combined with values()");
        }
        List<ColumnClause<?>> cols = new ArrayList<>();
        for (String key : columns) {
            cols.add(column(key));
        }
        if (cols.size() != select.selectedColumns().size()) {
            throw new ArgumentError("fromSelect() names " + cols.size() + " columns but the SELECT returns "
                    + select.selectedColumns().size());
        }
        return new Insert(table, Map.of(), List.of(), List.copyOf(cols), select, returning);
    }

    /** A copy with {@code RETURNING cols} (where the dialect supports it). */
    public Insert returning(Object... cols) {
        return new Insert(table, values, multiValues, selectColumns, select, returningOf(table, cols), parameterShape,
                onConflict);
    }

    /** A copy that ignores rows conflicting on the unique key over {@code indexColumns}. */
    public Insert onConflictDoNothing(String... indexColumns) {
        return withOnConflict(new OnConflict(checkedKeys(List.of(indexColumns)), Map.of()));
    }

    /**
     * A copy that updates the existing row when the new one conflicts on the unique key over
     * {@code indexColumns}; {@code set} maps column keys to values or expressions such as {@link #excluded}.
     */
    public Insert onConflictDoUpdate(List<String> indexColumns, Map<String, ?> set) {
        if (indexColumns.isEmpty() || set.isEmpty()) {
            throw new ArgumentError("onConflictDoUpdate() needs the conflict columns and at least one column to set");
        }
        // plain values become anonymous binds (:param_1, as SQLAlchemy's set_): named after their columns they
        // would share the name of the VALUES bind, and an execution parameter meant for VALUES would fill both
        Map<ColumnClause<?>, ColumnElement<?>> values = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, ?> e : set.entrySet()) {
            ColumnClause<?> col = column(e.getKey());
            values.put(col, anonymousValueFor(col, e.getValue()));
        }
        return withOnConflict(new OnConflict(checkedKeys(indexColumns), orderByTable(values)));
    }

    private List<String> checkedKeys(List<String> keys) {
        for (String k : keys) {
            column(k);
        }
        return List.copyOf(keys);
    }

    private Insert withOnConflict(OnConflict conflict) {
        if (select != null) {
            throw new ArgumentError("An upsert needs values(), not fromSelect()");
        }
        return new Insert(table, values, multiValues, selectColumns, select, returning, parameterShape, conflict);
    }

    /** The value this INSERT tried to put into column {@code key}, for {@link #onConflictDoUpdate}. */
    public <T> Excluded<T> excluded(String key) {
        @SuppressWarnings("unchecked")
        ColumnClause<T> col = (ColumnClause<T>) column(key);
        return new Excluded<>(col);
    }

    /** The upsert clause, or {@code null}. */
    public OnConflict onConflict() {
        return onConflict;
    }

    private void requireNoSelect() {
        if (select != null) {
            throw new ArgumentError("values() cannot be combined with fromSelect()");
        }
    }

    private Map<ColumnClause<?>, ColumnElement<?>> orderByTable(Map<ColumnClause<?>, ColumnElement<?>> given) {
        Map<ColumnClause<?>, ColumnElement<?>> out = new LinkedHashMap<>();
        for (ColumnClause<?> c : table.columns()) {
            if (given.containsKey(c)) {
                out.put(c, given.get(c));
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * A copy whose values also include a required bind for every key in {@code parameterKeys} not given yet:
     * the shape executed when values come from the execution parameters.
     */
    Insert withParameterColumns(java.util.Set<String> parameterKeys) {
        Map<ColumnClause<?>, ColumnElement<?>> merged = new LinkedHashMap<>(values);
        for (String key : parameterKeys) {
            ColumnClause<?> col = column(key);
            if (!merged.containsKey(col)) {
                merged.put(col, requiredBind(col));
            }
        }
        return new Insert(table, orderByTable(merged), multiValues, selectColumns, select, returning, true,
                onConflict);
    }

    private static <T> BindParameter<T> requiredBind(ColumnClause<T> col) {
        return new BindParameter<>(col.key(), BindParameter.REQUIRED, col.type(), false, false);
    }

    /** True when neither values, rows nor a SELECT were given: columns come from the execution parameters. */
    public boolean hasNoValues() {
        return values.isEmpty() && multiValues.isEmpty() && select == null;
    }

    /** The single-row values by column, in table order. */
    public Map<ColumnClause<?>, ColumnElement<?>> valueMap() {
        return values;
    }

    /** The rows of a multi-row INSERT; empty otherwise. */
    public List<Map<ColumnClause<?>, ColumnElement<?>>> multiValues() {
        return multiValues;
    }

    public List<ColumnClause<?>> selectColumns() {
        return selectColumns;
    }

    /** The SELECT of an {@code INSERT ... SELECT}, or {@code null}. */
    public SelectBase fromSelectStatement() {
        return select;
    }

    /** True when the statement renders every column as a bind: no values given, not a parameter-keyed variant. */
    public boolean showsAllColumns() {
        return hasNoValues() && !parameterShape;
    }

    /** The value map shown by {@code toString()} and compiled for a statement without values: every column. */
    public Map<ColumnClause<?>, ColumnElement<?>> allColumnsRequired() {
        Map<ColumnClause<?>, ColumnElement<?>> out = new LinkedHashMap<>();
        for (ColumnClause<?> c : table.columns()) {
            out.put(c, requiredBind(c));
        }
        return out;
    }

    @Override
    public List<ColumnElement<?>> returningColumns() {
        return returning;
    }

    @Override
    public Compiled compile(Dialect dialect) {
        return new InsertCompiled(this, dialect);
    }

    /** The compiled form of exactly this statement, without the per-parameters variants. */
    Compiled compileExactly(Dialect dialect) {
        return dialect.newCompiler().compile(this);
    }

    @Override
    public void accept(SqlCompiler compiler) {
        compiler.visitInsert(this);
    }

    @Override
    void walk(Walker walker) {
        walker.child(table);
        walker.shape(parameterShape);
        walkValues(walker, values);
        walker.shape(multiValues.size());
        for (Map<ColumnClause<?>, ColumnElement<?>> row : multiValues) {
            walkValues(walker, row);
        }
        walker.children(selectColumns);
        walker.child(select);
        walker.children(returning);
        walker.shape(onConflict == null ? null : onConflict.indexColumns());
        if (onConflict != null) {
            walkValues(walker, onConflict.set());
        }
    }

    static void walkValues(Walker walker, Map<ColumnClause<?>, ColumnElement<?>> values) {
        walker.shape(values.size());
        for (Map.Entry<ColumnClause<?>, ColumnElement<?>> e : values.entrySet()) {
            walker.shape(e.getKey().key());
            walker.child(e.getValue());
        }
    }
}
