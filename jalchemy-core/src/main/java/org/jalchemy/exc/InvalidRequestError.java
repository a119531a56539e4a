package org.jalchemy.exc;

/**
 * Raised when an operation is not valid in the current state (a closed result, a transaction already begun, a duplicate table).
 *
 * <p>Mirrors {@code sqlalchemy.exc.InvalidRequestError}.
 * <pre>{@code
 * conn.begin(); conn.begin(); // InvalidRequestError: a transaction is already begun
 * }</pre>
 */
public class InvalidRequestError extends JalchemyException {
    private static final long serialVersionUID = 1L;

    public InvalidRequestError(String message) {
        super(message);
    }

    public InvalidRequestError(String message, Throwable cause) {
        super(message, cause);
    }
}
