package org.jalchemy.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;

/**
 * Loads the Chinook sample database (MIT, {@code shared/datasets/chinook}) into an engine's database with the
 * script written for its dialect, minus the script's own {@code CREATE DATABASE} / {@code \c} / {@code USE}
 * lines, so it lands in the test database. SQLite and MySQL scripts name tables in PascalCase
 * ({@code InvoiceLine}), the PostgreSQL script in snake_case ({@code invoice_line}): compare names through
 * {@link #normalize(String)}.
 * <pre>{@code
 * Chinook.load(engine);
 * Chinook.normalize("InvoiceLine").equals(Chinook.normalize("invoice_line")); // true
 * }</pre>
 */
public final class Chinook {
    /** The eleven tables, normalized. */
    public static final List<String> TABLES = List.of("album", "artist", "customer", "employee", "genre", "invoice",
            "invoiceline", "mediatype", "playlist", "playlisttrack", "track");

    private Chinook() {
    }

    /** Lower case without underscores: the name both naming styles of the scripts share. */
    public static String normalize(String name) {
        return name.replace("_", "").toLowerCase();
    }

    /** The folder holding the scripts: {@code JALCHEMY_CHINOOK_DIR}, or {@code shared/datasets/chinook} found upwards. */
    public static Path directory() {
        String env = System.getenv("JALCHEMY_CHINOOK_DIR");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared/datasets/chinook");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("Chinook scripts not found: set JALCHEMY_CHINOOK_DIR or keep shared/ beside the checkout");
    }

    /** Creates and fills the eleven tables. */
    public static void load(Engine engine) throws IOException {
        String dialect = engine.dialect().name();
        String file = dialect.equals("sqlite") ? "Chinook_Sqlite.sql"
                : dialect.equals("postgresql") ? "Chinook_PostgreSql.sql" : "Chinook_MySql.sql";
        String script = Files.readString(directory().resolve(file), StandardCharsets.UTF_8);
        List<String> statements = split(script);
        try (Connection conn = engine.connect()) {
            for (String sql : statements) {
                String head = sql.stripLeading().toUpperCase();
                if (head.startsWith("DROP DATABASE") || head.startsWith("CREATE DATABASE") || head.startsWith("USE ")
                        || head.startsWith("\\C")) {
                    continue;
                }
                conn.execDriverSql(sql);
            }
            conn.commit();
        }
    }

    /** Splits a script on semicolons outside quotes and comments. */
    static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int n = script.length();
        for (int i = 0; i < n; i++) {
            char c = script.charAt(i);
            if (c == '\uFEFF' || c == '\r') {
                continue;
            }
            if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int end = script.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 1;
                continue;
            }
            if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                int end = script.indexOf('\n', i);
                i = end < 0 ? n : end;
                continue;
            }
            if (c == '\\' && (i == 0 || script.charAt(i - 1) == '\n')) {
                int end = script.indexOf('\n', i);
                i = end < 0 ? n : end;
                continue;
            }
            if (c == '\'') {
                int j = i + 1;
                while (j < n && !(script.charAt(j) == '\'' && (j + 1 >= n || script.charAt(j + 1) != '\''))) {
                    j += script.charAt(j) == '\'' ? 2 : 1;
                }
                current.append(script, i, Math.min(j + 1, n));
                i = j;
                continue;
            }
            if (c == ';') {
                if (!current.toString().isBlank()) {
                    out.add(current.toString().strip());
                }
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
