package org.jalchemy.exc;

import java.util.List;

/**
 * The database does not support the feature asked for (SQLState class 0A).
 *
 * <p>Mirrors {@code sqlalchemy.exc.NotSupportedError}.
 * <pre>{@code
 * catch (NotSupportedError e) { }
 * }</pre>
 */
public class NotSupportedError extends DatabaseError {
    private static final long serialVersionUID = 1L;

    public NotSupportedError(String sql, List<?> parameters, boolean hideParameters, Throwable cause, boolean connectionInvalidated) {
        super(sql, parameters, hideParameters, cause, connectionInvalidated);
    }
}
