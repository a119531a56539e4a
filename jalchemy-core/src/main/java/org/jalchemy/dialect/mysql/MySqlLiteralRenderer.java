package org.jalchemy.dialect.mysql;

import org.jalchemy.sql.compiler.LiteralRenderer;

/**
 * Literals for MySQL / MariaDB, whose string literals treat a backslash as an escape (unless the server
 * runs with NO_BACKSLASH_ESCAPES), so backslashes are doubled too; booleans are 1 and 0.
 * <pre>{@code
 * new MySqlLiteralRenderer().render("a\\b", SqlTypes.STRING); // 'a\\\\b'
 * }</pre>
 */
public class MySqlLiteralRenderer extends LiteralRenderer {
    @Override
    protected String renderString(String s) {
        return super.renderString(s.replace("\\", "\\\\"));
    }

    @Override
    protected String renderBoolean(boolean value) {
        return value ? "1" : "0";
    }
}
