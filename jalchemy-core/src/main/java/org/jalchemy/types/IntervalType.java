package org.jalchemy.types;

import java.time.Duration;
import java.time.LocalDateTime;
import org.jalchemy.dialect.Dialect;

/**
 * A length of time, {@code java.time.Duration} in Java: PostgreSQL's {@code INTERVAL}; elsewhere, as
 * SQLAlchemy does, a date-time that far from 1970-01-01 00:00:00.
 *
 * <p>Mirrors {@code sqlalchemy.types.Interval}.
 * <pre>{@code
 * Column<Duration> took = Column.of("took", SqlTypes.INTERVAL);
 * took.gt(Duration.ofMinutes(5));
 * }</pre>
 */
public record IntervalType() implements TypeEngine<Duration> {
    /** The zero of the date-time storage. */
    public static final LocalDateTime EPOCH = LocalDateTime.of(1970, 1, 1, 0, 0);

    @Override
    public Class<Duration> javaType() {
        return Duration.class;
    }

    @Override
    public Binder binder(Dialect dialect) {
        Binder dateTime = dialect.typeDescriptor(DateTimeType.WITHOUT_TIMEZONE).binder(dialect);
        return (ps, i, v) -> {
            if (v != null && !(v instanceof Duration)) {
                throw Processors.wrongType(v, Duration.class, "INTERVAL");
            }
            dateTime.bind(ps, i, v == null ? null : EPOCH.plus((Duration) v));
        };
    }

    @Override
    public Reader<Duration> reader(Dialect dialect) {
        Reader<LocalDateTime> dateTime = dialect.typeDescriptor(DateTimeType.WITHOUT_TIMEZONE).reader(dialect);
        return (rs, i) -> {
            LocalDateTime value = dateTime.read(rs, i);
            return value == null ? null : Duration.between(EPOCH, value);
        };
    }
}
