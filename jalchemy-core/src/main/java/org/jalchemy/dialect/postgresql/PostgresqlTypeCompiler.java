package org.jalchemy.dialect.postgresql;

import org.jalchemy.sql.compiler.TypeCompiler;
import org.jalchemy.types.DateTimeType;
import org.jalchemy.types.DoubleType;
import org.jalchemy.types.LargeBinaryType;
import org.jalchemy.types.UuidType;

/**
 * PostgreSQL's type names: {@code TIMESTAMP WITHOUT/WITH TIME ZONE}, {@code DOUBLE PRECISION},
 * {@code BYTEA}, native {@code UUID}.
 * <pre>{@code
 * new PostgresqlTypeCompiler().process(SqlTypes.DATETIME); // TIMESTAMP WITHOUT TIME ZONE
 * new PostgresqlTypeCompiler().process(SqlTypes.LARGE_BINARY); // BYTEA
 * }</pre>
 */
public class PostgresqlTypeCompiler extends TypeCompiler {
    @Override
    protected String visitDateTime(DateTimeType<?> type) {
        return type.timezone() ? "TIMESTAMP WITH TIME ZONE" : "TIMESTAMP WITHOUT TIME ZONE";
    }

    @Override
    protected String visitDouble(DoubleType type) {
        return "DOUBLE PRECISION";
    }

    @Override
    protected String visitLargeBinary(LargeBinaryType type) {
        return "BYTEA";
    }

    @Override
    protected String visitUuid(UuidType type) {
        return "UUID";
    }

    @Override
    protected String visitInterval(org.jalchemy.types.IntervalType type) {
        return "INTERVAL";
    }
}
