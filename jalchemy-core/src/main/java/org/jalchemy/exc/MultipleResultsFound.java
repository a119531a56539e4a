package org.jalchemy.exc;

/**
 * Raised by {@code one()} / {@code oneOrNone()} when the result has more than one row.
 *
 * <p>Mirrors {@code sqlalchemy.exc.MultipleResultsFound}.
 * <pre>{@code
 * conn.execute(text("SELECT 1 UNION ALL SELECT 2")).one(); // MultipleResultsFound
 * }</pre>
 */
public class MultipleResultsFound extends InvalidRequestError {
    private static final long serialVersionUID = 1L;

    public MultipleResultsFound(String message) {
        super(message);
    }

    public MultipleResultsFound(String message, Throwable cause) {
        super(message, cause);
    }
}
