package org.jalchemy.dialect.sqlite;

import java.sql.SQLException;
import java.util.Properties;
import java.util.Set;
import org.jalchemy.dialect.BaseDialect;
import org.jalchemy.dialect.ErrorClass;
import org.jalchemy.engine.URL;

/**
 * SQLite through {@code org.xerial:sqlite-jdbc}: the embedded default.
 *
 * <p>{@code sqlite://} (or {@code sqlite:///:memory:}) is one in-memory database per engine, shared by all
 * its threads through a single connection; {@code sqlite:///rel.db} and {@code sqlite:////abs/path.db} are
 * files. Choices: foreign keys are enforced ({@code PRAGMA foreign_keys=ON}, unlike SQLite's default) and
 * the busy timeout is 5 s (as Python's sqlite3). sqlite-jdbc sets no SQLState, so errors are classified by
 * result code; syntax errors and unknown tables are {@code ProgrammingError} as on the other databases.
 * <pre>{@code
 * Engine engine = Jalchemy.createEngine("sqlite:///app.db");
 * Engine memory = Jalchemy.createEngine("sqlite://");
 * }</pre>
 */
public class SqliteDialect extends BaseDialect {
    private static final Set<String> OPTIONS = Set.of("busy_timeout", "journal_mode", "synchronous",
            "foreign_keys", "transaction_mode", "cache_size", "open_mode", "mode");

    public SqliteDialect() {
        super(new Capabilities(true, true, true, true, false, false, 32766));
    }

    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public String driverClassName() {
        return "org.sqlite.JDBC";
    }

    @Override
    public String driverArtifact() {
        return "org.xerial:sqlite-jdbc";
    }

    static boolean isMemory(URL url) {
        String db = url.jdbcUrl() != null ? url.jdbcUrl().substring("jdbc:sqlite:".length()) : url.database();
        return db == null || db.isEmpty() || db.equals(":memory:") || db.startsWith("file::memory:");
    }

    @Override
    public boolean singleConnection(URL url) {
        return isMemory(url);
    }

    @Override
    public String jdbcUrl(URL url) {
        if (url.jdbcUrl() != null) {
            return url.jdbcUrl();
        }
        return isMemory(url) ? "jdbc:sqlite::memory:" : "jdbc:sqlite:" + url.database();
    }

    @Override
    protected Set<String> allowedQueryOptions() {
        return OPTIONS;
    }

    @Override
    public Properties connectProperties(URL url) {
        Properties props = new Properties();
        props.setProperty("foreign_keys", "true");
        props.setProperty("busy_timeout", "5000");
        props.putAll(super.connectProperties(url));
        props.remove("user");
        props.remove("password");
        return props;
    }

    /**
     * Refuses {@code transaction_mode=IMMEDIATE} and {@code EXCLUSIVE}: with autocommit off, sqlite-jdbc begins the
     * next transaction as soon as one ends (and when the connection is opened), so in those modes every connection
     * the pool keeps would hold the database's write lock while idle and block every other writer.
     */
    @Override
    public void checkDriverOptions(Properties props) {
        super.checkDriverOptions(props);
        String mode = props.getProperty("transaction_mode");
        if (mode != null && !mode.equalsIgnoreCase("DEFERRED")) {
            throw new org.jalchemy.exc.ArgumentError("SQLite option 'transaction_mode=" + mode + "' is refused: the"
                    + " sqlite-jdbc driver begins each transaction as soon as the previous one ends, so every pooled"
                    + " connection would hold the write lock while idle. Keep the default (DEFERRED) and retry a"
                    + " transaction that fails with OperationalError 'database is locked'");
        }
    }

    /**
     * SQLite has REGEXP syntax but no function behind it: register Java's regular expressions as it. Also learns,
     * until it knows, whether the database keeps its text as UTF-8, which decides {@link #textReader()}.
     */
    @Override
    public void onConnect(java.sql.Connection connection) throws SQLException {
        if (connection.isWrapperFor(org.sqlite.SQLiteConnection.class)) {
            org.sqlite.Function.create(connection.unwrap(org.sqlite.SQLiteConnection.class), "REGEXP", new RegexpFunction());
        }
        // only in autocommit: in a transaction the PRAGMAs would leave a read lock held by an idle connection
        if (textEncoding == TextEncoding.UNKNOWN && connection.getAutoCommit()) {
            detectTextEncoding(connection);
        }
    }

    private enum TextEncoding { UNKNOWN, UTF8, OTHER }

    /** What this engine's database keeps its text in, as far as its connections have shown. */
    private volatile TextEncoding textEncoding = TextEncoding.UNKNOWN;

