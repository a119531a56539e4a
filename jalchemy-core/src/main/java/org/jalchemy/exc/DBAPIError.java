package org.jalchemy.exc;

import java.sql.SQLException;
import java.util.List;

/**
 * Wraps an error raised by the JDBC driver while running a statement, carrying the SQL, its
 * parameters (unless the engine hides them) and whether the connection was invalidated.
 *
 * <p>Mirrors {@code sqlalchemy.exc.DBAPIError}; the concrete subclass is chosen by the dialect from the
 * SQLState and vendor code, never from the driver's exception class.
 * <pre>{@code
 * try { conn.execute(text("INSERT INTO t (id) VALUES (1)")); }
 * catch (IntegrityError e) { e.sql(); e.sqlState(); e.connectionInvalidated(); }
 * }</pre>
 */
public class DBAPIError extends JalchemyException {
    private static final long serialVersionUID = 1L;

    private final String sql;
    private final transient List<?> parameters;
    private final boolean hideParameters;
    private final boolean connectionInvalidated;

    public DBAPIError(String sql, List<?> parameters, boolean hideParameters, Throwable cause, boolean connectionInvalidated) {
        super(render(sql, parameters, hideParameters, cause), cause);
        this.sql = sql;
        this.parameters = hideParameters ? null : parameters;
        this.hideParameters = hideParameters;
        this.connectionInvalidated = connectionInvalidated;
    }

    /** The statement that failed, or {@code null} when the error came from connecting. */
    public String sql() {
        return sql;
    }

    /** The parameters as sent, or {@code null} when the engine hides them. */
    public List<?> parameters() {
        return parameters;
    }

    public boolean parametersHidden() {
        return hideParameters;
    }

    /** True when the error showed the connection was dead and the pool discarded it. */
    public boolean connectionInvalidated() {
        return connectionInvalidated;
    }

    /** The driver's SQLState, or {@code null} (sqlite-jdbc sets none). */
    public String sqlState() {
        return getCause() instanceof SQLException s ? s.getSQLState() : null;
    }

    /** The driver's vendor error code, or 0. */
    public int vendorCode() {
        return getCause() instanceof SQLException s ? s.getErrorCode() : 0;
    }

    private static String render(String sql, List<?> parameters, boolean hide, Throwable cause) {
        StringBuilder out = new StringBuilder();
        out.append('(').append(cause == null ? "unknown" : cause.getClass().getName()).append(") ");
        out.append(cause == null ? "" : String.valueOf(cause.getMessage()));
        if (sql != null) {
            // the whole statement stays available from the exception; the message keeps its head (an IN list
            // of 70,000 placeholders would otherwise make a 200 KB message)
            out.append("\n[SQL: ").append(sql.length() > 5000
                    ? sql.substring(0, 5000) + " ... (" + sql.length() + " characters)" : sql).append(']');
            if (hide) {
                out.append("\n[SQL parameters hidden due to hideParameters=true]");
            } else if (parameters != null && !parameters.isEmpty()) {
                out.append("\n[parameters: ").append(abbreviate(parameters)).append(']');
            }
        }
        return out.toString();
    }

    private static String abbreviate(List<?> parameters) {
        String text = parameters.toString();
        return text.length() > 2000 ? text.substring(0, 2000) + " ... (" + text.length() + " characters)" : text;
    }
}
