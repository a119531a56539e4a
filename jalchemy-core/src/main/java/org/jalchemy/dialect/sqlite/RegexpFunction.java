package org.jalchemy.dialect.sqlite;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.sqlite.Function;

/**
 * SQLite's {@code x REGEXP y} (which calls {@code regexp(y, x)}) with Java regular expressions, registered on each
 * connection; NULL in, NULL out. Compiled patterns are kept per connection, a few dozen at most.
 */
final class RegexpFunction extends Function {
    private final Map<String, Pattern> patterns = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
            return size() > 64;
        }
    };

    @Override
    protected void xFunc() throws SQLException {
        String pattern = value_text(0);
        String text = value_text(1);
        if (pattern == null || text == null) {
            result();
            return;
        }
        result(patterns.computeIfAbsent(pattern, Pattern::compile).matcher(text).find() ? 1 : 0);
    }
}
