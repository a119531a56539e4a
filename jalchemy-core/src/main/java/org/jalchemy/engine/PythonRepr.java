package org.jalchemy.engine;

import java.math.BigDecimal;

/**
 * Renders values as Python's {@code repr} does for the types a row commonly holds, so a printed
 * {@link Row} reads as SQLAlchemy prints it: {@code (1, 'raw1')}, {@code None}, {@code True}.
 * Other values print with their own {@code toString()}.
 */
final class PythonRepr {
    private PythonRepr() {
    }

    static String repr(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof CharSequence s) {
            return string(s.toString());
        }
        if (value instanceof BigDecimal d) {
            return "Decimal('" + d.toPlainString() + "')";
        }
        if (value instanceof byte[] bytes) {
            return "b" + string(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        return value.toString();
    }

    static String string(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == quote || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\x%02x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append(quote).toString();
    }
}
