package org.jalchemy.bench.core;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The pool every system borrows from, able to count the JDBC calls that reach the server.
 * <p>
 * Counting is off during timed runs (connections are handed out unwrapped, so it costs nothing) and switched on for
 * one extra untimed run per cell. Counted as one round trip each: {@code execute}, {@code executeQuery},
 * {@code executeUpdate}, {@code executeLargeUpdate}, {@code executeBatch}, {@code executeLargeBatch},
 * {@code commit} and {@code rollback}. Not counted: extra fetches of a streamed result, statement preparation, and
 * the driver splitting one {@code executeBatch} into several network messages. Single-threaded use only.
 */
public final class CountingDataSource implements DataSource {
    private static final Set<String> EXECUTES = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    private final DataSource target;
    private boolean counting;
    private long calls;

    public CountingDataSource(DataSource target) {
        this.target = target;
    }

    /** Starts counting from zero. */
    public void startCounting() {
        calls = 0;
        counting = true;
    }

    /** Stops counting and answers the calls seen since {@link #startCounting()}. */
    public long stopCounting() {
        counting = false;
        return calls;
    }

    /** The wrapped pool. */
    public DataSource target() {
        return target;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(target.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(target.getConnection(username, password));
    }

    private Connection wrap(Connection connection) {
        if (!counting) {
            return connection;
        }
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new ConnectionHandler(connection));
    }

    private final class ConnectionHandler implements InvocationHandler {
        private final Connection connection;

        ConnectionHandler(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("commit") || name.equals("rollback")) {
                calls++;
            }
            Object result = invokeOn(connection, method, args);
            if (result instanceof CallableStatement s) {
                return statementProxy(CallableStatement.class, s);
            } else if (result instanceof PreparedStatement s) {
                return statementProxy(PreparedStatement.class, s);
            } else if (result instanceof Statement s && name.equals("createStatement")) {
                return statementProxy(Statement.class, s);
            }
            return result;
        }
    }

    private Object statementProxy(Class<? extends Statement> type, Statement statement) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (EXECUTES.contains(method.getName())) {
                calls++;
            }
            return invokeOn(statement, method, args);
        };
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invokeOn(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return iface.isInstance(this) ? iface.cast(this) : target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || target.isWrapperFor(iface);
    }
}
