package org.jalchemy.types;

import org.jalchemy.dialect.Dialect;

/**
 * A user type stored as an existing one: subclasses say how a Java value becomes the stored value and back.
 * DDL, CAST and the per-dialect handling (such as SQLite's text dates) come from {@link #impl()}.
 *
 * <p>Mirrors {@code sqlalchemy.types.TypeDecorator}. Processors receive non-null values only; SQL NULL
 * stays {@code null}. Implementations should be immutable, with {@code equals} when they have state (the
 * statement cache compares types).
 * <pre>{@code
 * class Cents extends TypeDecorator<Money, Long> { ... impl() returns SqlTypes.BIGINT ... }
 * Column<Money> price = Column.of("price", new Cents());
 * }</pre>
 *
 * @param <T> the Java type users see
 * @param <I> the Java type of the underlying type
 */
public abstract class TypeDecorator<T, I> implements TypeEngine<T> {
    /** The type values are stored as. */
    public abstract TypeEngine<I> impl();

    /** The stored value for {@code value} (never null). */
    protected abstract I processBindParam(T value);

    /** The Java value for the stored {@code value} (never null). */
    protected abstract T processResultValue(I value);

    @Override
    @SuppressWarnings("unchecked")
    public Binder binder(Dialect dialect) {
        Binder inner = dialect.typeDescriptor(impl()).binder(dialect);
        return (ps, i, v) -> inner.bind(ps, i, v == null ? null : processBindParam((T) v));
    }

    @Override
    public Reader<T> reader(Dialect dialect) {
        Reader<I> inner = dialect.typeDescriptor(impl()).reader(dialect);
        return (rs, i) -> {
            I stored = inner.read(rs, i);
            return stored == null ? null : processResultValue(stored);
        };
    }

    @Override
    public boolean isString() {
        return impl().isString();
    }

    @Override
    public boolean isInteger() {
        return false;
    }

    @Override
    public boolean isNumeric() {
        return impl().isNumeric();
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass();
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
