package org.jalchemy.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.dialect.Dialects;
import org.jalchemy.engine.URL;

/**
 * One database the suites run against: how to reach it, whether it is up, and how to give a test a fresh
 * empty database on it. Server targets use a database of their own ({@code jalchemy_t_<checkout>}), so
 * two checkouts on one machine never clobber each other's tables.
 * <pre>{@code
 * TestTarget pg = TestTarget.postgresql();
 * URL url = pg.freshDatabase();
 * }</pre>
 */
public final class TestTarget {
    private final String name;
    private final URL adminUrl;
    private final String databaseName;
    private volatile Boolean reachable;
    private volatile String unreachableReason;
    private volatile boolean created;

    private TestTarget(String name, URL adminUrl) {
        this.name = name;
        this.adminUrl = adminUrl;
        this.databaseName = "jalchemy_t_" + Integer.toHexString(Path.of("").toAbsolutePath().getParent().toString().hashCode());
    }

    private static final TestTarget SQLITE = new TestTarget("sqlite", URL.parse("sqlite://"));
    private static final TestTarget POSTGRESQL = new TestTarget("postgresql",
            URL.parse(env("JALCHEMY_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")));
    private static final TestTarget MARIADB = new TestTarget("mariadb",
            URL.parse(env("JALCHEMY_MARIADB_URL", "mariadb://root@127.0.0.1:3306/test")));

    private static String env(String key, String fallback) {
        String v = System.getenv(key);
        return v == null || v.isBlank() ? fallback : v;
    }

    public static TestTarget sqlite() {
        return SQLITE;
    }

    public static TestTarget postgresql() {
        return POSTGRESQL;
    }

    public static TestTarget mariadb() {
        return MARIADB;
    }

    public static TestTarget[] all() {
        return new TestTarget[] {SQLITE, POSTGRESQL, MARIADB};
    }

    public String name() {
        return name;
    }

    /** The URL of the server's own database (e.g. {@code test}) used to create and reset ours. */
    public URL adminUrl() {
        return adminUrl;
    }

    public boolean isServer() {
        return !name.equals("sqlite");
    }

    /** True when the server answers (always for SQLite); checked once per JVM. */
    public boolean isReachable() {
        if (reachable == null) {
            synchronized (this) {
                if (reachable == null) {
                    if (!isServer()) {
                        reachable = true;
                    } else {
                        try (Connection c = openAdmin()) {
                            reachable = c.isValid(3);
                        } catch (SQLException e) {
                            unreachableReason = e.getMessage();
                            reachable = false;
                        }
                    }
                }
            }
        }
        return reachable;
    }

    public String unreachableReason() {
        return unreachableReason;
    }

    /** A raw JDBC connection to the server's admin database, bypassing jalchemy (for faults and set-up). */
    public Connection openAdmin() throws SQLException {
        return open(adminUrl);
    }

    /** A raw JDBC connection to the test database, bypassing jalchemy (to check what really was written). */
    public Connection openDirect() throws SQLException {
        return open(adminUrl.withDatabase(databaseName));
    }

    private static Connection open(URL url) throws SQLException {
        Dialect d = Dialects.forUrl(url);
        Properties props = d.connectProperties(url);
        props.setProperty("connectTimeout", url.backendName().equals("postgresql") ? "3" : "3000");
        return DriverManager.getConnection(d.jdbcUrl(url), props);
    }

    /**
     * A URL to an empty database: a new SQLite file in {@code dir}, or the server's test database wiped of
     * every table.
     */
    public URL freshDatabase(Path dir) throws Exception {
        if (!isServer()) {
            Path file = Files.createTempFile(dir, "test", ".db");
            Files.delete(file);
            return URL.create("sqlite", file.toString());
        }
        try (Connection c = openAdmin(); Statement s = c.createStatement()) {
            if (name.equals("postgresql")) {
                if (!created) {
                    var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + databaseName + "'");
                    if (!rs.next()) {
                        s.execute("CREATE DATABASE " + databaseName);
                    }
                    created = true;
                }
            } else {
                s.execute("DROP DATABASE IF EXISTS " + databaseName);
                s.execute("CREATE DATABASE " + databaseName + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
            }
        }
        if (name.equals("postgresql")) {
            try (Connection c = openDirect(); Statement s = c.createStatement()) {
                // every schema a test made, not only public: a fresh database has none of them
                List<String> schemas = new ArrayList<>();
                try (var rs = s.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%'"
                        + " AND nspname <> 'information_schema'")) {
                    while (rs.next()) {
                        schemas.add(rs.getString(1));
                    }
                }
                for (String schema : schemas) {
                    s.execute("DROP SCHEMA \"" + schema.replace("\"", "\"\"") + "\" CASCADE");
                }
                s.execute("CREATE SCHEMA public");
                // as in a new database: every role may use public (PostgreSQL 15 grants USAGE, not CREATE)
                s.execute("GRANT USAGE ON SCHEMA public TO PUBLIC");
            }
        }
        return adminUrl.withDatabase(databaseName);
    }

    @Override
    public String toString() {
        return name;
    }
}
