package org.jalchemy.exc;

/**
 * Raised when a URL names a dialect or driver jalchemy does not know; the message lists the known ones.
 *
 * <p>Mirrors {@code sqlalchemy.exc.NoSuchModuleError}.
 * <pre>{@code
 * Jalchemy.createEngine("oracle://scott@host/db"); // NoSuchModuleError: known dialects are ...
 * }</pre>
 */
public class NoSuchModuleError extends ArgumentError {
    private static final long serialVersionUID = 1L;

    public NoSuchModuleError(String message) {
        super(message);
    }

    public NoSuchModuleError(String message, Throwable cause) {
        super(message, cause);
    }
}
