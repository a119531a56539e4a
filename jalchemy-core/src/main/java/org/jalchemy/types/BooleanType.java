package org.jalchemy.types;

import java.sql.Types;
import org.jalchemy.dialect.Dialect;

/**
 * A true/false column: native {@code BOOLEAN} where the database has one, 0/1 elsewhere.
 *
 * <p>Mirrors {@code sqlalchemy.types.Boolean}.
 * <pre>{@code
 * Column<Boolean> active = Column.of("active", SqlTypes.BOOLEAN);
 * active.isTrue();
 * }</pre>
 */
public record BooleanType() implements TypeEngine<Boolean> {
    /** The shared instance. */
    public static final BooleanType INSTANCE = new BooleanType();

    @Override
    public Class<Boolean> javaType() {
        return Boolean.class;
    }

    @Override
    public Binder binder(Dialect dialect) {
        return Processors.nullSafe(Types.BOOLEAN, (ps, i, v) -> {
            if (!(v instanceof Boolean b)) {
                throw Processors.wrongType(v, Boolean.class, "BOOLEAN");
            }
            ps.setBoolean(i, b);
        });
    }

    @Override
    public Reader<Boolean> reader(Dialect dialect) {
        return (rs, i) -> {
            boolean value = rs.getBoolean(i);
            return !value && rs.wasNull() ? null : value;
        };
    }
}
