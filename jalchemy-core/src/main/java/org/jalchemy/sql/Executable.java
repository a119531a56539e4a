package org.jalchemy.sql;

import org.jalchemy.dialect.Dialect;
import org.jalchemy.sql.compiler.Compiled;

/**
 * Something a {@code Connection} can execute: a statement that compiles to a {@link Compiled} per dialect.
 *
 * <p>Mirrors {@code sqlalchemy.sql.base.Executable}. The engine caches the {@link Compiled} form under
 * {@link #cacheKey()}, so two statements of the same shape compile once.
 * <pre>{@code
 * Executable stmt = Jalchemy.text("SELECT * FROM t WHERE id = :id");
 * conn.execute(stmt, Map.of("id", 1));
 * }</pre>
 */
public interface Executable {
    /** Renders this statement for {@code dialect}; the result never holds parameter values. */
    Compiled compile(Dialect dialect);

    /**
     * A key equal for statements that compile to the same SQL on the same dialect, ignoring bound values,
     * or {@code null} when this statement must not be cached.
     */
    default Object cacheKey() {
        return null;
    }

    /**
     * {@link #cacheKey()}, given the key this statement most likely has (the last one its cache returned):
     * a statement may compare itself with that key instead of hashing a new one. The result is a key equal to
     * {@link #cacheKey()}'s whatever {@code likely} is.
     */
    default Object cacheKey(Object likely) {
        return cacheKey();
    }
}
