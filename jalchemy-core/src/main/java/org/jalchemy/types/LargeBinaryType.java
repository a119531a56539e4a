package org.jalchemy.types;

import java.sql.Types;
import org.jalchemy.dialect.Dialect;

/**
 * A binary column ({@code BLOB}, PostgreSQL {@code BYTEA}).
 *
 * <p>Mirrors {@code sqlalchemy.types.LargeBinary}; values are {@code byte[]} in Java.
 * <pre>{@code
 * Column<byte[]> data = Column.of("data", SqlTypes.LARGE_BINARY);
 * data.isNotNull();
 * }</pre>
 */
public record LargeBinaryType() implements TypeEngine<byte[]> {
    @Override
    public Class<byte[]> javaType() {
        return byte[].class;
    }

    @Override
    public Binder binder(Dialect dialect) {
        return Processors.nullSafe(Types.VARBINARY, (ps, i, v) -> {
            if (!(v instanceof byte[] b)) {
                throw Processors.wrongType(v, byte[].class, "BLOB");
            }
            ps.setBytes(i, b);
        });
    }

    @Override
    public Reader<byte[]> reader(Dialect dialect) {
        return (rs, i) -> rs.getBytes(i);
    }
}
