package org.jalchemy.types;

import org.jalchemy.dialect.Dialect;

import java.sql.Types;

/** Small helpers shared by the types' binders and readers. */
final class Processors {
    private Processors() {
    }

    /** A binder that sets SQL NULL of {@code sqlType} for {@code null} and delegates otherwise. */
    static Binder nullSafe(int sqlType, Binder nonNull) {
        return (ps, i, v) -> {
            if (v == null) {
                ps.setNull(i, sqlType);
            } else {
                nonNull.bind(ps, i, v);
            }
        };
    }

    static Binder nullSafe(Binder nonNull) {
        return nullSafe(Types.NULL, nonNull);
    }

    /**
     * The binder of FLOAT and DOUBLE columns: any {@link Number}, sent as a double. A NaN or infinity the
     * dialect cannot store is a {@code DataError} (SQLSTATE 22003) before anything is sent: SQLite keeps NaN as
     * NULL, and MariaDB's client-side prepare turns it into the word NaN in the SQL.
     */
    static Binder doubleBinder(String typeName, Dialect dialect) {
        return nullSafe(java.sql.Types.DOUBLE, (ps, i, v) -> {
            if (!(v instanceof Number n)) {
                throw wrongType(v, Number.class, typeName);
            }
            double d = n.doubleValue();
            if (!Double.isFinite(d) && !dialect.storesNonFinite(d)) {
                throw new java.sql.SQLDataException(dialect.name() + " cannot store " + d + " in a " + typeName
                        + " column (it would not read back as stored)", "22003");
            }
            ps.setDouble(i, d);
        });
    }

    /** The reader of FLOAT and DOUBLE columns. */
    static final Reader<Double> DOUBLE_READER = (rs, i) -> {
        double value = rs.getDouble(i);
        // only a zero can be a NULL (JDBC reads NULL as 0): skip the extra driver call otherwise
        return value == 0 && rs.wasNull() ? null : value;
    };

    static org.jalchemy.exc.ArgumentError wrongType(Object value, Class<?> expected, String typeName) {
        return new org.jalchemy.exc.ArgumentError("Value " + value + " of class " + value.getClass().getName()
                + " is not valid for type " + typeName + " (expects " + expected.getName() + ")");
    }
}
