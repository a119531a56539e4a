package org.jalchemy.orm.exc;

import org.jalchemy.exc.InvalidRequestError;

/**
 * Reloading an expired object found no row any more: it was deleted since it was loaded. Mirrors
 * {@code sqlalchemy.orm.exc.ObjectDeletedError}.
 * <pre>{@code
 * session.commit();           // expires user
 * user.getName();             // throws ObjectDeletedError if the row is gone
 * }</pre>
 */
public class ObjectDeletedError extends InvalidRequestError {
    private static final long serialVersionUID = 1L;

    public ObjectDeletedError(String message) {
        super(message);
    }
}
