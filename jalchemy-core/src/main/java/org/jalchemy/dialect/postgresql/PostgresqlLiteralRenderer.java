package org.jalchemy.dialect.postgresql;

import java.util.HexFormat;
import org.jalchemy.sql.compiler.LiteralRenderer;

/**
 * Literals for PostgreSQL: binary data as {@code '\x...'::bytea}.
 * <pre>{@code
 * new PostgresqlLiteralRenderer().render(new byte[] {1}, SqlTypes.LARGE_BINARY); // '\x01'::bytea
 * }</pre>
 */
public class PostgresqlLiteralRenderer extends LiteralRenderer {
    @Override
    protected String renderBytes(byte[] bytes) {
        return "'\\x" + HexFormat.of().formatHex(bytes) + "'::bytea";
    }
}
