package org.jalchemy.types;

import java.sql.Types;
import org.jalchemy.dialect.Dialect;

/**
 * A {@code VARCHAR} column, with an optional length ({@code null}: none, which MariaDB renders as
 * {@code VARCHAR(255)}, see its type compiler).
 *
 * <p>Mirrors {@code sqlalchemy.types.String}; {@code +} on it concatenates.
 * <pre>{@code
 * Column<String> name = Column.of("name", SqlTypes.string(50));
 * name.add("!"); // name || :name_1
 * }</pre>
 */
public record StringType(Integer length) implements TypeEngine<String> {
    /** {@code String()} without a length. */
    public static final StringType UNBOUNDED = new StringType(null);

    public StringType {
        if (length != null && length <= 0) {
            throw new org.jalchemy.exc.ArgumentError("String length must be positive, got " + length);
        }
    }

    @Override
    public Class<String> javaType() {
        return String.class;
    }

    @Override
    public boolean isString() {
        return true;
    }

    @Override
    public Binder binder(Dialect dialect) {
        return stringBinder();
    }

    @Override
    public Reader<String> reader(Dialect dialect) {
        return dialect.textReader();
    }

    static Binder stringBinder() {
        return Processors.nullSafe(Types.VARCHAR, (ps, i, v) -> {
            if (v instanceof String s) {
                ps.setString(i, s);
            } else if (v instanceof Character || v instanceof Enum<?>) {
                ps.setString(i, v instanceof Enum<?> e ? e.name() : v.toString());
            } else {
                throw Processors.wrongType(v, String.class, "VARCHAR");
            }
        });
    }
}
