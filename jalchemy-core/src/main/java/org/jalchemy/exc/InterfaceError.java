package org.jalchemy.exc;

import java.util.List;

/**
 * The driver failed in its own interface rather than in the database (misuse of the driver).
 *
 * <p>Mirrors {@code sqlalchemy.exc.InterfaceError}.
 * <pre>{@code
 * catch (InterfaceError e) { handle(e); } // driver misuse, not a database verdict
 * }</pre>
 */
public class InterfaceError extends DBAPIError {
    private static final long serialVersionUID = 1L;

    public InterfaceError(String sql, List<?> parameters, boolean hideParameters, Throwable cause, boolean connectionInvalidated) {
        super(sql, parameters, hideParameters, cause, connectionInvalidated);
    }
}
