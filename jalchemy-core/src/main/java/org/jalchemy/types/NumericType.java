package org.jalchemy.types;

import java.math.BigDecimal;
import java.sql.Types;
import org.jalchemy.dialect.Dialect;

/**
 * An exact decimal column {@code NUMERIC(precision, scale)}; either may be {@code null} (no limit).
 *
 * <p>Mirrors {@code sqlalchemy.types.Numeric}; values are {@code BigDecimal} in Java.
 * <pre>{@code
 * Column<BigDecimal> price = Column.of("price", SqlTypes.numeric(10, 2));
 * price.gt(new BigDecimal("9.99"));
 * }</pre>
 */
public record NumericType(Integer precision, Integer scale) implements TypeEngine<BigDecimal> {
    public NumericType {
        if (precision == null && scale != null) {
            throw new org.jalchemy.exc.ArgumentError("Numeric scale " + scale + " needs a precision");
        }
    }

    @Override
    public Class<BigDecimal> javaType() {
        return BigDecimal.class;
    }

    @Override
    public boolean isNumeric() {
        return true;
    }

    @Override
    public Binder binder(Dialect dialect) {
        return Processors.nullSafe(Types.NUMERIC, (ps, i, v) -> {
            if (v instanceof BigDecimal d) {
                ps.setBigDecimal(i, d);
            } else if (v instanceof Number n) {
                ps.setBigDecimal(i, new BigDecimal(n.toString()));
            } else {
                throw Processors.wrongType(v, BigDecimal.class, "NUMERIC");
            }
        });
    }

    @Override
    public Reader<BigDecimal> reader(Dialect dialect) {
        return (rs, i) -> rs.getBigDecimal(i);
    }
}
