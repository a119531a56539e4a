package org.jalchemy.types;

import java.sql.Types;
import java.time.LocalTime;
import org.jalchemy.dialect.Dialect;

/**
 * A time of day column.
 *
 * <p>Mirrors {@code sqlalchemy.types.Time}; values are {@code LocalTime} in Java.
 * <pre>{@code
 * Column<LocalTime> c = Column.of("c", SqlTypes.TIME);
 * c.isNull();
 * }</pre>
 */
public record TimeType() implements TypeEngine<LocalTime> {
    @Override
    public Class<LocalTime> javaType() {
        return LocalTime.class;
    }

    @Override
    public Binder binder(Dialect dialect) {
        return Processors.nullSafe(Types.TIME, (ps, i, v) -> {
            if (!(v instanceof LocalTime)) {
                throw Processors.wrongType(v, LocalTime.class, "TIME");
            }
            ps.setObject(i, v);
        });
    }

    @Override
    public Reader<LocalTime> reader(Dialect dialect) {
        return (rs, i) -> rs.getObject(i, LocalTime.class);
    }
}
