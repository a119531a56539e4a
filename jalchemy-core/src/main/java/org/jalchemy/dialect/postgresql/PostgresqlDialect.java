package org.jalchemy.dialect.postgresql;

import java.util.Map;
import java.util.Set;
import org.jalchemy.dialect.BaseDialect;
import org.jalchemy.engine.URL;

/**
 * PostgreSQL through pgjdbc ({@code org.postgresql:postgresql}, an optional dependency users add).
 *
 * <p>Results stream in pages of {@link #defaultFetchSize()} rows: pgjdbc streams only outside autocommit
 * with a fetch size, which jalchemy's always-explicit transactions give. {@code preferQueryMode=simple} is
 * refused, since it would splice values into SQL text on the client.
 * <pre>{@code
 * Engine engine = Jalchemy.createEngine("postgresql://postgres@127.0.0.1:5432/test");
 * Engine alias = Jalchemy.createEngine("postgres://postgres@127.0.0.1/test");
 * }</pre>
 */
public class PostgresqlDialect extends BaseDialect {
    private static final Set<String> OPTIONS = Set.of("sslmode", "ssl", "sslrootcert", "ApplicationName",
            "applicationName", "connectTimeout", "socketTimeout", "loginTimeout", "reWriteBatchedInserts",
            "prepareThreshold", "tcpKeepAlive", "options", "currentSchema", "targetServerType",
            "defaultRowFetchSize", "preparedStatementCacheQueries", "binaryTransfer");

    public PostgresqlDialect() {
        super(new Capabilities(true, true, true, true, true, true, 32767));
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public String driverClassName() {
        return "org.postgresql.Driver";
    }

    @Override
    public String driverArtifact() {
        return "org.postgresql:postgresql";
    }

    @Override
    public String jdbcUrl(URL url) {
        return serverJdbcUrl("postgresql", url);
    }

    @Override
    protected Set<String> allowedQueryOptions() {
        return OPTIONS;
    }

    @Override
    protected Map<String, String> forbiddenOptions() {
        return Map.of("preferQueryMode", "simple", "socketFactory", "", "sslfactory", "", "sslhostnameverifier", "",
                "authenticationPluginClassName", "");
    }

    @Override
    public int defaultFetchSize() {
        return 1000;
    }

    @Override
    public org.jalchemy.dialect.Reflector reflector() {
        return new PostgresqlReflector();
    }

    @Override
    public Set<String> isolationLevels() {
        return Set.of("READ COMMITTED", "READ UNCOMMITTED", "REPEATABLE READ", "SERIALIZABLE", "AUTOCOMMIT");
    }

    @Override
    public String escapeLiteralQuestionMarks(String sql) {
        if (sql.indexOf('?') < 0) {
            return sql;
        }
        StringBuilder out = new StringBuilder(sql.length() + 4);
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                out.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                out.append(c);
            } else if (c == '?') {
                out.append("??");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }








    // ---- compilation ----

    @Override
    public org.jalchemy.sql.compiler.SqlCompiler newCompiler() {
        return new PostgresqlCompiler(this);
    }

    @Override
    public org.jalchemy.sql.compiler.DdlCompiler newDdlCompiler() {
        return new PostgresqlDdlCompiler(this);
    }

    private static final org.jalchemy.sql.compiler.IdentifierPreparer PREPARER =
            new org.jalchemy.sql.compiler.IdentifierPreparer(
                    org.jalchemy.sql.compiler.IdentifierPreparer.DEFAULT_RESERVED_WORDS, '"', 63);

    /** PostgreSQL would silently truncate names beyond 63 characters: they are refused instead. */
    @Override
    public org.jalchemy.sql.compiler.IdentifierPreparer identifierPreparer() {
        return PREPARER;
    }

    @Override
    public org.jalchemy.sql.compiler.TypeCompiler typeCompiler() {
        return new PostgresqlTypeCompiler();
    }

    /** JSON is bound as {@code json}; UUIDs and intervals natively. */
    @Override
    @SuppressWarnings("unchecked")
    public <T> org.jalchemy.types.TypeEngine<T> typeDescriptor(org.jalchemy.types.TypeEngine<T> type) {
        if (type instanceof org.jalchemy.types.JsonType) {
            return (org.jalchemy.types.TypeEngine<T>) PostgresqlJsonType.INSTANCE;
        } else if (type instanceof org.jalchemy.types.UuidType) {
            return (org.jalchemy.types.TypeEngine<T>) PostgresqlUuidType.INSTANCE;
        } else if (type instanceof org.jalchemy.types.IntervalType) {
            return (org.jalchemy.types.TypeEngine<T>) PostgresqlIntervalType.INSTANCE;
        }
        return type;
    }

    @Override
    public boolean supportsCommentOn() {
        return true;
    }
}
