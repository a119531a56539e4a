package org.jalchemy.types;

import java.sql.Types;
import org.jalchemy.dialect.Dialect;

/**
 * A 16-bit integer column.
 *
 * <p>Mirrors {@code sqlalchemy.types.SmallInteger}; values are {@code Short} in Java.
 * <pre>{@code
 * Column<Short> id = Column.of("id", SqlTypes.SMALLINT).primaryKey();
 * SqlTypes.SMALLINT.javaType(); // Short.class
 * }</pre>
 */
public record SmallIntegerType() implements TypeEngine<Short> {
    @Override
    public Class<Short> javaType() {
        return Short.class;
    }

    @Override
    public boolean isInteger() {
        return true;
    }

    @Override
    public Binder binder(Dialect dialect) {
        return Processors.nullSafe(Types.SMALLINT, (ps, i, v) -> {
            if (!(v instanceof Number n)) {
                throw Processors.wrongType(v, Number.class, "SMALLINT");
            }
            ps.setLong(i, n.longValue());
        });
    }

    @Override
    public Reader<Short> reader(Dialect dialect) {
        return (rs, i) -> {
            long value = rs.getLong(i);
            return value == 0 && rs.wasNull() ? null : (short) value;
        };
    }
}
