package org.jalchemy.sql;

import java.util.List;

/** Splits {@code text()} SQL into literal fragments around {@code :name} binds. */
final class TextParser {
    private TextParser() {
    }

    /**
     * Fills {@code fragments} (always one more than binds) and {@code names}. Fragments are kept raw:
     * dialect escaping happens at compile time.
     */
    static void parse(String sql, List<String> fragments, List<String> names) {
        StringBuilder current = new StringBuilder();
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'') {
                int end = skipQuoted(sql, i, '\'');
                current.append(sql, i, end);
                i = end;
            } else if (c == '\\' && i + 1 < n && sql.charAt(i + 1) == ':') {
                current.append(':');
                i += 2;
            } else if (c == ':' && i + 1 < n && sql.charAt(i + 1) == ':') {
                current.append("::");
                i += 2;
            } else if (c == ':' && i + 1 < n && isWord(sql.charAt(i + 1)) && (i == 0 || !isWord(sql.charAt(i - 1)))) {
                int end = i + 1;
                while (end < n && isWord(sql.charAt(end))) {
                    end++;
                }
                fragments.add(current.toString());
                current.setLength(0);
                names.add(sql.substring(i + 1, end));
                i = end;
            } else {
                current.append(c);
                i++;
            }
        }
        fragments.add(current.toString());
    }

    private static int skipQuoted(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
