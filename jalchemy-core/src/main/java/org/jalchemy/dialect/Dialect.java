package org.jalchemy.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.Set;
import org.jalchemy.engine.URL;

/**
 * What jalchemy needs to know about one database: how to connect, how to classify its errors, what it can
 * do, and how statements are rendered for it.
 *
 * <p>Mirrors {@code sqlalchemy.engine.interfaces.Dialect}. Dialects state capabilities as flags (ask
 * {@link #supportsInsertReturning()}, never the name). Implementations are found through
 * {@link DialectProvider} and {@link java.util.ServiceLoader}, so a third party can add one. A dialect is
 * immutable and shared by every connection of its engine.
 * <pre>{@code
 * Dialect d = Dialects.forUrl(URL.parse("postgresql://localhost/test"));
 * d.supportsInsertReturning(); // true
 * }</pre>
 */
public interface Dialect {
    /** The dialect's name as in URLs, e.g. {@code sqlite}, {@code postgresql}, {@code mariadb}. */
    String name();

    // ---- connecting --------------------------------------------------------------------------------

    /** The JDBC driver class this dialect uses, checked before connecting for a clear error if absent. */
    String driverClassName();

    /** The Maven coordinates that provide {@link #driverClassName()}, for the error when it is missing. */
    String driverArtifact();

    /** The JDBC URL for {@code url}, without credentials (they travel in {@link #connectProperties}). */
    String jdbcUrl(URL url);

    /** Credentials, allow-listed URL query options and the dialect's forced safety options. */
    Properties connectProperties(URL url);

    /** True when every connection must share one physical connection (SQLite in memory). */
    default boolean singleConnection(URL url) {
        return false;
    }

    /** Whether a NaN or infinite double reads back as stored (PostgreSQL: all of them). */
    default boolean storesNonFinite(double value) {
        return true;
    }

    /** Run once on each new physical connection. */
    default void onConnect(Connection connection) throws SQLException {
    }

    /** How this dialect reads its catalog, for {@link org.jalchemy.inspection.Inspector} and reflection. */
    default Reflector reflector() {
        throw new org.jalchemy.exc.InvalidRequestError("The " + name() + " dialect cannot reflect a database");
    }

    /** Rows fetched per round trip when a result streams; 0 lets the driver decide. */
    default int defaultFetchSize() {
        return 0;
    }

    // ---- transactions and errors -------------------------------------------------------------------

    /** Isolation level names this dialect accepts, upper case with spaces, e.g. {@code READ COMMITTED}. */
    Set<String> isolationLevels();

    /** True when {@code error} (raised on {@code connection}) shows the connection is no longer usable. */
    boolean isDisconnect(SQLException error, Connection connection);

    /** The class of {@code error}, from SQLState or vendor code. */
    ErrorClass classify(SQLException error);

    // ---- capabilities --------------------------------------------------------------------------------

    boolean supportsSavepoints();

    boolean supportsTransactionalDdl();

    boolean supportsInsertReturning();

    boolean supportsMultivaluesInsert();

    boolean supportsSequences();

    boolean supportsNativeBoolean();

    /** The most bind parameters one statement may carry. */
    int maxBindParameters();

    // ---- rendering -----------------------------------------------------------------------------------

    /**
     * Escapes {@code ?} characters in literal SQL that the driver would otherwise take for parameters
     * (pgjdbc wants {@code ??} outside string literals); returns the fragment unchanged when none are special.
     */
    default String escapeLiteralQuestionMarks(String sqlFragment) {
        return sqlFragment;
    }

    // ---- compilation ----

    /** A new statement compiler for this dialect (compilers are stateful: one per statement). */
    default org.jalchemy.sql.compiler.SqlCompiler newCompiler() {
        return new org.jalchemy.sql.compiler.SqlCompiler(this);
    }

    /** A new DDL compiler for this dialect. */
    default org.jalchemy.sql.compiler.DdlCompiler newDdlCompiler() {
        return new org.jalchemy.sql.compiler.DdlCompiler(this);
    }

    /** The type compiler: DDL and CAST names of types. */
    default org.jalchemy.sql.compiler.TypeCompiler typeCompiler() {
        return new org.jalchemy.sql.compiler.TypeCompiler();
    }

    /** How identifiers are quoted on this dialect. */
    default org.jalchemy.sql.compiler.IdentifierPreparer identifierPreparer() {
        return org.jalchemy.sql.compiler.IdentifierPreparer.DEFAULT;
    }

    /**
     * The variant of a generic type this dialect uses (SQLAlchemy's {@code colspecs}): SQLite stores dates as
     * text, PostgreSQL binds JSON as {@code json}. The default keeps the generic type.
     */
    default <T> org.jalchemy.types.TypeEngine<T> typeDescriptor(org.jalchemy.types.TypeEngine<T> type) {
        return type;
    }

    /**
     * How this dialect's driver reads a character column: {@code getString} unless the driver has a cheaper way
     * that gives the same string (SQLite: the UTF-8 bytes, decoded here). Used by the string and text types.
     */
    default org.jalchemy.types.Reader<String> textReader() {
        return org.jalchemy.types.JdbcValues.STRING_READER;
    }

    /** True for JDBC's {@code ?} placeholders; false renders {@code :name} (the string form only). */
    default boolean positionalParameters() {
        return true;
    }

    default boolean supportsUpdateReturning() {
        return supportsInsertReturning();
    }

    default boolean supportsDeleteReturning() {
        return supportsInsertReturning();
    }

    /** True when comments are set with separate {@code COMMENT ON} statements (PostgreSQL). */
    default boolean supportsCommentOn() {
        return false;
    }

    /** True when a foreign key can be added to an existing table ({@code ALTER TABLE ... ADD}); SQLite cannot. */
    default boolean supportsAlterAddForeignKey() {
        return true;
    }
}
