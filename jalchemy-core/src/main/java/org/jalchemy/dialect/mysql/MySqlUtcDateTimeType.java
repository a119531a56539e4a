package org.jalchemy.dialect.mysql;

import java.sql.Types;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.types.Binder;
import org.jalchemy.types.Reader;
import org.jalchemy.types.TypeEngine;

/**
 * {@code DateTime(timezone=True)} on MySQL / MariaDB, whose {@code DATETIME} has no zone: values are
 * stored converted to UTC and read back with offset {@code +00:00} (the same instant).
 * <pre>{@code
 * TypeEngine<OffsetDateTime> t = new MariaDbDialect().typeDescriptor(SqlTypes.DATETIME_TZ);
 * t.reader(dialect).read(rs, 1).getOffset(); // Z
 * }</pre>
 */
final class MySqlUtcDateTimeType implements TypeEngine<OffsetDateTime> {
    static final MySqlUtcDateTimeType INSTANCE = new MySqlUtcDateTimeType();

    @Override
    public Class<OffsetDateTime> javaType() {
        return OffsetDateTime.class;
    }

    @Override
    public Binder binder(Dialect dialect) {
        return (ps, i, v) -> {
            if (v == null) {
                ps.setNull(i, Types.TIMESTAMP);
            } else if (v instanceof OffsetDateTime odt) {
                ps.setObject(i, odt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
            } else {
                throw new ArgumentError("Value " + v + " of class " + v.getClass().getName() + " is not an OffsetDateTime");
            }
        };
    }

    @Override
    public Reader<OffsetDateTime> reader(Dialect dialect) {
        return (rs, i) -> {
            LocalDateTime value = rs.getObject(i, LocalDateTime.class);
            return value == null ? null : value.atOffset(ZoneOffset.UTC);
        };
    }
}
