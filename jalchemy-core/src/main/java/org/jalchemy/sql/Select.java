package org.jalchemy.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.sql.compiler.SqlCompiler;
import org.jalchemy.types.IntegerType;

/**
 * {@code SELECT columns FROM ... WHERE ... GROUP BY ... HAVING ... ORDER BY ... LIMIT ... OFFSET ...}.
 *
 * <p>Mirrors {@code sqlalchemy.sql.expression.Select}. Immutable: every method returns a new SELECT.
 * The FROM list is inferred from the columns and the WHERE clause unless given with
 * {@link #selectFrom}; repeated {@link #where} calls are joined with AND. {@code orderBy}/{@code groupBy}
 * take expressions, or a string only when it names a label of this SELECT. LIMIT and OFFSET are binds.
 * <pre>{@code
 * Select s = select(users).where(users.c("l_name").eq("Hello")).orderBy(users.c("f_name"));
 * conn.execute(s).all();
 * }</pre>
 */
public final class Select extends SelectBase {
    /** Row locking requested with {@code withForUpdate}. */
    public enum ForUpdate {
        UPDATE, NOWAIT, SKIP_LOCKED, SHARE
    }

    private List<ColumnElement<?>> columns = List.of();
    private List<FromClause> froms = List.of();
    private ColumnElement<Boolean> where;
    private List<ColumnElement<?>> orderBy = List.of();
    private BindParameter<Integer> limit;
    /** The clauses few SELECTs have, shared by the copies until one of them sets one. */
    private Rare rare = Rare.NONE;

    /**
     * HAVING, GROUP BY, OFFSET, DISTINCT and FOR UPDATE, out of line: a SELECT built anew for each lookup is
     * copied by every builder call, and each field kept here is one fewer to allocate and copy there.
     */
    private static final class Rare {
        static final Rare NONE = new Rare();

        ColumnElement<Boolean> having;
        List<ColumnElement<?>> groupBy = List.of();
        BindParameter<Integer> offset;
        boolean distinct;
        List<ColumnElement<?>> distinctOn = List.of();
        ForUpdate forUpdate;

        /** A copy to set one clause on; {@link #NONE} and the copies other SELECTs hold are never written. */
        Rare copy() {
            Rare r = new Rare();
            r.having = having;
            r.groupBy = groupBy;
            r.offset = offset;
            r.distinct = distinct;
            r.distinctOn = distinctOn;
            r.forUpdate = forUpdate;
            return r;
        }
    }

    private Select() {
    }

    private Select copy() {
        Select s = new Select();
        s.columns = columns;
        s.froms = froms;
        s.where = where;
        s.orderBy = orderBy;
        s.limit = limit;
        s.rare = rare;
        return s;
    }

    /** A copy whose rare clauses are its own, to set one of them on. */
    private Select copyWithRare() {
        Select s = copy();
        s.rare = rare.copy();
        return s;
    }

    /** A SELECT of {@code entities}: column expressions, or FROM objects meaning all their columns. */
    public static Select of(List<?> entities) {
        return of(entities.toArray());
    }

    /** A SELECT of {@code entities}; the array is not kept. */
    public static Select of(Object... entities) {
        Select s = new Select();
        for (Object e : entities) {
            if (!(e instanceof ColumnElement<?>)) {
                return s.addColumns(Arrays.asList(entities));
            }
        }
        // select(col, col, ...), the common case (a lookup built anew per call): List.of copies the array
        // once, and every element was just checked to be a column expression
        @SuppressWarnings("unchecked")
        List<ColumnElement<?>> cols = (List<ColumnElement<?>>) (List<?>) List.of(entities);
        s.columns = cols;
        return s;
    }

    /** A copy with more columns (SQLAlchemy's {@code add_columns}). */
    public Select addColumns(Object... entities) {
        return copy().addColumns(Arrays.asList(entities));
    }

