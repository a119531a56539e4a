package org.jalchemy.types;

import org.jalchemy.dialect.Dialect;

/**
 * A double precision floating point column.
 *
 * <p>Mirrors {@code sqlalchemy.types.Double}; values are {@code Double} in Java.
 * <pre>{@code
 * Column<Double> ratio = Column.of("ratio", SqlTypes.DOUBLE);
 * ratio.mul(2.0);
 * }</pre>
 */
public record DoubleType() implements TypeEngine<Double> {
    @Override
    public Class<Double> javaType() {
        return Double.class;
    }

    @Override
    public boolean isNumeric() {
        return true;
    }

    @Override
    public Binder binder(Dialect dialect) {
        return Processors.doubleBinder("DOUBLE", dialect);
    }

    @Override
    public Reader<Double> reader(Dialect dialect) {
        return Processors.DOUBLE_READER;
    }
}
