package org.jalchemy.exc;

/**
 * Raised when something that is not a statement is given to execute().
 *
 * <p>Mirrors {@code sqlalchemy.exc.ObjectNotExecutableError}.
 * <pre>{@code
 * conn.execute(users.c("id")); // ObjectNotExecutableError
 * }</pre>
 */
public class ObjectNotExecutableError extends ArgumentError {
    private static final long serialVersionUID = 1L;

    public ObjectNotExecutableError(String message) {
        super(message);
    }

    public ObjectNotExecutableError(String message, Throwable cause) {
        super(message, cause);
    }
}