    private Select addColumns(List<?> entities) {
        List<ColumnElement<?>> cols = new ArrayList<>(columns.size() + entities.size());
        cols.addAll(columns);
        List<FromClause> fr = new ArrayList<>(froms.size() + 2);
        fr.addAll(froms);
        for (Object e : entities) {
            if (e instanceof FromClause from) {
                cols.addAll(from.columns().list());
                if (!fr.contains(from)) {
                    fr.add(from);
                }
            } else if (e instanceof ColumnElement<?> c) {
                cols.add(c);
            } else if (e instanceof SelectBase sub) {
                cols.add(sub.scalarSubquery());
            } else {
                throw new ArgumentError("select() takes column expressions or tables, not "
                        + (e == null ? "null" : e.getClass().getName() + " '" + e + "'")
                        + "; wrap literal SQL in text() or literalColumn()");
            }
        }
        // only called on a fresh instance or a copy, before anyone else sees it
        this.columns = List.copyOf(cols);
        this.froms = List.copyOf(fr);
        return this;
    }

    /** A copy with {@code condition} ANDed to the WHERE clause. */
    public Select where(ColumnElement<Boolean> condition) {
        Select s = copy();
        s.where = conjoin(where, condition);
        return s;
    }

    /** A copy with {@code conditions} ANDed to the WHERE clause. */
    @SafeVarargs
    public final Select where(ColumnElement<Boolean>... conditions) {
        Select s = copy();
        s.where = conjoin(where, conditions);
        return s;
    }

    /** The WHERE of {@code col = value} for each entry, on the first FROM's columns (SQLAlchemy's filter_by). */
    public Select filterBy(java.util.Map<String, ?> criteria) {
        FromClause first = fromsForFilterBy();
        List<ColumnElement<?>> conditions = new ArrayList<>();
        for (java.util.Map.Entry<String, ?> e : criteria.entrySet()) {
            conditions.add(first.c(e.getKey()).eq(e.getValue()));
        }
        Select s = copy();
        s.where = where == null ? BooleanClauseList.and(conditions)
                : BooleanClauseList.and(concat(List.of(where), conditions));
        return s;
    }

    private FromClause fromsForFilterBy() {
        if (!froms.isEmpty()) {
            return froms.get(froms.size() - 1);
        }
        for (FromClause f : FromCollector.of(columns)) {
            return f;
        }
        throw new ArgumentError("filterBy() needs a SELECT with a FROM object");
    }

    /** A copy with {@code condition} ANDed to the HAVING clause. */
    @SafeVarargs
    public final Select having(ColumnElement<Boolean>... conditions) {
        Select s = copyWithRare();
        s.rare.having = conjoin(rare.having, conditions);
        return s;
    }

    private static ColumnElement<Boolean> conjoin(ColumnElement<Boolean> existing, ColumnElement<Boolean> one) {
        // the common where(one condition) on a fresh select: what and() would return, without its lists
        if (existing == null && one != null && !(one instanceof BooleanClauseList)) {
            return one;
        }
        return BooleanClauseList.and(existing == null ? Collections.singletonList(one) : Arrays.asList(existing, one));
    }

    private static ColumnElement<Boolean> conjoin(ColumnElement<Boolean> existing, ColumnElement<Boolean>[] more) {
        if (more.length == 1) {
            return conjoin(existing, more[0]);
        }
        List<ColumnElement<?>> all = new ArrayList<>(more.length + 1);
        if (existing != null) {
            all.add(existing);
        }
        all.addAll(Arrays.asList(more));
        return all.isEmpty() ? existing : BooleanClauseList.and(all);
    }

