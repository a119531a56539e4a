package org.jalchemy.types;

import java.sql.Types;
import org.jalchemy.dialect.Dialect;

/**
 * A 32-bit integer column.
 *
 * <p>Mirrors {@code sqlalchemy.types.Integer}; values are {@code Integer} in Java.
 * <pre>{@code
 * Column<Integer> id = Column.of("id", SqlTypes.INTEGER).primaryKey();
 * SqlTypes.INTEGER.javaType(); // Integer.class
 * }</pre>
 */
public record IntegerType() implements TypeEngine<Integer> {
    /** The shared instance. */
    public static final IntegerType INSTANCE = new IntegerType();

    @Override
    public Class<Integer> javaType() {
        return Integer.class;
    }

    @Override
    public boolean isInteger() {
        return true;
    }

    @Override
    public Binder binder(Dialect dialect) {
        return Processors.nullSafe(Types.INTEGER, (ps, i, v) -> {
            if (!(v instanceof Number n)) {
                throw Processors.wrongType(v, Number.class, "INTEGER");
            }
            ps.setLong(i, n.longValue());
        });
    }

    @Override
    public Reader<Integer> reader(Dialect dialect) {
        return (rs, i) -> {
            long value = rs.getLong(i);
            // only a zero can be a NULL (JDBC reads NULL as 0): skip the extra driver call otherwise
            return value == 0 && rs.wasNull() ? null : Math.toIntExact(value);
        };
    }
}
