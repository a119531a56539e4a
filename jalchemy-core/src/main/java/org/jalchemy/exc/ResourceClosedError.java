package org.jalchemy.exc;

/**
 * Raised when a closed Connection, Result or Engine is used.
 *
 * <p>Mirrors {@code sqlalchemy.exc.ResourceClosedError}.
 * <pre>{@code
 * result.close(); result.fetchone(); // ResourceClosedError
 * }</pre>
 */
public class ResourceClosedError extends InvalidRequestError {
    private static final long serialVersionUID = 1L;

    public ResourceClosedError(String message) {
        super(message);
    }

    public ResourceClosedError(String message, Throwable cause) {
        super(message, cause);
    }
}
