package org.jalchemy.sql;

import java.util.List;
import org.jalchemy.exc.ArgumentError;

/**
 * A SELECT or a compound of SELECTs (UNION ...): something that returns rows and can be used as a
 * subquery, a scalar value or an EXISTS test.
 *
 * <p>Mirrors {@code sqlalchemy.sql.expression.SelectBase}.
 * <pre>{@code
 * Alias sq = select(users.c("id")).subquery("ids");
 * ScalarSelect<Integer> n = select(func.count()).selectFrom(users).scalarSubquery();
 * }</pre>
 */
public abstract class SelectBase extends ExecutableClause {
    SelectBase() {
    }

    /** The columns this SELECT returns, in order. */
    public abstract List<ColumnElement<?>> selectedColumns();

    /** {@code (SELECT ...) AS name}, usable in FROM. */
    public Alias subquery(String name) {
        return new Alias(this, name);
    }

    /** An anonymous subquery, named {@code anon_N} when compiled. */
    public Alias subquery() {
        return new Alias(this, null);
    }

    /**
     * {@code LATERAL (SELECT ...) AS name} (PostgreSQL): a subquery in FROM that may refer to the FROM objects
     * before it, which are correlated out of its own FROM list.
     */
    public Alias lateral(String name) {
        return new Alias(this, name, true);
    }

    /** The same as {@link #subquery(String)}. */
    public Alias alias(String name) {
        return subquery(name);
    }

    /** {@code (SELECT x ...)} as a value; the SELECT must return one column. */
    @SuppressWarnings("unchecked")
    public <T> ScalarSelect<T> scalarSubquery() {
        List<ColumnElement<?>> cols = selectedColumns();
        if (cols.size() != 1) {
            throw new ArgumentError("A scalar subquery must select exactly one column, this one selects "
                    + cols.size());
        }
        return new ScalarSelect<>(this, (org.jalchemy.types.TypeEngine<T>) cols.get(0).type());
    }

    /** {@code WITH name AS (this)}: a CTE usable in FROM. */
    public Cte cte(String name) {
        return new Cte(this, name, false);
    }

    /** A CTE that will be made recursive with {@link Cte#unionAll}. */
    public Cte cteRecursive(String name) {
        return new Cte(this, name, true);
    }

    /** {@code EXISTS (SELECT ...)}. */
    public Exists exists() {
        return new Exists(this);
    }

    /** {@code (SELECT x ...) AS name} in a SELECT list. */
    public <T> Label<T> label(String name) {
        return this.<T>scalarSubquery().label(name);
    }

    /** {@code this UNION other...}. */
    public CompoundSelect union(SelectBase... others) {
        return CompoundSelect.of(CompoundSelect.Kind.UNION, this, others);
    }

    /** {@code this UNION ALL other...}. */
    public CompoundSelect unionAll(SelectBase... others) {
        return CompoundSelect.of(CompoundSelect.Kind.UNION_ALL, this, others);
    }

    /** {@code this INTERSECT other...}. */
    public CompoundSelect intersect(SelectBase... others) {
        return CompoundSelect.of(CompoundSelect.Kind.INTERSECT, this, others);
    }

    /** {@code this EXCEPT other...}. */
    public CompoundSelect except(SelectBase... others) {
        return CompoundSelect.of(CompoundSelect.Kind.EXCEPT, this, others);
    }
}
