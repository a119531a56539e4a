package org.jalchemy.sql;

import java.util.List;
import org.jalchemy.exc.ArgumentError;

/**
 * Something that can appear in a FROM clause and has columns: a table, a join, an alias, a subquery.
 *
 * <p>Mirrors {@code sqlalchemy.sql.expression.FromClause}.
 * <pre>{@code
 * Join j = users.join(addresses, addresses.c("user_id").eq(users.c("id")));
 * Alias u = users.alias("u");
 * }</pre>
 */
public abstract class FromClause extends ClauseElement {
    FromClause() {
    }

    /** The columns, by key. */
    public abstract ColumnCollection columns();

    /** The column with {@code key} (SQLAlchemy's {@code t.c.key}), untyped for convenience. */
    public ColumnClause<Object> c(String key) {
        return columns().get(key);
    }

    /** The column with {@code key}, checked to hold values of {@code javaType}. */
    @SuppressWarnings("unchecked")
    public <T> ColumnClause<T> c(String key, Class<T> javaType) {
        ColumnClause<?> column = columns().get(key);
        if (!javaType.isAssignableFrom(column.type().javaType())) {
            throw new ArgumentError("Column '" + description() + "." + key + "' holds "
                    + column.type().javaType().getName() + ", not " + javaType.getName());
        }
        return (ColumnClause<T>) column;
    }

    /** The FROM objects whose columns {@code element} uses, outside its subqueries. */
    public static java.util.Set<FromClause> referencedBy(ClauseElement element) {
        return FromCollector.of(List.of(element));
    }

    /** A name for messages: the table name, the alias name. */
    public abstract String description();

    /** The tables and aliases this FROM is made of (itself, or both sides of a join). */
    public List<FromClause> flatten() {
        return List.of(this);
    }

    /**
     * Conditions {@code this.fk = other.pk} for the foreign keys of this FROM that point into
     * {@code other}; tables override.
     */
    protected List<ColumnElement<Boolean>> foreignKeyConditionsTo(FromClause other) {
        return List.of();
    }

    /** {@code this JOIN right ON onclause}. */
    public Join join(FromClause right, ColumnElement<Boolean> onclause) {
        return new Join(this, right, onclause, false, false);
    }

    /** {@code this JOIN right}, the ON clause inferred from the one foreign key between them. */
    public Join join(FromClause right) {
        return new Join(this, right, Join.inferOnClause(this, right), false, false);
    }

    /** {@code this LEFT OUTER JOIN right ON onclause}. */
    public Join outerjoin(FromClause right, ColumnElement<Boolean> onclause) {
        return new Join(this, right, onclause, true, false);
    }

    public Join outerjoin(FromClause right) {
        return new Join(this, right, Join.inferOnClause(this, right), true, false);
    }

    /** {@code this FULL OUTER JOIN right ON onclause}. */
    public Join fullOuterJoin(FromClause right, ColumnElement<Boolean> onclause) {
        return new Join(this, right, onclause, true, true);
    }

    /** {@code this AS name}. */
    public Alias alias(String name) {
        if (name == null || name.isEmpty()) {
            throw new ArgumentError("alias() needs a name; use alias() without arguments for an anonymous one");
        }
        return new Alias(this, name);
    }

    /** An anonymous alias, named {@code anon_N} when compiled. */
    public Alias alias() {
        return new Alias(this, null);
    }

    /** {@code SELECT * columns FROM this}. */
    public Select select() {
        return Select.of(List.of(this));
    }
}
