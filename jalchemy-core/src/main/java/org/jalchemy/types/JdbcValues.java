package org.jalchemy.types;

import java.sql.Date;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;

/**
 * The untyped fallbacks: how a value is bound and read when no {@link TypeEngine} says otherwise
 * (raw SQL through {@code text()}, columns of unknown type).
 *
 * <p>JDBC's legacy {@code java.sql} date classes are turned into {@code java.time} values on read.
 * <pre>{@code
 * JdbcValues.OBJECT_BINDER.bind(ps, 1, 42);
 * Reader<?> r = JdbcValues.readerFor(Types.TIMESTAMP);
 * }</pre>
 */
public final class JdbcValues {
    private JdbcValues() {
    }

    /** Binds with {@code setObject}, and SQL NULL of unspecified type for {@code null}. */
    public static final Binder OBJECT_BINDER = (ps, index, value) -> {
        if (value == null) {
            ps.setNull(index, Types.NULL);
        } else if (value instanceof Enum<?> e) {
            ps.setString(index, e.name());
        } else {
            ps.setObject(index, value);
        }
    };

    /** Reads with {@code getString}. */
    public static final Reader<String> STRING_READER = (rs, index) -> rs.getString(index);

    /** Reads with {@code getObject}, converting legacy date/time classes to {@code java.time}. */
    public static final Reader<Object> OBJECT_READER = (rs, index) -> toJavaTime(rs.getObject(index));

    private static final Reader<Object> TIMESTAMP_READER = (rs, index) -> {
        Timestamp ts = rs.getTimestamp(index);
        return ts == null ? null : ts.toLocalDateTime();
    };

    private static final Reader<Object> DATE_READER = (rs, index) -> {
        Date d = rs.getDate(index);
        return d == null ? null : d.toLocalDate();
    };

    private static final Reader<Object> TIME_READER = (rs, index) -> {
        Time t = rs.getTime(index);
        return t == null ? null : t.toLocalTime();
    };

    /** The default reader for a column whose JDBC type is {@code sqlType} ({@link Types}). */
    public static Reader<Object> readerFor(int sqlType) {
        switch (sqlType) {
            case Types.TIMESTAMP:
                return TIMESTAMP_READER;
            case Types.DATE:
                return DATE_READER;
            case Types.TIME:
                return TIME_READER;
            default:
                return OBJECT_READER;
        }
    }

    /** Converts {@code java.sql} date and time values to their {@code java.time} equivalents. */
    public static Object toJavaTime(Object value) {
        if (value instanceof Timestamp ts) {
            return ts.toLocalDateTime();
        } else if (value instanceof Date d) {
            return d.toLocalDate();
        } else if (value instanceof Time t) {
            return t.toLocalTime();
        }
        return value;
    }

}
