package org.jalchemy.sql;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.sql.compiler.SqlCompiler;
import org.jalchemy.types.IntegerType;

/**
 * SELECTs combined with {@code UNION}, {@code UNION ALL}, {@code INTERSECT} or {@code EXCEPT}, with an
 * optional ORDER BY / LIMIT / OFFSET over the whole. Columns are those of the first SELECT.
 *
 * <p>Mirrors {@code sqlalchemy.sql.expression.CompoundSelect}. Immutable.
 * <pre>{@code
 * CompoundSelect u = select(a.c("x")).union(select(b.c("x")));
 * conn.execute(u.orderBy("x"));
 * }</pre>
 */
public final class CompoundSelect extends SelectBase {
    /** The set operator. */
    public enum Kind {
        UNION("UNION"), UNION_ALL("UNION ALL"), INTERSECT("INTERSECT"), EXCEPT("EXCEPT");

        private final String sql;

        Kind(String sql) {
            this.sql = sql;
        }

        public String sql() {
            return sql;
        }
    }

    private final Kind kind;
    private final List<SelectBase> selects;
    private final List<ColumnElement<?>> orderBy;
    private final BindParameter<Integer> limit;
    private final BindParameter<Integer> offset;

    private CompoundSelect(Kind kind, List<SelectBase> selects, List<ColumnElement<?>> orderBy,
            BindParameter<Integer> limit, BindParameter<Integer> offset) {
        this.kind = kind;
        this.selects = List.copyOf(selects);
        this.orderBy = List.copyOf(orderBy);
        this.limit = limit;
        this.offset = offset;
    }

    static CompoundSelect of(Kind kind, SelectBase first, SelectBase[] others) {
        if (others.length == 0) {
            throw new ArgumentError(kind.sql() + " needs at least two SELECTs");
        }
        List<SelectBase> all = new ArrayList<>();
        all.add(first);
        int width = first.selectedColumns().size();
        for (SelectBase s : others) {
            if (s.selectedColumns().size() != width) {
                throw new ArgumentError("All selectables passed to " + kind.sql()
                        + " must have identical numbers of columns; got " + width + " and "
                        + s.selectedColumns().size());
            }
            all.add(s);
        }
        return new CompoundSelect(kind, all, List.of(), null, null);
    }

    public Kind kind() {
        return kind;
    }

    public List<SelectBase> selects() {
        return selects;
    }

    public List<ColumnElement<?>> orderByClauses() {
        return orderBy;
    }

    public BindParameter<Integer> limitClause() {
        return limit;
    }

    public BindParameter<Integer> offsetClause() {
        return offset;
    }

    /** A copy ordered by {@code terms}: expressions of the first SELECT, or its column names. */
    public CompoundSelect orderBy(Object... terms) {
        List<ColumnElement<?>> out = new ArrayList<>(orderBy);
        for (Object t : terms) {
            if (t instanceof ColumnElement<?> c) {
                out.add(c);
            } else if (t instanceof String name && hasColumnNamed(name)) {
                out.add(new LabelReference(name));
            } else {
                throw new ArgumentError("orderBy() of a " + kind.sql() + " takes column expressions or names of"
                        + " its columns, not '" + t + "'");
            }
        }
        return new CompoundSelect(kind, selects, out, limit, offset);
    }

    private boolean hasColumnNamed(String name) {
        return selectedColumns().stream().anyMatch(c -> name.equals(c.name()));
    }

    public CompoundSelect limit(int n) {
        Select.requireNonNegative("limit", n);
        return new CompoundSelect(kind, selects, orderBy,
                new BindParameter<>("param", n, IntegerType.INSTANCE, true, false), offset);
    }

    public CompoundSelect offset(int n) {
        Select.requireNonNegative("offset", n);
        return new CompoundSelect(kind, selects, orderBy, limit,
                new BindParameter<>("param", n, IntegerType.INSTANCE, true, false));
    }

    @Override
    public List<ColumnElement<?>> selectedColumns() {
        return selects.get(0).selectedColumns();
    }

    @Override
    public void accept(SqlCompiler compiler) {
        compiler.visitCompoundSelect(this);
    }

    @Override
    void walk(Walker walker) {
        walker.shape(kind);
        walker.children(selects);
        walker.children(orderBy);
        walker.child(limit);
        walker.child(offset);
    }
}
