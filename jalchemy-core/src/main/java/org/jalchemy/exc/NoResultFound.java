package org.jalchemy.exc;

/**
 * Raised by {@code one()} / {@code scalarOne()} when the result has no row.
 *
 * <p>Mirrors {@code sqlalchemy.exc.NoResultFound}.
 * <pre>{@code
 * conn.execute(text("SELECT 1 WHERE 1 = 0")).one(); // NoResultFound
 * }</pre>
 */
public class NoResultFound extends InvalidRequestError {
    private static final long serialVersionUID = 1L;

    public NoResultFound(String message) {
        super(message);
    }

    public NoResultFound(String message, Throwable cause) {
        super(message, cause);
    }
}
