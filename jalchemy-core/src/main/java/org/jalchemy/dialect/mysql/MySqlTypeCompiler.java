package org.jalchemy.dialect.mysql;

import org.jalchemy.sql.compiler.TypeCompiler;
import org.jalchemy.types.BooleanType;
import org.jalchemy.types.DateTimeType;
import org.jalchemy.types.LargeBinaryType;
import org.jalchemy.types.StringType;
import org.jalchemy.types.TimeType;

/**
 * MySQL / MariaDB type names. Choices: a {@code String} without length is {@code VARCHAR(255)} (MySQL
 * requires a length; strict mode makes a longer value a {@code DataError}, never a silent truncation);
 * date-times and times keep microseconds ({@code DATETIME(6)}, {@code TIME(6)}); binary data is
 * {@code LONGBLOB}.
 * <pre>{@code
 * new MySqlTypeCompiler().process(SqlTypes.STRING); // VARCHAR(255)
 * new MySqlTypeCompiler().process(SqlTypes.DATETIME); // DATETIME(6)
 * }</pre>
 */
public class MySqlTypeCompiler extends TypeCompiler {
    /** The length given to a {@code String} column declared without one. */
    public static final int DEFAULT_VARCHAR_LENGTH = 255;

    @Override
    protected String visitString(StringType type) {
        return "VARCHAR(" + (type.length() == null ? DEFAULT_VARCHAR_LENGTH : type.length()) + ")";
    }

    @Override
    protected String visitDateTime(DateTimeType<?> type) {
        return "DATETIME(6)";
    }

    @Override
    protected String visitTime(TimeType type) {
        return "TIME(6)";
    }

    @Override
    protected String visitBoolean(BooleanType type) {
        return "BOOL";
    }

    @Override
    protected String visitLargeBinary(LargeBinaryType type) {
        return "LONGBLOB";
    }
}
