package org.jalchemy.exc;

import java.util.List;

/**
 * The database reported an internal failure or an invalid transaction state (SQLState classes XX and 25).
 *
 * <p>Mirrors {@code sqlalchemy.exc.InternalError}.
 * <pre>{@code
 * catch (InternalError e) { conn.rollback(); }
 * }</pre>
 */
public class InternalError extends DatabaseError {
    private static final long serialVersionUID = 1L;

    public InternalError(String sql, List<?> parameters, boolean hideParameters, Throwable cause, boolean connectionInvalidated) {
        super(sql, parameters, hideParameters, cause, connectionInvalidated);
    }
}