    private static List<ColumnElement<?>> concat(List<? extends ColumnElement<?>> a, List<? extends ColumnElement<?>> b) {
        List<ColumnElement<?>> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** A copy with more ORDER BY terms: expressions, or names of labels of this SELECT. */
    public Select orderBy(Object... terms) {
        Select s = copy();
        s.orderBy = List.copyOf(concat(orderBy, orderTerms("orderBy", terms)));
        return s;
    }

    /** A copy with more GROUP BY terms: expressions, or names of labels of this SELECT. */
    public Select groupBy(Object... terms) {
        Select s = copyWithRare();
        s.rare.groupBy = List.copyOf(concat(rare.groupBy, orderTerms("groupBy", terms)));
        return s;
    }

    List<ColumnElement<?>> orderTerms(String method, Object[] terms) {
        List<ColumnElement<?>> out = new ArrayList<>();
        for (Object t : terms) {
            if (t instanceof ColumnElement<?> c) {
                out.add(c);
            } else if (t instanceof String name) {
                out.add(labelReference(method, name));
            } else {
                throw new ArgumentError(method + "() takes column expressions, not "
                        + (t == null ? "null" : t.getClass().getName()));
            }
        }
        return out;
    }

    private LabelReference labelReference(String method, String name) {
        for (ColumnElement<?> c : selectedColumns()) {
            if (c instanceof Label<?> && name.equals(c.name())) {
                return new LabelReference(name);
            }
        }
        throw new ArgumentError(method + "() was given the string '" + name + "', which names no label of"
                + " this SELECT; pass a column expression, or literalColumn() for literal SQL");
    }

    /** A copy with {@code LIMIT n} (a bind). */
    public Select limit(int n) {
        requireNonNegative("limit", n);
        Select s = copy();
        s.limit = new BindParameter<>("param", n, IntegerType.INSTANCE, true, false);
        return s;
    }

    /** A copy with {@code OFFSET n} (a bind). */
    public Select offset(int n) {
        requireNonNegative("offset", n);
        Select s = copyWithRare();
        s.rare.offset = new BindParameter<>("param", n, IntegerType.INSTANCE, true, false);
        return s;
    }

    static void requireNonNegative(String what, int n) {
        if (n < 0) {
            throw new ArgumentError(what + "() needs a non-negative integer, got " + n);
        }
    }

    /** A copy with {@code SELECT DISTINCT}. */
    public Select distinct() {
        Select s = copyWithRare();
        s.rare.distinct = true;
        return s;
    }

    /** A copy with PostgreSQL's {@code SELECT DISTINCT ON (exprs)}; plain DISTINCT elsewhere. */
    public Select distinct(ColumnElement<?>... on) {
        Select s = copyWithRare();
        s.rare.distinct = true;
        s.rare.distinctOn = List.of(on);
        return s;
    }

    /** A copy with explicit FROM objects (SQLAlchemy's {@code select_from}). */
    public Select selectFrom(FromClause... fromClauses) {
        Select s = copy();
        List<FromClause> fr = new ArrayList<>(froms);
        for (FromClause f : fromClauses) {
            if (!fr.contains(f)) {
                fr.add(f);
            }
        }
        s.froms = List.copyOf(fr);
        return s;
    }

    /** A copy whose leftmost FROM is joined to {@code right} on {@code onclause}. */
    public Select join(FromClause right, ColumnElement<Boolean> onclause) {
        return joinTo(right, onclause, false);
    }

    /** A copy whose leftmost FROM is joined to {@code right} on the foreign key between them. */
    public Select join(FromClause right) {
        return joinTo(right, null, false);
    }

    /** A copy whose leftmost FROM is LEFT OUTER JOINed to {@code right}. */
    public Select outerjoin(FromClause right, ColumnElement<Boolean> onclause) {
        return joinTo(right, onclause, true);
    }

    public Select outerjoin(FromClause right) {
        return joinTo(right, null, true);
    }

    private Select joinTo(FromClause right, ColumnElement<Boolean> onclause, boolean outer) {
        List<FromClause> current = new ArrayList<>(froms);
        for (FromClause f : FromCollector.of(columns)) {
            if (!current.contains(f)) {
                current.add(f);
            }
        }
        if (current.isEmpty()) {
            throw new ArgumentError("join() needs a SELECT that already has a FROM object");
        }
        FromClause left = current.remove(0);
        ColumnElement<Boolean> on = onclause != null ? onclause : Join.inferOnClause(left, right);
        current.add(0, new Join(left, right, on, outer, false));
        Select s = copy();
        s.froms = List.copyOf(current);
        return s;
    }

    /** A copy with {@code FOR UPDATE} (or a variant); ignored by SQLite, which locks the whole database. */
    public Select withForUpdate(ForUpdate mode) {
        Select s = copyWithRare();
        s.rare.forUpdate = mode;
        return s;
    }

    public Select withForUpdate() {
        return withForUpdate(ForUpdate.UPDATE);
    }

    @Override
    public List<ColumnElement<?>> selectedColumns() {
        return columns;
    }

    /** The FROM objects given explicitly (tables passed to select(), selectFrom, joins). */
    public List<FromClause> explicitFroms() {
        return froms;
    }

    /** The WHERE condition, or {@code null}. */
    public ColumnElement<Boolean> whereClause() {
        return where;
    }

    public ColumnElement<Boolean> havingClause() {
        return rare.having;
    }

    public List<ColumnElement<?>> orderByClauses() {
        return orderBy;
    }

    public List<ColumnElement<?>> groupByClauses() {
        return rare.groupBy;
    }

    public BindParameter<Integer> limitClause() {
        return limit;
    }

    public BindParameter<Integer> offsetClause() {
        return rare.offset;
    }

    public boolean isDistinct() {
        return rare.distinct;
    }

    public List<ColumnElement<?>> distinctOn() {
        return rare.distinctOn;
    }

    public ForUpdate forUpdate() {
        return rare.forUpdate;
    }

    /**
     * The FROM list as rendered: explicit FROMs, then the tables of the columns, WHERE and HAVING, without
     * those already inside a join.
     */
    public List<FromClause> effectiveFroms() {
        List<FromClause> out = new ArrayList<>(froms);
        List<ColumnElement<?>> scan = new ArrayList<>(columns);
        if (where != null) {
            scan.add(where);
        }
        if (rare.having != null) {
            scan.add(rare.having);
        }
        for (FromClause f : FromCollector.of(scan)) {
            if (!out.contains(f)) {
                out.add(f);
            }
        }
        List<FromClause> inJoins = new ArrayList<>();
        for (FromClause f : out) {
            if (f instanceof Join j) {
                inJoins.addAll(j.flatten());
            }
        }
        out.removeIf(f -> !(f instanceof Join) && inJoins.contains(f));
        return out;
    }

    @Override
    public void accept(SqlCompiler compiler) {
        compiler.visitSelect(this);
    }

    @Override
    void walk(Walker walker) {
        // one part says which optional clauses follow, and only those are walked: a SELECT built anew per
        // lookup is keyed on every execution, and most of its clauses are empty
        Rare r = rare;
        int present = (froms.isEmpty() ? 0 : 1) | (where == null ? 0 : 2) | (orderBy.isEmpty() ? 0 : 8)
                | (limit == null ? 0 : 32);
        if (r != Rare.NONE) {
            present |= (r.having == null ? 0 : 4) | (r.groupBy.isEmpty() ? 0 : 16) | (r.offset == null ? 0 : 64)
                    | (r.distinct ? 128 : 0) | (r.distinctOn.isEmpty() ? 0 : 256) | (r.forUpdate == null ? 0 : 512);
        }
        walker.shape(present);
        walker.children(columns);
        if ((present & 1) != 0) {
            walker.children(froms);
        }
        if ((present & 2) != 0) {
            walker.child(where);
        }
        if ((present & 4) != 0) {
            walker.child(r.having);
        }
        if ((present & 8) != 0) {
            walker.children(orderBy);
        }
        if ((present & 16) != 0) {
            walker.children(r.groupBy);
        }
        if ((present & 32) != 0) {
            walker.child(limit);
        }
        if ((present & 64) != 0) {
            walker.child(r.offset);
        }
        if ((present & 256) != 0) {
            walker.children(r.distinctOn);
        }
        if ((present & 512) != 0) {
            walker.shape(r.forUpdate);
        }
    }
}
