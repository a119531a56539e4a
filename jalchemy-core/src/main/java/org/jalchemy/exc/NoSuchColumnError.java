package org.jalchemy.exc;

/**
 * Raised when a row is asked for a column it does not have, or for a name two of its columns share.
 *
 * <p>Mirrors {@code sqlalchemy.exc.NoSuchColumnError}.
 * <pre>{@code
 * row.get("missing"); // NoSuchColumnError: Could not locate column in row for column 'missing'
 * }</pre>
 */
public class NoSuchColumnError extends InvalidRequestError {
    private static final long serialVersionUID = 1L;

    public NoSuchColumnError(String message) {
        super(message);
    }
}
