package org.jalchemy.engine;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jalchemy.exc.ArgumentError;

/**
 * An immutable database URL: {@code dialect[+driver]://user:password@host:port/database?key=value}.
 *
 * <p>Mirrors {@code sqlalchemy.engine.URL}. {@link #toString()} masks the password as {@code ***};
 * {@link #renderAsString(boolean) renderAsString(false)} shows it, percent-escaped so it parses back.
 * {@code sqlite://} is an in-memory database, {@code sqlite:///rel.db} and {@code sqlite:////abs/path.db}
 * are files. A raw JDBC URL ({@code jdbc:postgresql://...}) is accepted too and passed through unchanged.
 * <pre>{@code
 * URL url = URL.parse("postgresql://scott:tiger@localhost:5432/test");
 * url.toString();  // postgresql://scott:***@localhost:5432/test
 * }</pre>
 */
public final class URL {
    private static final Pattern PATTERN = Pattern.compile(
            "(?<name>[\\w+]+)://"
                    + "(?:(?<username>[^:/]*)(?::(?<password>[^@]*))?@)?"
                    + "(?:(?:\\[(?<ipv6host>[^/?]+)]|(?<ipv4host>[^/:?]+))?(?::(?<port>[^/?]*))?)?"
                    + "(?:/(?<database>[^?]*))?"
                    + "(?:\\?(?<query>.*))?",
            Pattern.DOTALL);

    private final String drivername;
    private final String username;
    private final String password;
    private final String host;
    private final Integer port;
    private final String database;
    private final Map<String, String> query;
    private final String jdbcUrl;

    private URL(String drivername, String username, String password, String host, Integer port,
                String database, Map<String, String> query, String jdbcUrl) {
        if (drivername == null || drivername.isBlank()) {
            throw new ArgumentError("URL drivername is required, e.g. 'postgresql' or 'sqlite'");
        }
        if (port != null && (port < 0 || port > 65535)) {
            throw new ArgumentError("URL port must be between 0 and 65535, got " + port);
        }
        this.drivername = drivername;
        this.username = username;
        this.password = password;
        this.host = host;
        this.port = port;
        this.database = database;
        this.query = Collections.unmodifiableMap(new LinkedHashMap<>(query == null ? Map.of() : query));
        this.jdbcUrl = jdbcUrl;
    }

    /** Builds a URL from its parts, as SQLAlchemy's {@code URL.create(...)}; any part but the drivername may be null. */
    public static URL create(String drivername, String username, String password, String host, Integer port,
                             String database, Map<String, String> query) {
        return new URL(drivername, username, password, host, port, database, query, null);
    }

    /** Builds a URL from its drivername and database only, e.g. {@code URL.create("sqlite", "app.db")}. */
    public static URL create(String drivername, String database) {
        return create(drivername, null, null, null, null, database, null);
    }

    /**
     * Parses a URL string. A string starting with {@code jdbc:} is kept as the JDBC URL to use, and the
     * dialect is taken from its sub-protocol.
     *
     * @throws ArgumentError naming the part that could not be parsed
     */
    public static URL parse(String text) {
        if (text == null || text.isBlank()) {
            throw new ArgumentError("Could not parse URL from an empty string");
        }
        String trimmed = text.strip();
        if (trimmed.startsWith("jdbc:")) {
            int colon = trimmed.indexOf(':', 5);
            if (colon < 0) {
                throw new ArgumentError("Could not parse a dialect from JDBC URL '" + trimmed + "'");
            }
            return new URL(trimmed.substring(5, colon), null, null, null, null, null, null, trimmed);
        }
        Matcher m = PATTERN.matcher(trimmed);
        if (!m.matches()) {
            throw new ArgumentError("Could not parse URL from string '" + maskPassword(trimmed)
                    + "': expected dialect[+driver]://user:password@host:port/database");
        }
        Integer port = null;
        String portText = m.group("port");
        if (portText != null && !portText.isEmpty()) {
            try {
                port = Integer.valueOf(portText);
            } catch (NumberFormatException e) {
                throw new ArgumentError("Invalid port '" + portText + "' in URL '" + maskPassword(trimmed)
                        + "': the port must be a number");
            }
        }
        String host = m.group("ipv6host") != null ? m.group("ipv6host") : m.group("ipv4host");
        String database = m.group("database");
        if (database != null && database.isEmpty()) {
            database = null;
        }
        return new URL(m.group("name"), unquote(m.group("username")), unquote(m.group("password")),
                host, port, database, parseQuery(m.group("query")), null);
    }

