package org.jalchemy.types;

import java.sql.Types;
import java.time.LocalDate;
import org.jalchemy.dialect.Dialect;

/**
 * A calendar date column.
 *
 * <p>Mirrors {@code sqlalchemy.types.Date}; values are {@code LocalDate} in Java.
 * <pre>{@code
 * Column<LocalDate> c = Column.of("c", SqlTypes.DATE);
 * c.isNull();
 * }</pre>
 */
public record DateType() implements TypeEngine<LocalDate> {
    @Override
    public Class<LocalDate> javaType() {
        return LocalDate.class;
    }

    @Override
    public Binder binder(Dialect dialect) {
        return Processors.nullSafe(Types.DATE, (ps, i, v) -> {
            if (!(v instanceof LocalDate)) {
                throw Processors.wrongType(v, LocalDate.class, "DATE");
            }
            ps.setObject(i, v);
        });
    }

    @Override
    public Reader<LocalDate> reader(Dialect dialect) {
        return (rs, i) -> rs.getObject(i, LocalDate.class);
    }
}
