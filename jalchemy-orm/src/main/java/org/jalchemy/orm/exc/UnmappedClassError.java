package org.jalchemy.orm.exc;

import org.jalchemy.exc.InvalidRequestError;

/**
 * A class was used where a mapped class is needed, or a class cannot be mapped (and the message says what to
 * change). Mirrors {@code sqlalchemy.orm.exc.UnmappedClassError}.
 * <pre>{@code
 * session.add(new Object()); // throws UnmappedClassError
 * registry.map(Record.class);  // throws UnmappedClassError explaining why
 * }</pre>
 */
public class UnmappedClassError extends InvalidRequestError {
    private static final long serialVersionUID = 1L;

    public UnmappedClassError(String message) {
        super(message);
    }

    public UnmappedClassError(String message, Throwable cause) {
        super(message, cause);
    }
}
