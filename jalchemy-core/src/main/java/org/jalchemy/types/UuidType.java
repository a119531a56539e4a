package org.jalchemy.types;

import java.sql.SQLDataException;
import java.sql.Types;
import java.util.UUID;
import org.jalchemy.dialect.Dialect;

/**
 * A UUID column: native {@code UUID} on PostgreSQL, {@code CHAR(32)} of hex digits elsewhere (as
 * SQLAlchemy's non-native {@code Uuid}).
 *
 * <p>Mirrors {@code sqlalchemy.types.Uuid}; values are {@code java.util.UUID}.
 * <pre>{@code
 * Column<UUID> id = Column.of("id", SqlTypes.UUID).primaryKey().defaultSupplier(UUID::randomUUID);
 * id.eq(UUID.randomUUID());
 * }</pre>
 */
public record UuidType() implements TypeEngine<UUID> {
    @Override
    public Class<UUID> javaType() {
        return UUID.class;
    }

    @Override
    public Binder binder(Dialect dialect) {
        return Processors.nullSafe(Types.CHAR, (ps, i, v) -> {
            if (!(v instanceof UUID u)) {
                throw Processors.wrongType(v, UUID.class, "UUID");
            }
            ps.setString(i, u.toString().replace("-", ""));
        });
    }

    @Override
    public Reader<UUID> reader(Dialect dialect) {
        return (rs, i) -> fromHex(rs.getString(i));
    }

    /** Parses 32 hex digits, or the dashed form. */
    public static UUID fromHex(String s) throws SQLDataException {
        if (s == null) {
            return null;
        }
        if (s.length() == 36) {
            return UUID.fromString(s);
        }
        if (s.length() != 32) {
            throw new SQLDataException("Not a UUID: '" + s + "'", "22000");
        }
        return new UUID(Long.parseUnsignedLong(s.substring(0, 16), 16), Long.parseUnsignedLong(s.substring(16), 16));
    }
}
