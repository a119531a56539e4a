package org.jalchemy.dialect.postgresql;

import java.sql.Types;
import java.util.UUID;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.types.Binder;
import org.jalchemy.types.Reader;
import org.jalchemy.types.TypeEngine;

/**
 * UUID on PostgreSQL: the native {@code uuid} type, bound and read as {@code java.util.UUID}.
 * <pre>{@code
 * TypeEngine<UUID> t = new PostgresqlDialect().typeDescriptor(SqlTypes.UUID);
 * t.reader(dialect).read(rs, 1);
 * }</pre>
 */
final class PostgresqlUuidType implements TypeEngine<UUID> {
    static final PostgresqlUuidType INSTANCE = new PostgresqlUuidType();

    @Override
    public Class<UUID> javaType() {
        return UUID.class;
    }

    @Override
    public Binder binder(Dialect dialect) {
        return (ps, i, v) -> {
            if (v == null) {
                ps.setNull(i, Types.OTHER);
            } else if (v instanceof UUID u) {
                ps.setObject(i, u);
            } else {
                throw new ArgumentError("Value " + v + " of class " + v.getClass().getName() + " is not a UUID");
            }
        };
    }

    @Override
    public Reader<UUID> reader(Dialect dialect) {
        return (rs, i) -> rs.getObject(i, UUID.class);
    }
}
