package org.jalchemy.exc;

import java.util.List;

/**
 * The database reported an error that fits no narrower class.
 *
 * <p>Mirrors {@code sqlalchemy.exc.DatabaseError}.
 * <pre>{@code
 * catch (DatabaseError e) { e.sqlState(); }
 * }</pre>
 */
public class DatabaseError extends DBAPIError {
    private static final long serialVersionUID = 1L;

    public DatabaseError(String sql, List<?> parameters, boolean hideParameters, Throwable cause, boolean connectionInvalidated) {
        super(sql, parameters, hideParameters, cause, connectionInvalidated);
    }
}