    private static Map<String, String> parseQuery(String query) {
        Map<String, String> out = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return out;
        }
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            out.put(unquote(key), unquote(value));
        }
        return out;
    }

    private static String unquote(String s) {
        if (s == null) {
            return null;
        }
        // '+' is a literal plus in URL user info, unlike form encoding
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~!$&'()*+,;=".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    private static String maskPassword(String raw) {
        return raw.replaceAll("(://[^:/@]*:)[^@]*@", "$1***@");
    }

    /** The full name before {@code ://}, e.g. {@code postgresql+pgjdbc}. */
    public String drivername() {
        return drivername;
    }

    /** The dialect part of the drivername, e.g. {@code postgresql}. */
    public String backendName() {
        int plus = drivername.indexOf('+');
        return plus < 0 ? drivername : drivername.substring(0, plus);
    }

    /** The driver part after {@code +}, or {@code null}. */
    public String driverName() {
        int plus = drivername.indexOf('+');
        return plus < 0 ? null : drivername.substring(plus + 1);
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public String host() {
        return host;
    }

    public Integer port() {
        return port;
    }

    public String database() {
        return database;
    }

    /** The query options, in the order given; unmodifiable. */
    public Map<String, String> query() {
        return query;
    }

    /** The JDBC URL this URL was parsed from, or {@code null} when it was a SQLAlchemy-style URL. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    public URL withDrivername(String value) {
        return new URL(value, username, password, host, port, database, query, jdbcUrl);
    }

    public URL withUsername(String value) {
        return new URL(drivername, value, password, host, port, database, query, jdbcUrl);
    }

    public URL withPassword(String value) {
        return new URL(drivername, username, value, host, port, database, query, jdbcUrl);
    }

    public URL withHost(String value) {
        return new URL(drivername, username, password, value, port, database, query, jdbcUrl);
    }

    public URL withPort(Integer value) {
        return new URL(drivername, username, password, host, value, database, query, jdbcUrl);
    }

    public URL withDatabase(String value) {
        return new URL(drivername, username, password, host, port, value, query, jdbcUrl);
    }

    public URL withQuery(Map<String, String> value) {
        return new URL(drivername, username, password, host, port, database, value, jdbcUrl);
    }

    /** A copy with one query option added or replaced. */
    public URL withQueryParameter(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(query);
        copy.put(key, value);
        return withQuery(copy);
    }

    /** Renders the URL; with {@code hidePassword} the password shows as {@code ***}. */
    public String renderAsString(boolean hidePassword) {
        if (jdbcUrl != null) {
            return hidePassword ? maskJdbcPassword(jdbcUrl) : jdbcUrl;
        }
        StringBuilder out = new StringBuilder(drivername).append("://");
        if (username != null) {
            out.append(quote(username));
            if (password != null) {
                out.append(':').append(hidePassword ? "***" : quote(password));
            }
            out.append('@');
        }
        if (host != null) {
            out.append(host.indexOf(':') >= 0 ? "[" + host + "]" : host);
        }
        if (port != null) {
            out.append(':').append(port);
        }
        if (database != null) {
            out.append('/').append(database);
        }
        if (!query.isEmpty()) {
            char sep = '?';
            for (Map.Entry<String, String> e : query.entrySet()) {
                out.append(sep).append(quote(e.getKey())).append('=').append(quote(e.getValue()));
                sep = '&';
            }
        }
        return out.toString();
    }

    private static String maskJdbcPassword(String jdbc) {
        return jdbc.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    @Override
    public String toString() {
        return renderAsString(true);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof URL u && drivername.equals(u.drivername) && Objects.equals(username, u.username)
                && Objects.equals(password, u.password) && Objects.equals(host, u.host) && Objects.equals(port, u.port)
                && Objects.equals(database, u.database) && query.equals(u.query) && Objects.equals(jdbcUrl, u.jdbcUrl);
    }

    @Override
    public int hashCode() {
        return Objects.hash(drivername, username, password, host, port, database, query, jdbcUrl);
    }
}
