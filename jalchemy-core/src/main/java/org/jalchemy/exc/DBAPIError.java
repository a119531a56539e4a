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

    /**
     * The parameters for a message or a log line, bounded like SQLAlchemy's: each value at most 300 characters
     * and the whole at most about 2,000, built without ever rendering a huge value whole (a 17 MB string in
     * a failed INSERT must not make the error itself run out of memory).
     */
    public static String abbreviate(List<?> parameters) {
        StringBuilder out = new StringBuilder("[");
        int i = 0;
        for (Object p : parameters) {
            if (out.length() > 2000) {
                out.append(" ... displaying ").append(i).append(" of ").append(parameters.size())
                        .append(" parameters ...");
                break;
            }
            if (i++ > 0) {
                out.append(", ");
            }
            if (p instanceof CharSequence cs && cs.length() > 300) {
                out.append(cs, 0, 150).append(" ... (").append(cs.length() - 300).append(" characters truncated) ... ")
                        .append(cs, cs.length() - 150, cs.length());
            } else if (p instanceof byte[] b) {
                out.append("<").append(b.length).append(" bytes>");
            } else {
                String text = String.valueOf(p);
                out.append(text.length() > 300 ? text.substring(0, 150) + " ... (" + (text.length() - 300)
                        + " characters truncated) ... " + text.substring(text.length() - 150) : text);
            }
        }
        return out.append(']').toString();
    }
}
