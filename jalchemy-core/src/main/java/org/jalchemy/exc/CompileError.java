package org.jalchemy.exc;

/**
 * Raised when a statement cannot be rendered for a dialect (e.g. VARCHAR without a length on MariaDB).
 *
 * <p>Mirrors {@code sqlalchemy.exc.CompileError}.
 * <pre>{@code
 * new CreateTable(t).compile(mysql); // CompileError naming the column
 * }</pre>
 */
public class CompileError extends JalchemyException {
    private static final long serialVersionUID = 1L;

    public CompileError(String message) {
        super(message);
    }

    public CompileError(String message, Throwable cause) {
        super(message, cause);
    }
}
