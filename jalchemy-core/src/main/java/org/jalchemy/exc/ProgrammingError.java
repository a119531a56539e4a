package org.jalchemy.exc;

import java.util.List;

/**
 * The statement is wrong: syntax error, unknown table or column, wrong number of parameters (SQLState class 42).
 *
 * <p>Mirrors {@code sqlalchemy.exc.ProgrammingError}.
 * <pre>{@code
 * catch (ProgrammingError e) { handle(e); } // SELEC 1
 * }</pre>
 */
public class ProgrammingError extends DatabaseError {
    private static final long serialVersionUID = 1L;

    public ProgrammingError(String sql, List<?> parameters, boolean hideParameters, Throwable cause, boolean connectionInvalidated) {
        super(sql, parameters, hideParameters, cause, connectionInvalidated);
    }
}
