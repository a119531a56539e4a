package org.jalchemy.exc;

import java.util.List;

/**
 * The database could not do the operation for reasons outside the statement: lost connection, lock timeout, deadlock, bad credentials.
 *
 * <p>Mirrors {@code sqlalchemy.exc.OperationalError}.
 * <pre>{@code
 * catch (OperationalError e) { if (e.connectionInvalidated()) retryLater(); }
 * }</pre>
 */
public class OperationalError extends DatabaseError {
    private static final long serialVersionUID = 1L;

    public OperationalError(String sql, List<?> parameters, boolean hideParameters, Throwable cause, boolean connectionInvalidated) {
        super(sql, parameters, hideParameters, cause, connectionInvalidated);
    }
}
