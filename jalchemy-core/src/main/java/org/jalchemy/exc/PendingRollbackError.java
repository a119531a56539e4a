package org.jalchemy.exc;

/**
 * Raised when a transaction failed in a way that needs an explicit rollback() before the connection or session can be used again.
 *
 * <p>Mirrors {@code sqlalchemy.exc.PendingRollbackError}.
 * <pre>{@code
 * conn.execute(stmt); // PendingRollbackError: Can't reconnect until invalid transaction is rolled back
 * }</pre>
 */
public class PendingRollbackError extends InvalidRequestError {
    private static final long serialVersionUID = 1L;

    public PendingRollbackError(String message) {
        super(message);
    }

    public PendingRollbackError(String message, Throwable cause) {
        super(message, cause);
    }
}
