package org.jalchemy.dialect.mysql;

import java.net.InetAddress;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.jalchemy.dialect.BaseDialect;
import org.jalchemy.dialect.ErrorClass;
import org.jalchemy.engine.URL;

/**
 * MySQL through MariaDB Connector/J ({@code org.mariadb.jdbc:mariadb-java-client}, optional).
 *
 * <p>Forced: {@code allowLocalInfile=false}. For a loopback host, {@code sslMode=disable} unless the URL says
 * otherwise (Connector/J 4 turns TLS on by default, which a local test server does not offer).
 * {@link MariaDbDialect} adds what MariaDB has beyond MySQL ({@code INSERT ... RETURNING}).
 * <pre>{@code
 * Engine engine = Jalchemy.createEngine("mysql://root@127.0.0.1:3306/test");
 * }</pre>
 */
public class MySqlDialect extends BaseDialect {
    private static final Set<String> OPTIONS = Set.of("sslMode", "connectTimeout", "socketTimeout",
            "useBulkStmts", "useServerPrepStmts", "cachePrepStmts", "prepStmtCacheSize", "tcpKeepAlive",
            "sessionVariables", "useCompression", "defaultFetchSize", "rewriteBatchedStatements", "charset");
    private static final Set<Integer> DISCONNECT_CODES = Set.of(1927, 2006, 2013, 4031, 2055);

    public MySqlDialect() {
        super(new Capabilities(true, false, false, true, false, false, 65535));
    }

    /** For dialects built on this one (e.g. MariaDB on MySQL) that differ in what they can do. */
    protected MySqlDialect(Capabilities capabilities) {
        super(capabilities);
    }

    @Override
    public String name() {
        return "mysql";
    }

    @Override
    public String driverClassName() {
        return "org.mariadb.jdbc.Driver";
    }

    @Override
    public String driverArtifact() {
        return "org.mariadb.jdbc:mariadb-java-client";
    }

    @Override
    public String jdbcUrl(URL url) {
        return serverJdbcUrl("mariadb", url);
    }

    @Override
    protected Set<String> allowedQueryOptions() {
        return OPTIONS;
    }

    @Override
    protected Map<String, String> forbiddenOptions() {
        return Map.of("allowLocalInfile", "true", "socketFactory", "");
    }

    @Override
    public Properties connectProperties(URL url) {
        Properties props = super.connectProperties(url);
        props.setProperty("allowLocalInfile", "false");
        if (!props.containsKey("sslMode") && isLoopback(url.host())) {
            props.setProperty("sslMode", "disable");
        }
        return props;
    }

    private static boolean isLoopback(String host) {
        if (host == null || host.equals("localhost")) {
            return true;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    @Override
    public int defaultFetchSize() {
        return 1000;
    }

    @Override
    public org.jalchemy.dialect.Reflector reflector() {
        return new MySqlReflector();
    }

    @Override
    public Set<String> isolationLevels() {
        return Set.of("READ COMMITTED", "READ UNCOMMITTED", "REPEATABLE READ", "SERIALIZABLE", "AUTOCOMMIT");
    }

    @Override
    protected boolean isVendorDisconnect(SQLException error) {
        return DISCONNECT_CODES.contains(error.getErrorCode());
    }

    @Override
    protected ErrorClass classifyVendor(SQLException error) {
        switch (error.getErrorCode()) {
            case 1062: case 1452: case 1451: case 1048: case 1216: case 1217: case 3819: case 4025:
                return ErrorClass.INTEGRITY;
            case 1366: case 1406: case 1264: case 1292: case 1265: case 1367: case 1300:
                return ErrorClass.DATA;
            case 1064: case 1146: case 1054: case 1050: case 1051: case 1149: case 1091:
                return ErrorClass.PROGRAMMING;
            case 1205: case 1213: case 1045: case 1044: case 1040:
                return ErrorClass.OPERATIONAL;
            default:
                return null;
        }
    }








    // ---- compilation ----

    private static final org.jalchemy.sql.compiler.IdentifierPreparer PREPARER =
            new org.jalchemy.sql.compiler.IdentifierPreparer(MySqlReservedWords.WORDS, '`', 64);

    @Override
    public org.jalchemy.sql.compiler.SqlCompiler newCompiler() {
        return new MySqlCompiler(this);
    }

    @Override
    public org.jalchemy.sql.compiler.DdlCompiler newDdlCompiler() {
        return new MySqlDdlCompiler(this);
    }

    @Override
    public org.jalchemy.sql.compiler.TypeCompiler typeCompiler() {
        return new MySqlTypeCompiler();
    }

    @Override
    public org.jalchemy.sql.compiler.IdentifierPreparer identifierPreparer() {
        return PREPARER;
    }

    /** {@code DateTime(timezone=True)} is stored in UTC. */
    @Override
    @SuppressWarnings("unchecked")
    public <T> org.jalchemy.types.TypeEngine<T> typeDescriptor(org.jalchemy.types.TypeEngine<T> type) {
        if (type == org.jalchemy.types.DateTimeType.WITH_TIMEZONE) {
            return (org.jalchemy.types.TypeEngine<T>) MySqlUtcDateTimeType.INSTANCE;
        }
        return type;
    }

    @Override
    public boolean supportsUpdateReturning() {
        return false;
    }

    /**
     * Adds NO_AUTO_VALUE_ON_ZERO to the session's sql_mode: without it an explicit 0 in an AUTO_INCREMENT key
     * is silently replaced by the next generated value (jalchemy stores what it is given, or fails).
     */
    @Override
    public void onConnect(java.sql.Connection connection) throws java.sql.SQLException {
        try (java.sql.Statement s = connection.createStatement()) {
            s.execute("SET SESSION sql_mode = TRIM(BOTH ',' FROM CONCAT(@@SESSION.sql_mode, ',NO_AUTO_VALUE_ON_ZERO'))");
        }
    }

    /** MariaDB's DOUBLE has no NaN or infinity. */
    @Override
    public boolean storesNonFinite(double value) {
        return false;
    }
}
