package org.jalchemy.exc;

import java.util.List;

/**
 * A value could not be stored: out of range, too long, invalid text encoding (SQLState class 22).
 *
 * <p>Mirrors {@code sqlalchemy.exc.DataError}.
 * <pre>{@code
 * catch (DataError e) { handle(e); } // e.g. PG 22021 for a NUL byte in text
 * }</pre>
 */
public class DataError extends DatabaseError {
    private static final long serialVersionUID = 1L;

    public DataError(String sql, List<?> parameters, boolean hideParameters, Throwable cause, boolean connectionInvalidated) {
        super(sql, parameters, hideParameters, cause, connectionInvalidated);
    }
}
