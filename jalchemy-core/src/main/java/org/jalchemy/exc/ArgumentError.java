package org.jalchemy.exc;

/**
 * Raised when a function is given arguments it cannot use: a malformed URL, an unknown option, a bad type argument.
 *
 * <p>Mirrors {@code sqlalchemy.exc.ArgumentError}.
 * <pre>{@code
 * URL.parse("postgresql://host:notaport/db"); // ArgumentError naming the port
 * }</pre>
 */
public class ArgumentError extends JalchemyException {
    private static final long serialVersionUID = 1L;

    public ArgumentError(String message) {
        super(message);
    }

    public ArgumentError(String message, Throwable cause) {
        super(message, cause);
    }
}
