package org.jalchemy.orm.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.jalchemy.orm.exc.UnmappedClassError;
import org.jalchemy.types.SqlTypes;
import org.jalchemy.types.TypeEngine;

/**
 * The column type a field's Java type implies, and the few conversions between what a driver returns and
 * what a field holds (an {@code INTEGER} column read into a {@code long} field).
 * <pre>{@code
 * TypeEngine<?> t = JavaTypes.typeFor(String.class, 20); // StringType(20)
 * Object v = JavaTypes.convert(5, Long.class);            // 5L
 * }</pre>
 */
public final class JavaTypes {
    private static final Map<Class<?>, Class<?>> BOXES = Map.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, byte.class, Byte.class, boolean.class, Boolean.class, double.class,
            Double.class, float.class, Float.class, char.class, Character.class);

    private JavaTypes() {
    }

    public static Class<?> box(Class<?> type) {
        return type.isPrimitive() ? BOXES.get(type) : type;
    }

    /** The generic SQL type for values of {@code javaType}; {@code length} applies to strings (-1 for none). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static TypeEngine<?> typeFor(Class<?> javaType, int length) {
        Class<?> t = box(javaType);
        if (t == String.class) {
            return length > 0 ? SqlTypes.string(length) : SqlTypes.STRING;
        }
        if (t == Integer.class) {
            return SqlTypes.INTEGER;
        }
        if (t == Long.class) {
            return SqlTypes.BIGINT;
        }
        if (t == Short.class) {
            return SqlTypes.SMALLINT;
        }
        if (t == Boolean.class) {
            return SqlTypes.BOOLEAN;
        }
        if (t == Double.class) {
            return SqlTypes.DOUBLE;
        }
        if (t == Float.class) {
            return SqlTypes.FLOAT;
        }
        if (t == BigDecimal.class) {
            return SqlTypes.NUMERIC;
        }
        if (t == LocalDateTime.class) {
            return SqlTypes.DATETIME;
        }
        if (t == OffsetDateTime.class) {
            return SqlTypes.DATETIME_TZ;
        }
        if (t == LocalDate.class) {
            return SqlTypes.DATE;
        }
        if (t == LocalTime.class) {
            return SqlTypes.TIME;
        }
        if (t == UUID.class) {
            return SqlTypes.UUID;
        }
        if (t == byte[].class) {
            return SqlTypes.LARGE_BINARY;
        }
        if (t.isEnum()) {
            return SqlTypes.enumOf((Class) t);
        }
        throw new UnmappedClassError("No column type is known for Java type " + javaType.getName()
                + "; give one with @MappedColumn(type = ...)");
    }

    /** {@code value} as an instance of {@code target} when a lossless numeric or text conversion exists. */
    public static Object convert(Object value, Class<?> target) {
        if (value instanceof Number n) {
            if (target == Long.class) {
                return n.longValue();
            }
            if (target == Integer.class) {
                return n.intValue();
            }
            if (target == Short.class) {
                return n.shortValue();
            }
            if (target == Double.class) {
                return n.doubleValue();
            }
            if (target == Float.class) {
                return n.floatValue();
            }
            if (target == BigDecimal.class) {
                return new BigDecimal(n.toString());
            }
            if (target == Boolean.class) {
                return n.intValue() != 0;
            }
            if (target == String.class) {
                return n.toString();
            }
        }
        if (target == String.class) {
            return value.toString();
        }
        return value;
    }
}
