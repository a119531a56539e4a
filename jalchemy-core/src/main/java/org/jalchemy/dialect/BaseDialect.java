package org.jalchemy.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.jalchemy.engine.URL;
import org.jalchemy.exc.ArgumentError;

/**
 * Behaviour most dialects share: SQLState classification, the common disconnect rules and URL option
 * allow-listing. Dialects override the vendor hooks only.
 * <pre>{@code
 * class MyDialect extends BaseDialect { ... }
 * }</pre>
 */
public abstract class BaseDialect implements Dialect {
    /**
     * What a dialect can do, stated once: savepoints, transactional DDL, INSERT ... RETURNING, multi-row VALUES,
     * sequences, a native BOOLEAN, and the most bind parameters one statement may carry.
     */
    public record Capabilities(boolean savepoints, boolean transactionalDdl, boolean insertReturning,
                               boolean multivaluesInsert, boolean sequences, boolean nativeBoolean,
                               int maxBindParameters) {
    }

    private final Capabilities capabilities;

    protected BaseDialect(Capabilities capabilities) {
        this.capabilities = capabilities;
    }

    @Override
    public boolean supportsSavepoints() {
        return capabilities.savepoints();
    }

    @Override
    public boolean supportsTransactionalDdl() {
        return capabilities.transactionalDdl();
    }

    @Override
    public boolean supportsInsertReturning() {
        return capabilities.insertReturning();
    }

    @Override
    public boolean supportsMultivaluesInsert() {
        return capabilities.multivaluesInsert();
    }

    @Override
    public boolean supportsSequences() {
        return capabilities.sequences();
    }

    @Override
    public boolean supportsNativeBoolean() {
        return capabilities.nativeBoolean();
    }

    @Override
    public int maxBindParameters() {
        return capabilities.maxBindParameters();
    }

    /**
     * {@code jdbc:<scheme>://host:port/database} for a server URL (credentials travel in properties), or the JDBC
     * URL the user gave.
     */
    protected static String serverJdbcUrl(String scheme, URL url) {
        if (url.jdbcUrl() != null) {
            return url.jdbcUrl();
        }
        String host = url.host() == null ? "localhost" : (url.host().indexOf(':') >= 0 ? "[" + url.host() + "]" : url.host());
        return "jdbc:" + scheme + "://" + host + (url.port() == null ? "" : ":" + url.port()) + "/"
                + (url.database() == null ? "" : url.database());
    }
    private static final Set<String> DISCONNECT_STATES = Set.of("57P01", "57P02", "57P03", "57P05", "25P03");

    /** URL query options this dialect passes to the driver; anything else is an error. */
    protected abstract Set<String> allowedQueryOptions();

    /** Options that must never reach the driver with the given value (or any value, when the value is null). */
    protected Map<String, String> forbiddenOptions() {
        return Map.of();
    }

    @Override
    public Properties connectProperties(URL url) {
        Properties props = new Properties();
        if (url.username() != null) {
            props.setProperty("user", url.username());
        }
        if (url.password() != null) {
            props.setProperty("password", url.password());
        }
        Set<String> allowed = allowedQueryOptions();
        for (Map.Entry<String, String> e : url.query().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw new ArgumentError("URL option '" + e.getKey() + "' is not supported by the " + name()
                        + " dialect; supported options are " + new java.util.TreeSet<>(allowed)
                        + " (pass anything else through EngineOptions.connectArgs)");
            }
            props.setProperty(e.getKey(), e.getValue());
        }
        return props;
    }

    /** Rejects driver options that would run code or weaken safety, wherever they came from. */
    public void checkDriverOptions(Properties props) {
        for (Map.Entry<String, String> bad : forbiddenOptions().entrySet()) {
            String given = props.getProperty(bad.getKey());
            if (given != null && (bad.getValue() == null || bad.getValue().equalsIgnoreCase(given))) {
                throw new ArgumentError("Driver option '" + bad.getKey() + "=" + given + "' is refused by the "
                        + name() + " dialect for safety");
            }
        }
    }

    @Override
    public boolean isDisconnect(SQLException error, Connection connection) {
        for (SQLException e = error; e != null; e = e.getNextException()) {
            String state = e.getSQLState();
            if (state != null && (state.startsWith("08") || DISCONNECT_STATES.contains(state))) {
                return true;
            }
            if (e instanceof SQLNonTransientConnectionException || e instanceof SQLRecoverableException) {
                return true;
            }
            if (isVendorDisconnect(e)) {
                return true;
            }
            if (e.getNextException() == e) {
                break;
            }
        }
        if (isNeverDisconnect(error)) {
            return false;
        }
        try {
            return connection != null && connection.isClosed();
        } catch (SQLException ignored) {
            return true;
        }
    }

    /** Vendor error codes or messages that mean the connection is gone. */
    protected boolean isVendorDisconnect(SQLException error) {
        return false;
    }

    /** Errors that leave the connection usable whatever else holds (timeouts, deadlocks, constraints). */
    protected boolean isNeverDisconnect(SQLException error) {
        String state = error.getSQLState();
        return state != null && (state.equals("57014") || state.startsWith("40") || state.startsWith("23")
                || state.startsWith("22"));
    }

    @Override
    public ErrorClass classify(SQLException error) {
        ErrorClass vendor = classifyVendor(error);
        return vendor != null ? vendor : classifySqlState(error.getSQLState());
    }

    /** A classification from the vendor code, or null to fall back to the SQLState. */
    protected ErrorClass classifyVendor(SQLException error) {
        return null;
    }

    /** The standard SQLState classes. */
    public static ErrorClass classifySqlState(String state) {
        if (state == null || state.length() < 2) {
            return ErrorClass.DATABASE;
        }
        switch (state.substring(0, 2)) {
            case "23":
                return ErrorClass.INTEGRITY;
            case "22":
                return ErrorClass.DATA;
            case "42":
            case "21":
            case "26":
            case "44":
                return ErrorClass.PROGRAMMING;
            case "0A":
                return ErrorClass.NOT_SUPPORTED;
            case "XX":
            case "25":
            case "24":
            case "2B":
            case "2D":
            case "P0":
                return ErrorClass.INTERNAL;
            case "08":
            case "28":
            case "3D":
            case "40":
            case "53":
            case "54":
            case "55":
            case "57":
            case "58":
            case "HY":
                return ErrorClass.OPERATIONAL;
            default:
                return ErrorClass.DATABASE;
        }
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + name() + "]";
    }
}
