package org.jalchemy.types;

import org.jalchemy.dialect.Dialect;

/**
 * A SQL type and how its values cross JDBC: the Java type, the bind processor and the result processor,
 * each chosen per dialect.
 *
 * <p>Mirrors {@code sqlalchemy.types.TypeEngine}. Processors are resolved once per compiled statement or
 * result, never per row. A dialect may swap a generic type for its own variant through
 * {@code Dialect.typeDescriptor} (SQLAlchemy's {@code colspecs}). Types are immutable values: two equal
 * types compile alike, which the statement cache relies on.
 * <pre>{@code
 * Binder binder = type.binder(dialect);
 * Reader<?> reader = type.reader(dialect);
 * }</pre>
 *
 * @param <T> the Java type of values of this SQL type
 */
public interface TypeEngine<T> {
    /** The Java class values of this type have in Java. */
    Class<T> javaType();

    /** How to bind a value of this type on the given dialect; accepts {@code null}. */
    default Binder binder(Dialect dialect) {
        return JdbcValues.OBJECT_BINDER;
    }

    /** How to read a value of this type on the given dialect; returns {@code null} for SQL NULL. */
    @SuppressWarnings("unchecked")
    default Reader<T> reader(Dialect dialect) {
        return (Reader<T>) JdbcValues.OBJECT_READER;
    }

    /** True for character types, where {@code +} means concatenation as in SQLAlchemy. */
    default boolean isString() {
        return false;
    }

    /** True for integer types, which may autoincrement as a primary key. */
    default boolean isInteger() {
        return false;
    }

    /** True when the values are numbers, so arithmetic keeps this type. */
    default boolean isNumeric() {
        return isInteger();
    }
}
