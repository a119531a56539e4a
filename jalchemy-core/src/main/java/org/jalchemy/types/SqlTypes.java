package org.jalchemy.types;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * The generic types under short names, for {@code import static org.jalchemy.types.SqlTypes.*}: constants
 * for types without arguments, factories for those with.
 *
 * <p>SQLAlchemy's {@code Integer}, {@code String(50)} become {@code INTEGER}, {@code string(50)} (Java
 * already owns the names {@code Integer} and {@code String}).
 * <pre>{@code
 * Column<Integer> id = Column.of("id", INTEGER).primaryKey();
 * Column<String> name = Column.of("name", string(50));
 * }</pre>
 */
public final class SqlTypes {
    private SqlTypes() {
    }

    public static final IntegerType INTEGER = new IntegerType();
    public static final SmallIntegerType SMALLINT = new SmallIntegerType();
    public static final BigIntegerType BIGINT = new BigIntegerType();
    public static final BooleanType BOOLEAN = new BooleanType();
    /** {@code String()} without length. */
    public static final StringType STRING = new StringType(null);
    public static final TextType TEXT = new TextType();
    public static final FloatType FLOAT = new FloatType();
    public static final DoubleType DOUBLE = new DoubleType();
    /** {@code Numeric()} without precision. */
    public static final NumericType NUMERIC = new NumericType(null, null);
    public static final DateType DATE = new DateType();
    public static final TimeType TIME = new TimeType();
    public static final DateTimeType<LocalDateTime> DATETIME = DateTimeType.WITHOUT_TIMEZONE;
    public static final DateTimeType<OffsetDateTime> DATETIME_TZ = DateTimeType.WITH_TIMEZONE;
    public static final LargeBinaryType LARGE_BINARY = new LargeBinaryType();
    public static final JsonType JSON = new JsonType();
    public static final UuidType UUID = new UuidType();
    public static final IntervalType INTERVAL = new IntervalType();
    /** {@code Unicode()}: a {@code VARCHAR}; every database here stores Unicode in it. */
    public static final StringType UNICODE = STRING;

    /** {@code String(length)}: {@code VARCHAR(length)}. */
    public static StringType string(int length) {
        return new StringType(length);
    }

    /** {@code Unicode(length)}: the same as {@link #string(int)}. */
    public static StringType unicode(int length) {
        return new StringType(length);
    }

    /** {@code Numeric(precision, scale)}. */
    public static NumericType numeric(int precision, int scale) {
        return new NumericType(precision, scale);
    }

    /** {@code DateTime(timezone=...)}. */
    public static DateTimeType<?> dateTime(boolean timezone) {
        return timezone ? DATETIME_TZ : DATETIME;
    }

    /** {@code Enum(SomeJavaEnum)}. */
    public static <E extends Enum<E>> EnumType<E> enumOf(Class<E> enumClass) {
        return EnumType.of(enumClass);
    }
}
