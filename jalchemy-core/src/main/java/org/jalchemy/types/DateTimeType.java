package org.jalchemy.types;

import java.sql.Types;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import org.jalchemy.dialect.Dialect;

/**
 * A date and time column: {@link #WITHOUT_TIMEZONE} holds {@code LocalDateTime}, {@link #WITH_TIMEZONE}
 * holds {@code OffsetDateTime}. SQLite stores text like SQLAlchemy ({@code 1989-07-01 00:00:00.000000}).
 *
 * <p>Mirrors {@code sqlalchemy.types.DateTime(timezone=...)}.
 * <pre>{@code
 * Column<LocalDateTime> created = Column.of("created", SqlTypes.DATETIME).defaultSupplier(LocalDateTime::now);
 * created.lt(LocalDateTime.of(2020, 1, 1, 0, 0));
 * }</pre>
 *
 * @param <T> {@code LocalDateTime} or {@code OffsetDateTime}
 */
public final class DateTimeType<T extends Temporal> implements TypeEngine<T> {
    /** {@code DateTime()}: no time zone, {@code LocalDateTime} values. */
    public static final DateTimeType<LocalDateTime> WITHOUT_TIMEZONE = new DateTimeType<>(false, LocalDateTime.class);
    /** {@code DateTime(timezone=True)}: {@code OffsetDateTime} values. */
    public static final DateTimeType<OffsetDateTime> WITH_TIMEZONE = new DateTimeType<>(true, OffsetDateTime.class);

    private final boolean timezone;
    private final Class<T> javaType;

    private DateTimeType(boolean timezone, Class<T> javaType) {
        this.timezone = timezone;
        this.javaType = javaType;
    }

    /** True when values carry an offset. */
    public boolean timezone() {
        return timezone;
    }

    @Override
    public Class<T> javaType() {
        return javaType;
    }

    @Override
    public Binder binder(Dialect dialect) {
        int sqlType = timezone ? Types.TIMESTAMP_WITH_TIMEZONE : Types.TIMESTAMP;
        return Processors.nullSafe(sqlType, (ps, i, v) -> {
            if (!javaType.isInstance(v)) {
                throw Processors.wrongType(v, javaType, timezone ? "TIMESTAMP WITH TIME ZONE" : "DATETIME");
            }
            ps.setObject(i, v);
        });
    }

    @Override
    public Reader<T> reader(Dialect dialect) {
        return (rs, i) -> rs.getObject(i, javaType);
    }

    @Override
    public String toString() {
        return "DateTime(timezone=" + timezone + ")";
    }
}
