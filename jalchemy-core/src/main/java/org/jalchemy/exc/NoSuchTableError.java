package org.jalchemy.exc;

/**
 * Raised when reflection or inspection is asked for a table the database does not have.
 *
 * <p>Mirrors {@code sqlalchemy.exc.NoSuchTableError}.
 * <pre>{@code
 * inspector.getColumns("missing"); // NoSuchTableError: missing
 * }</pre>
 */
public class NoSuchTableError extends InvalidRequestError {
    private static final long serialVersionUID = 1L;

    public NoSuchTableError(String message) {
        super(message);
    }

    public NoSuchTableError(String message, Throwable cause) {
        super(message, cause);
    }
}
