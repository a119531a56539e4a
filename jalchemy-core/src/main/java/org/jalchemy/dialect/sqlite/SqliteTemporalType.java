package org.jalchemy.dialect.sqlite;

import java.sql.SQLDataException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.function.Function;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.types.Binder;
import org.jalchemy.types.Reader;
import org.jalchemy.types.TypeEngine;

/**
 * Dates and times on SQLite, which has no such types: stored as text in SQLAlchemy's format
 * ({@code 1989-07-01 00:00:00.000000}), so that files written by either library read alike. Sub-microsecond
 * digits are kept (nine digits) rather than dropped.
 * <pre>{@code
 * TypeEngine<LocalDateTime> t = SqliteTemporalType.DATETIME;
 * t.binder(dialect).bind(ps, 1, LocalDateTime.of(1989, 7, 1, 0, 0));
 * }</pre>
 *
 * @param <T> the {@code java.time} class stored
 */
final class SqliteTemporalType<T> implements TypeEngine<T> {
    private static final DateTimeFormatter TIME_PARSER = new DateTimeFormatterBuilder().appendPattern("HH:mm[:ss]")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd().toFormatter();
    private static final DateTimeFormatter DATETIME_PARSER = new DateTimeFormatterBuilder().appendPattern("yyyy-MM-dd")
            .optionalStart().appendLiteral(' ').optionalEnd().optionalStart().appendLiteral('T').optionalEnd()
            .append(TIME_PARSER).optionalStart().appendOffset("+HH:MM", "Z").optionalEnd().toFormatter();

    static final SqliteTemporalType<LocalDateTime> DATETIME = new SqliteTemporalType<>(LocalDateTime.class,
            v -> v.toLocalDate() + " " + time(v.toLocalTime()), s -> LocalDateTime.from(DATETIME_PARSER.parse(s)));
    static final SqliteTemporalType<OffsetDateTime> DATETIME_TZ = new SqliteTemporalType<>(OffsetDateTime.class,
            v -> v.toLocalDate() + " " + time(v.toLocalTime()) + v.getOffset().getId().replace("Z", "+00:00"),
            s -> OffsetDateTime.from(DATETIME_PARSER.parse(s)));
    static final SqliteTemporalType<LocalDate> DATE = new SqliteTemporalType<>(LocalDate.class, LocalDate::toString,
            LocalDate::parse);
    static final SqliteTemporalType<LocalTime> TIME = new SqliteTemporalType<>(LocalTime.class,
            SqliteTemporalType::time, s -> LocalTime.from(TIME_PARSER.parse(s)));

    private final Class<T> javaType;
    private final Function<T, String> format;
    private final Function<String, TemporalAccessor> parse;

    private SqliteTemporalType(Class<T> javaType, Function<T, String> format, Function<String, TemporalAccessor> parse) {
        this.javaType = javaType;
        this.format = format;
        this.parse = parse;
    }

    private static String time(LocalTime t) {
        int nanos = t.getNano();
        String base = String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
        return nanos % 1000 == 0 ? base + String.format(".%06d", nanos / 1000) : base + String.format(".%09d", nanos);
    }

    @Override
    public Class<T> javaType() {
        return javaType;
    }

    @Override
    public Binder binder(Dialect dialect) {
        return (ps, i, v) -> {
            if (v == null) {
                ps.setNull(i, Types.VARCHAR);
            } else if (javaType.isInstance(v)) {
                ps.setString(i, format.apply(javaType.cast(v)));
            } else {
                throw new ArgumentError("Value " + v + " of class " + v.getClass().getName() + " is not a "
                        + javaType.getSimpleName());
            }
        };
    }

    @Override
    public Reader<T> reader(Dialect dialect) {
        return (rs, i) -> {
            String s = rs.getString(i);
            if (s == null) {
                return null;
            }
            try {
                return javaType.cast(parse.apply(s));
            } catch (java.time.DateTimeException e) {
                throw new SQLDataException("Cannot read '" + s + "' as " + javaType.getSimpleName(), "22007", e);
            }
        };
    }
}