    /**
     * UTF-8 only once the database has pages: an empty database can still be switched to UTF-16 (by a connect
     * listener's {@code PRAGMA encoding}, which runs after this), while one with content keeps its encoding for
     * good, so every later connection to it agrees. An engine opens one database file (and SQLite refuses to
     * attach one of another encoding), so a decision once made holds for every statement compiled after it.
     */
    private void detectTextEncoding(java.sql.Connection connection) {
        String encoding = null;
        long pages = 0;
        try (java.sql.Statement s = connection.createStatement()) {
            try (java.sql.ResultSet rs = s.executeQuery("PRAGMA encoding")) {
                encoding = rs.next() ? rs.getString(1) : null;
            }
            try (java.sql.ResultSet rs = s.executeQuery("PRAGMA page_count")) {
                pages = rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            // not knowing costs only speed: getString reads any encoding
            encoding = null;
        }
        synchronized (this) {
            if (!"UTF-8".equalsIgnoreCase(encoding)) {
                textEncoding = TextEncoding.OTHER;
            } else if (pages > 0 && textEncoding == TextEncoding.UNKNOWN) {
                textEncoding = TextEncoding.UTF8;
            }
        }
    }

    /**
     * The UTF-8 bytes of the value, decoded here, once a connection has shown the database's text is UTF-8 for
     * good: sqlite-jdbc's {@code getString} wraps each value in a direct buffer and copies it before decoding, and
     * measured on 500,000 rows of two short strings it allocated 400 bytes a row against 272 through
     * {@code getBytes}, and took about a quarter longer. Both read a number in a text column as its text and SQL
     * NULL as null. Otherwise {@code getString}: a UTF-16 database, an empty one (its encoding can still change),
     * or before any connection. Statements compile their readers once, so an engine that first met an empty
     * database keeps {@code getString} for the shapes it compiled then.
     */
    @Override
    public org.jalchemy.types.Reader<String> textReader() {
        return textEncoding == TextEncoding.UTF8 ? UTF8_TEXT : org.jalchemy.types.JdbcValues.STRING_READER;
    }

    private static final org.jalchemy.types.Reader<String> UTF8_TEXT = (rs, index) -> {
        byte[] bytes = rs.getBytes(index);
        return bytes == null ? null : new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    };

    @Override
    public org.jalchemy.dialect.Reflector reflector() {
        return new SqliteReflector();
    }

    @Override
    public Set<String> isolationLevels() {
        return Set.of("READ UNCOMMITTED", "SERIALIZABLE", "AUTOCOMMIT");
    }

    @Override
    protected boolean isVendorDisconnect(SQLException error) {
        String message = String.valueOf(error.getMessage()).toLowerCase();
        return message.contains("database connection closed") || message.contains("closed database");
    }

    @Override
    protected boolean isNeverDisconnect(SQLException error) {
        int code = error.getErrorCode() & 0xff;
        return code == 5 || code == 6 || code == 19 || code == 20 || code == 18 || code == 25;
    }

    @Override
    protected ErrorClass classifyVendor(SQLException error) {
        switch (error.getErrorCode() & 0xff) {
            case 19:
                return ErrorClass.INTEGRITY;
            case 18:
            case 20:
            case 25:
                return ErrorClass.DATA;
            case 1: {
                String m = String.valueOf(error.getMessage()).toLowerCase();
                boolean programming = m.contains("syntax error") || m.contains("no such table")
                        || m.contains("no such column") || m.contains("has no column") || m.contains("already exists")
                        || m.contains("no such function") || m.contains("incomplete input");
                return programming ? ErrorClass.PROGRAMMING : ErrorClass.OPERATIONAL;
            }
            case 2:
                return ErrorClass.INTERNAL;
            case 21:
                return ErrorClass.INTERFACE;
            case 0:
                return null;
            default:
                return ErrorClass.OPERATIONAL;
        }
    }

    // ---- compilation ----

    private static final org.jalchemy.sql.compiler.IdentifierPreparer PREPARER =
            new org.jalchemy.sql.compiler.IdentifierPreparer(SqliteReservedWords.WORDS, '"');

    @Override
    public org.jalchemy.sql.compiler.SqlCompiler newCompiler() {
        return new SqliteCompiler(this);
    }

    @Override
    public org.jalchemy.sql.compiler.DdlCompiler newDdlCompiler() {
        return new SqliteDdlCompiler(this);
    }

    @Override
    public org.jalchemy.sql.compiler.IdentifierPreparer identifierPreparer() {
        return PREPARER;
    }

    /** Dates and times are stored as text in SQLAlchemy's format, decimals as text when a float would lose digits. */
    @Override
    @SuppressWarnings("unchecked")
    public <T> org.jalchemy.types.TypeEngine<T> typeDescriptor(org.jalchemy.types.TypeEngine<T> type) {
        if (type == org.jalchemy.types.DateTimeType.WITHOUT_TIMEZONE) {
            return (org.jalchemy.types.TypeEngine<T>) SqliteTemporalType.DATETIME;
        } else if (type == org.jalchemy.types.DateTimeType.WITH_TIMEZONE) {
            return (org.jalchemy.types.TypeEngine<T>) SqliteTemporalType.DATETIME_TZ;
        } else if (type instanceof org.jalchemy.types.DateType) {
            return (org.jalchemy.types.TypeEngine<T>) SqliteTemporalType.DATE;
        } else if (type instanceof org.jalchemy.types.TimeType) {
            return (org.jalchemy.types.TypeEngine<T>) SqliteTemporalType.TIME;
        } else if (type instanceof org.jalchemy.types.NumericType numeric) {
            return (org.jalchemy.types.TypeEngine<T>) new SqliteNumericType(numeric);
        }
        return type;
    }

    /**
     * SQLite cannot add a foreign key to an existing table; it also does not check a foreign key's target when
     * a table is created, so tables in a cycle are created with their foreign keys inline.
     */
    @Override
    public boolean supportsAlterAddForeignKey() {
        return false;
    }

    /** SQLite keeps infinities but stores a NaN as NULL. */
    @Override
    public boolean storesNonFinite(double value) {
        return !Double.isNaN(value);
    }
}
