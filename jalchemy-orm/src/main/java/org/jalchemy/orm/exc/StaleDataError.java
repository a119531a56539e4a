package org.jalchemy.orm.exc;

import org.jalchemy.exc.InvalidRequestError;

/**
 * An UPDATE or DELETE of the unit of work matched a different number of rows than it expected: the row
 * was changed or removed behind the session's back. Mirrors {@code sqlalchemy.orm.exc.StaleDataError}.
 * <pre>{@code
 * // another connection deleted the row, then
 * session.commit(); // throws StaleDataError
 * }</pre>
 */
public class StaleDataError extends InvalidRequestError {
    private static final long serialVersionUID = 1L;

    public StaleDataError(String message) {
        super(message);
    }
}
