package org.jalchemy.orm.exc;

import org.jalchemy.exc.InvalidRequestError;

/**
 * The unit of work cannot flush what the session holds, for a reason found before any SQL ran (such as a
 * primary key that is neither given nor generated). Mirrors {@code sqlalchemy.orm.exc.FlushError}.
 * <pre>{@code
 * session.add(new Tag());  // natural key left null
 * session.flush();         // throws FlushError
 * }</pre>
 */
public class FlushError extends InvalidRequestError {
    private static final long serialVersionUID = 1L;

    public FlushError(String message) {
        super(message);
    }
}
