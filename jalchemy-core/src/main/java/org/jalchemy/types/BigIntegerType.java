package org.jalchemy.types;

import java.sql.Types;
import org.jalchemy.dialect.Dialect;

/**
 * A 64-bit integer column.
 *
 * <p>Mirrors {@code sqlalchemy.types.BigInteger}; values are {@code Long} in Java.
 * <pre>{@code
 * Column<Long> id = Column.of("id", SqlTypes.BIGINT).primaryKey();
 * SqlTypes.BIGINT.javaType(); // Long.class
 * }</pre>
 */
public record BigIntegerType() implements TypeEngine<Long> {
    @Override
    public Class<Long> javaType() {
        return Long.class;
    }

    @Override
    public boolean isInteger() {
        return true;
    }

    @Override
    public Binder binder(Dialect dialect) {
        return Processors.nullSafe(Types.BIGINT, (ps, i, v) -> {
            if (!(v instanceof Number n)) {
                throw Processors.wrongType(v, Number.class, "BIGINT");
            }
            ps.setLong(i, n.longValue());
        });
    }

    @Override
    public Reader<Long> reader(Dialect dialect) {
        return (rs, i) -> {
            long value = rs.getLong(i);
            return value == 0 && rs.wasNull() ? null : value;
        };
    }
}
