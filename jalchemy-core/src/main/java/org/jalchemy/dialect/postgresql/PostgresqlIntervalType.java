package org.jalchemy.dialect.postgresql;

import java.sql.SQLDataException;
import java.sql.Types;
import java.time.Duration;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.types.Binder;
import org.jalchemy.types.Reader;
import org.jalchemy.types.TypeEngine;
import org.postgresql.util.PGInterval;

/**
 * {@code Interval} on PostgreSQL: the native {@code INTERVAL}, bound and read through pgjdbc's
 * {@code PGInterval}. An interval with months or years has no exact {@code Duration}: reading one is a
 * {@code DataError}.
 * <pre>{@code
 * TypeEngine<Duration> t = new PostgresqlDialect().typeDescriptor(SqlTypes.INTERVAL);
 * t.binder(dialect).bind(ps, 1, Duration.ofHours(26));
 * }</pre>
 */
final class PostgresqlIntervalType implements TypeEngine<Duration> {
    static final PostgresqlIntervalType INSTANCE = new PostgresqlIntervalType();

    @Override
    public Class<Duration> javaType() {
        return Duration.class;
    }

    @Override
    public Binder binder(Dialect dialect) {
        return (ps, i, v) -> {
            if (v == null) {
                ps.setNull(i, Types.OTHER);
            } else if (v instanceof Duration d) {
                long seconds = d.getSeconds();
                double fraction = d.getNano() / 1_000_000_000.0;
                ps.setObject(i, new PGInterval(0, 0, (int) (seconds / 86_400), (int) (seconds % 86_400 / 3600),
                        (int) (seconds % 3600 / 60), seconds % 60 + fraction));
            } else {
                throw new ArgumentError("Value " + v + " of class " + v.getClass().getName() + " is not a Duration");
            }
        };
    }

    @Override
    public Reader<Duration> reader(Dialect dialect) {
        return (rs, i) -> {
            Object value = rs.getObject(i);
            if (value == null) {
                return null;
            }
            PGInterval interval = value instanceof PGInterval p ? p : new PGInterval(value.toString());
            if (interval.getYears() != 0 || interval.getMonths() != 0) {
                throw new SQLDataException("Interval '" + interval.getValue() + "' has months or years: no exact Duration",
                        "22015");
            }
            long micros = Math.round(interval.getSeconds() * 1_000_000);
            return Duration.ofDays(interval.getDays()).plusHours(interval.getHours())
                    .plusMinutes(interval.getMinutes()).plusNanos(micros * 1000);
        };
    }
}
