package org.jalchemy.types;

import org.jalchemy.dialect.Dialect;

/**
 * A floating point column ({@code FLOAT}).
 *
 * <p>Mirrors {@code sqlalchemy.types.Float}; values are {@code Double} in Java.
 * <pre>{@code
 * Column<Double> ratio = Column.of("ratio", SqlTypes.FLOAT);
 * ratio.mul(2.0);
 * }</pre>
 */
public record FloatType() implements TypeEngine<Double> {
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
        return Processors.doubleBinder("FLOAT", dialect);
    }

    @Override
    public Reader<Double> reader(Dialect dialect) {
        return Processors.DOUBLE_READER;
    }
}
