package org.jalchemy.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import java.util.Set;
import org.jalchemy.engine.URL;
import org.jalchemy.exc.InvalidRequestError;

/**
 * The dialect behind {@code toString()} of statements: SQLAlchemy's default string compiler, with named
 * {@code :name} placeholders, double-quoted identifiers and SQLAlchemy's default reserved words. It cannot
 * connect.
 *
 * <p>Mirrors {@code sqlalchemy.engine.default.StrCompileDialect}. Capabilities are all "yes" so that any
 * statement can be shown.
 * <pre>{@code
 * select(users).compile(DefaultDialect.INSTANCE).sql();
 * users.c("id").eq(5).toString(); // "user".id = :id_1
 * }</pre>
 */
public final class DefaultDialect implements Dialect {
    /** The shared instance. */
    public static final DefaultDialect INSTANCE = new DefaultDialect();

    private DefaultDialect() {
    }

    @Override
    public String name() {
        return "default";
    }

    private static InvalidRequestError cannotConnect() {
        return new InvalidRequestError("The default dialect only renders SQL as text; it cannot connect");
    }

    @Override
    public String driverClassName() {
        throw cannotConnect();
    }

    @Override
    public String driverArtifact() {
        throw cannotConnect();
    }

    @Override
    public String jdbcUrl(URL url) {
        throw cannotConnect();
    }

    @Override
    public Properties connectProperties(URL url) {
        throw cannotConnect();
    }

    @Override
    public Set<String> isolationLevels() {
        return Set.of();
    }

    @Override
    public boolean isDisconnect(SQLException error, Connection connection) {
        return false;
    }

    @Override
    public ErrorClass classify(SQLException error) {
        return BaseDialect.classifySqlState(error.getSQLState());
    }

    @Override
    public boolean supportsSavepoints() {
        return true;
    }

    @Override
    public boolean supportsTransactionalDdl() {
        return true;
    }

    @Override
    public boolean supportsInsertReturning() {
        return true;
    }

    @Override
    public boolean supportsMultivaluesInsert() {
        return true;
    }

    @Override
    public boolean supportsSequences() {
        return true;
    }

    @Override
    public boolean supportsNativeBoolean() {
        return true;
    }

    @Override
    public int maxBindParameters() {
        return Integer.MAX_VALUE;
    }

    @Override
    public boolean positionalParameters() {
        return false;
    }
}
