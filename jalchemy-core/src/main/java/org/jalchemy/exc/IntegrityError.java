package org.jalchemy.exc;

import java.util.List;

/**
 * A constraint was violated: unique, primary key, foreign key, not null or check (SQLState class 23, SQLite code 19).
 *
 * <p>Mirrors {@code sqlalchemy.exc.IntegrityError}.
 * <pre>{@code
 * catch (IntegrityError e) { handle(e); } // duplicate key
 * }</pre>
 */
public class IntegrityError extends DatabaseError {
    private static final long serialVersionUID = 1L;

    public IntegrityError(String sql, List<?> parameters, boolean hideParameters, Throwable cause, boolean connectionInvalidated) {
        super(sql, parameters, hideParameters, cause, connectionInvalidated);
    }
}
