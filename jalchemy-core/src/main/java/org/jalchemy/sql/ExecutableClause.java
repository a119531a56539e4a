package org.jalchemy.sql;


/**
 * A statement of the expression language that a {@code Connection} executes: SELECT, INSERT, UPDATE,
 * DELETE. Its cache key and bind list are computed once per instance (instances are immutable).
 *
 * <p>Mirrors SQLAlchemy's {@code Executable} clauses.
 * <pre>{@code
 * ExecutableClause stmt = select(users).where(users.c("id").eq(5));
 * conn.execute(stmt);
 * }</pre>
 */
public abstract class ExecutableClause extends ClauseElement implements Executable {
    /**
     * Not volatile: a racing thread at worst walks the statement again, and {@link StatementShape} is immutable
     * with final fields, so whichever copy a thread sees is complete. A volatile write cost a fence on every
     * statement built anew and executed once.
     */
    private StatementShape shape;

    ExecutableClause() {
    }

    /** The structural key and binds of this statement, computed on first use. */
    public StatementShape shape() {
        StatementShape s = shape;
        if (s == null) {
            s = StatementShape.of(this);
            shape = s;
        }
        return s;
    }

    /** Final: the engine asks {@link #cacheKey(Object)}, which must give the same key as this. */
    @Override
    public final Object cacheKey() {
        return shape();
    }

    @Override
    public final Object cacheKey(Object likely) {
        StatementShape s = shape;
        if (s == null) {
            s = StatementShape.of(this, likely instanceof StatementShape l ? l : null);
            shape = s;
        }
        return s;
    }
}
