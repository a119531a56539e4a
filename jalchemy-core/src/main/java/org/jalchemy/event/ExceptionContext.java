package org.jalchemy.event;

import java.sql.SQLException;
import java.util.List;
import org.jalchemy.engine.Connection;

/**
 * What {@link EngineListener#handleError} sees of a failing statement; a listener may decide the error is
 * a disconnect, so the pool discards the connection.
 * <pre>{@code
 * public void handleError(ExceptionContext ctx) { if (isMyProxyTimeout(ctx.original())) ctx.setDisconnect(true); }
 * }</pre>
 */
public final class ExceptionContext {
    private final Connection connection;
    private final SQLException original;
    private final String sql;
    private final List<?> parameters;
    private boolean disconnect;

    public ExceptionContext(Connection connection, SQLException original, String sql, List<?> parameters,
                            boolean disconnect) {
        this.connection = connection;
        this.original = original;
        this.sql = sql;
        this.parameters = parameters;
        this.disconnect = disconnect;
    }

    /** The connection, or null when the error came while connecting. */
    public Connection connection() {
        return connection;
    }

    public SQLException original() {
        return original;
    }

    public String sql() {
        return sql;
    }

    /** The parameters, or null when the engine hides them. */
    public List<?> parameters() {
        return parameters;
    }

    public boolean isDisconnect() {
        return disconnect;
    }

    public void setDisconnect(boolean disconnect) {
        this.disconnect = disconnect;
    }
}
