package org.jalchemy.dialect.sqlite;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLDataException;
import java.sql.Types;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.types.Binder;
import org.jalchemy.types.NumericType;
import org.jalchemy.types.Reader;
import org.jalchemy.types.TypeEngine;

/**
 * {@code Numeric} on SQLite, which stores decimals as 8-byte floats when it can: values are bound as text,
 * which SQLite keeps as text whenever a float would lose digits, and read back from text with the
 * declared scale.
 * <pre>{@code
 * TypeEngine<BigDecimal> t = new SqliteDialect().typeDescriptor(SqlTypes.numeric(20, 6));
 * t.binder(dialect).bind(ps, 1, new BigDecimal("12345678901234.123456"));
 * }</pre>
 */
final class SqliteNumericType implements TypeEngine<BigDecimal> {
    private final NumericType generic;

    SqliteNumericType(NumericType generic) {
        this.generic = generic;
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
        return (ps, i, v) -> {
            if (v == null) {
                ps.setNull(i, Types.NUMERIC);
            } else if (v instanceof BigDecimal d) {
                ps.setString(i, checked(d).toPlainString());
            } else if (v instanceof Number n) {
                ps.setString(i, checked(new BigDecimal(n.toString())).toPlainString());
            } else {
                throw new ArgumentError("Value " + v + " of class " + v.getClass().getName() + " is not a number");
            }
        };
    }

    /**
     * SQLite turns numeric text into an 8-byte float whenever its first 15 significant digits survive, silently
     * dropping the rest: a decimal it cannot keep exactly is refused instead (an integer that fits 64 bits is
     * stored exactly).
     */
    private static BigDecimal checked(BigDecimal d) throws SQLDataException {
        BigDecimal plain = d.stripTrailingZeros();
        boolean exactInteger = plain.scale() <= 0 && plain.abs().compareTo(LONG_MAX) <= 0;
        if (!exactInteger && plain.precision() > 15) {
            throw new SQLDataException("SQLite stores NUMERIC values as 8-byte floats, which keep 15 significant digits;"
                    + " " + d.toPlainString() + " has " + plain.precision() + " and would be silently rounded."
                    + " Store it in a String column, or round it first", "22003");
        }
        return d;
    }

    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    @Override
    public Reader<BigDecimal> reader(Dialect dialect) {
        Integer scale = generic.scale();
        return (rs, i) -> {
            String s = rs.getString(i);
            if (s == null) {
                return null;
            }
            try {
                BigDecimal value = new BigDecimal(s);
                return scale != null && value.scale() < scale ? value.setScale(scale, RoundingMode.UNNECESSARY) : value;
            } catch (NumberFormatException e) {
                throw new SQLDataException("Cannot read '" + s + "' as a decimal", "22018", e);
            }
        };
    }
}
