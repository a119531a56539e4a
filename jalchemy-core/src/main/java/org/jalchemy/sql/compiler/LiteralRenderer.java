package org.jalchemy.sql.compiler;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;
import org.jalchemy.exc.CompileError;
import org.jalchemy.types.JsonType;
import org.jalchemy.types.TypeEngine;
import org.jalchemy.types.UuidType;

/**
 * Renders values as SQL literals for the literal-binds mode (logs, DDL, statements shown to people). Never
 * used to execute user values: those always travel as parameters.
 *
 * <p>Mirrors the {@code literal_processor} of SQLAlchemy's types. Strings double their quotes; MariaDB's
 * subclass also doubles backslashes. A value it cannot render safely (a NUL in a string, an unknown
 * class) is a {@code CompileError}.
 * <pre>{@code
 * new LiteralRenderer().render("O'Brien", SqlTypes.STRING); // 'O''Brien'
 * new LiteralRenderer().render(LocalDate.of(2020, 1, 2), SqlTypes.DATE); // '2020-01-02'
 * }</pre>
 */
public class LiteralRenderer {
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    /** {@code value} as a literal of {@code type} ({@code null} renders {@code NULL}). */
    public String render(Object value, TypeEngine<?> type) {
        if (value == null) {
            return "NULL";
        } else if (value instanceof Boolean b) {
            return renderBoolean(b);
        } else if (value instanceof BigDecimal d) {
            return d.toPlainString();
        } else if (value instanceof Number n) {
            return renderNumber(n);
        } else if (value instanceof String s) {
            return renderString(s);
        } else if (value instanceof Enum<?> e) {
            return renderString(e.name());
        } else if (value instanceof LocalDateTime t) {
            return renderString(t.format(DATETIME));
        } else if (value instanceof OffsetDateTime t) {
            return renderString(t.format(DATETIME) + t.getOffset().getId().replace("Z", "+00:00"));
        } else if (value instanceof LocalDate || value instanceof LocalTime) {
            return renderString(value.toString());
        } else if (value instanceof UUID u) {
            return renderString(type instanceof UuidType ? u.toString().replace("-", "") : u.toString());
        } else if (value instanceof byte[] bytes) {
            return renderBytes(bytes);
        } else if (type instanceof JsonType) {
            return renderString(JsonType.serialize(value));
        }
        throw new CompileError("Don't know how to render a literal of class " + value.getClass().getName());
    }

    protected String renderBoolean(boolean value) {
        return value ? "true" : "false";
    }

    protected String renderNumber(Number n) {
        if (n instanceof Double d && (d.isNaN() || d.isInfinite()) || n instanceof Float f && (f.isNaN() || f.isInfinite())) {
            throw new CompileError("Cannot render " + n + " as a SQL literal");
        }
        return n.toString();
    }

    protected String renderString(String s) {
        if (s.indexOf('\0') >= 0) {
            throw new CompileError("A string literal cannot contain NUL; bind it as a parameter instead");
        }
        return "'" + s.replace("'", "''") + "'";
    }

    /** {@code X'0aff'}; PostgreSQL's subclass renders {@code '\x0aff'}. */
    protected String renderBytes(byte[] bytes) {
        return "X'" + HexFormat.of().formatHex(bytes) + "'";
    }
}
