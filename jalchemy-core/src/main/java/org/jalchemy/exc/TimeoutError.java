package org.jalchemy.exc;

/**
 * Raised when the pool cannot hand out a connection within its timeout; the message names size, overflow and timeout.
 *
 * <p>Mirrors {@code sqlalchemy.exc.TimeoutError}.
 * <pre>{@code
 * engine.connect(); // TimeoutError: QueuePool limit of size 5 overflow 10 reached, timed out after 30.0 s
 * }</pre>
 */
public class TimeoutError extends JalchemyException {
    private static final long serialVersionUID = 1L;

    public TimeoutError(String message) {
        super(message);
    }

    public TimeoutError(String message, Throwable cause) {
        super(message, cause);
    }
}
