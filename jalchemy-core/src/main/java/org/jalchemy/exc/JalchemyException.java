package org.jalchemy.exc;

/**
 * Root of every exception jalchemy throws: unchecked, so no public API declares {@code SQLException}.
 *
 * <p>Mirrors {@code sqlalchemy.exc.SQLAlchemyError}.
 * <pre>{@code
 * try { conn.execute(text("SELEC 1")); }
 * catch (JalchemyException e) { log.warn("database said no: {}", e.getMessage()); }
 * }</pre>
 */
public class JalchemyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public JalchemyException(String message) {
        super(message);
    }

    public JalchemyException(String message, Throwable cause) {
        super(message, cause);
    }
}
