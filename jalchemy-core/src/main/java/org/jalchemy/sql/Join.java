package org.jalchemy.sql;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.sql.compiler.SqlCompiler;

/**
 * {@code left [LEFT OUTER | FULL OUTER] JOIN right ON onclause}. Its columns are both sides' columns,
 * keyed {@code table_column}.
 *
 * <p>Mirrors {@code sqlalchemy.sql.expression.Join}. Without an ON clause, the condition comes from the
 * single foreign key between the two sides; none or several is an {@code ArgumentError}.
 * <pre>{@code
 * Join j = users.join(emails, emails.c("name").eq(users.c("l_name")));
 * select(users.c("l_name"), emails.c("email")).selectFrom(j);
 * }</pre>
 */
public final class Join extends FromClause {
    private final FromClause left;
    private final FromClause right;
    private final ColumnElement<Boolean> onclause;
    private final boolean outer;
    private final boolean full;
    private ColumnCollection columns;

    Join(FromClause left, FromClause right, ColumnElement<Boolean> onclause, boolean outer, boolean full) {
        if (left == null || right == null) {
            throw new ArgumentError("join() needs two FROM objects");
        }
        if (onclause == null) {
            throw new ArgumentError("join() of '" + left.description() + "' and '" + right.description()
                    + "' needs an ON clause");
        }
        this.left = left;
        this.right = right;
        this.onclause = onclause;
        this.outer = outer;
        this.full = full;
    }

    static ColumnElement<Boolean> inferOnClause(FromClause left, FromClause right) {
        List<ColumnElement<Boolean>> found = new ArrayList<>();
        for (FromClause l : left.flatten()) {
            found.addAll(l.foreignKeyConditionsTo(right));
            found.addAll(right.foreignKeyConditionsTo(l));
        }
        if (found.isEmpty()) {
            throw new ArgumentError("Can't find any foreign key relationships between '" + left.description()
                    + "' and '" + right.description() + "'; give the ON clause explicitly");
        }
        if (found.size() > 1) {
            throw new ArgumentError("Can't determine join between '" + left.description() + "' and '"
                    + right.description() + "'; tables have more than one foreign key constraint relationship"
                    + " between them. Please specify the 'onclause' of this join explicitly.");
        }
        return found.get(0);
    }

    public FromClause left() {
        return left;
    }

    public FromClause right() {
        return right;
    }

    public ColumnElement<Boolean> onclause() {
        return onclause;
    }

    public boolean isOuter() {
        return outer;
    }

    public boolean isFull() {
        return full;
    }

    @Override
    public synchronized ColumnCollection columns() {
        if (columns == null) {
            ColumnCollection all = new ColumnCollection(description());
            for (FromClause side : flatten()) {
                for (ColumnClause<?> c : side.columns()) {
                    all.add(new JoinedColumn<>(side.description() + "_" + c.key(), c));
                }
            }
            columns = all;
        }
        return columns;
    }

    @Override
    public String description() {
        return left.description() + " JOIN " + right.description();
    }

    @Override
    public List<FromClause> flatten() {
        List<FromClause> out = new ArrayList<>(left.flatten());
        out.addAll(right.flatten());
        return out;
    }

    @Override
    public void accept(SqlCompiler compiler) {
        compiler.visitJoin(this);
    }

    @Override
    void walk(Walker walker) {
        walker.shape(outer);
        walker.shape(full);
        walker.child(left);
        walker.child(right);
        walker.child(onclause);
    }

    /** A join's view of a side's column under a {@code table_column} key; renders as that column. */
    private static final class JoinedColumn<T> extends ColumnClause<T> {
        private final ColumnClause<T> target;

        JoinedColumn(String key, ColumnClause<T> target) {
            super(target.name(), key, target.type(), target.table());
            this.target = target;
        }

        @Override
        public void accept(SqlCompiler compiler) {
            target.accept(compiler);
        }
    }
}
