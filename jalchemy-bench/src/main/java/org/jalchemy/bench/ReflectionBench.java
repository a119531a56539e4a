package org.jalchemy.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jalchemy.Jalchemy;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.dialect.Dialects;
import org.jalchemy.engine.Engine;
import org.jalchemy.engine.URL;
import org.jalchemy.inspection.Reflection;
import org.jalchemy.schema.MetaData;
import org.jalchemy.testing.Chinook;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Issue 5's figure: reflecting the Chinook schema (11 tables), counted in catalog queries and timed, beside a
 * walk of the same facts through JDBC's {@link DatabaseMetaData} (tables, columns, primary keys, imported keys,
 * indexes). Statements are counted by wrapping the real driver connection; nothing is simulated.
 * <pre>{@code
 * java -cp jalchemy-bench/target/jalchemy-bench.jar org.jalchemy.bench.ReflectionBench --db postgresql
 * }</pre>
 */
@Command(name = "reflection-bench", mixinStandardHelpOptions = true,
        description = "Catalog queries and time to reflect Chinook, against a JDBC DatabaseMetaData walk.")
public final class ReflectionBench implements Callable<Integer> {
    @Option(names = "--db", required = true, description = "sqlite, postgresql or mariadb")
    private String db;

    @Option(names = "--runs", defaultValue = "7", description = "timed runs after a warm-up run")
    private int runs;

    @Option(names = "--out", defaultValue = "jalchemy-bench/results", description = "directory for reflection-<db>.md")
    private Path out;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ReflectionBench()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Path tmp = Files.createTempDirectory("reflection-bench");
        URL url = prepare(tmp);
        AtomicInteger statements = new AtomicInteger();
        Dialect dialect = Dialects.forUrl(url);
        String jdbcUrl = dialect.jdbcUrl(url);
        Properties props = dialect.connectProperties(url);
        DataSource counting = countingDataSource(jdbcUrl, props, statements);
        Engine engine = Jalchemy.createEngine(counting, url.backendName().equals("postgres") ? "postgresql" : url.backendName());
        try {
            Chinook.load(engine);
            List<Long> jalchemyNanos = new ArrayList<>();
            int jalchemyQueries = 0;
            for (int run = 0; run <= runs; run++) {
                statements.set(0);
                long start = System.nanoTime();
                MetaData metadata = new MetaData();
                Reflection.reflect(metadata, engine, Reflection.ReflectOptions.all());
                long took = System.nanoTime() - start;
                if (metadata.tables().size() != 11) {
                    throw new IllegalStateException("reflected " + metadata.tables().size() + " tables, expected 11");
                }
                jalchemyQueries = statements.get();
                if (run > 0) {
                    jalchemyNanos.add(took);
                }
            }
            List<Long> jdbcNanos = new ArrayList<>();
            int jdbcCalls = 0;
            for (int run = 0; run <= runs; run++) {
                try (java.sql.Connection c = DriverManager.getConnection(jdbcUrl, props)) {
                    long start = System.nanoTime();
                    int[] calls = {0};
                    int facts = walk(c.getMetaData(), calls);
                    long took = System.nanoTime() - start;
                    if (facts == 0) {
                        throw new IllegalStateException("DatabaseMetaData walk found nothing");
                    }
                    jdbcCalls = calls[0];
                    if (run > 0) {
                        jdbcNanos.add(took);
                    }
                }
            }
            String report = "# Reflecting Chinook (11 tables): " + db + "\n\n"
                    + "- run: " + java.time.Instant.now() + ", " + runs + " timed runs after one warm-up; median shown\n"
                    + "- catalog queries: statements jalchemy prepared on the wrapped connection during one full reflection"
                    + " (tables, columns, keys, indexes, unique and check constraints, comments);"
                    + " for JDBC, DatabaseMetaData calls (each runs at least one query inside the driver)\n\n"
                    + "| system | catalog queries | median ms |\n|---|---:|---:|\n"
                    + "| jalchemy `Reflection.reflect` | " + jalchemyQueries + " | " + ms(median(jalchemyNanos)) + " |\n"
                    + "| JDBC DatabaseMetaData walk (tables, columns, PKs, FKs, indexes) | " + jdbcCalls + " calls | "
                    + ms(median(jdbcNanos)) + " |\n";
            Files.createDirectories(out);
            Files.writeString(out.resolve("reflection-" + db + ".md"), report);
            System.out.print(report);
        } finally {
            engine.dispose();
        }
        return 0;
    }

    private URL prepare(Path tmp) throws Exception {
        switch (db) {
            case "sqlite":
                return URL.create("sqlite", tmp.resolve("chinook.db").toString());
            case "postgresql": {
                URL admin = URL.parse(env("JALCHEMY_PG_URL", "postgresql://postgres@127.0.0.1:5432/test"));
                exec(admin, "DROP DATABASE IF EXISTS jalchemy_bench_reflect", "CREATE DATABASE jalchemy_bench_reflect");
                return admin.withDatabase("jalchemy_bench_reflect");
            }
            case "mariadb": {
                URL admin = URL.parse(env("JALCHEMY_MARIADB_URL", "mariadb://root@127.0.0.1:3306/test"));
                exec(admin, "DROP DATABASE IF EXISTS jalchemy_bench_reflect", "CREATE DATABASE jalchemy_bench_reflect");
                return admin.withDatabase("jalchemy_bench_reflect");
            }
            default:
                throw new IllegalArgumentException("--db must be sqlite, postgresql or mariadb");
        }
    }

    private static String env(String key, String fallback) {
        String v = System.getenv(key);
        return v == null || v.isBlank() ? fallback : v;
    }

    private static void exec(URL url, String... sql) throws Exception {
        Dialect d = Dialects.forUrl(url);
        try (java.sql.Connection c = DriverManager.getConnection(d.jdbcUrl(url), d.connectProperties(url));
             var s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
    }

    private static int walk(DatabaseMetaData md, int[] calls) throws Exception {
        String catalog = md.getConnection().getCatalog();
        String schema = md.getConnection().getSchema();
        List<String> tables = new ArrayList<>();
        calls[0]++;
        try (ResultSet rs = md.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        int facts = 0;
        for (String t : tables) {
            for (int kind = 0; kind < 4; kind++) {
                calls[0]++;
                try (ResultSet rs = kind == 0 ? md.getColumns(catalog, schema, t, "%")
                        : kind == 1 ? md.getPrimaryKeys(catalog, schema, t)
                        : kind == 2 ? md.getImportedKeys(catalog, schema, t)
                        : md.getIndexInfo(catalog, schema, t, false, false)) {
                    while (rs.next()) {
                        facts++;
                    }
                }
            }
        }
        return facts;
    }

    private static DataSource countingDataSource(String jdbcUrl, Properties props, AtomicInteger statements) {
        return (DataSource) Proxy.newProxyInstance(ReflectionBench.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getConnection":
                            return counting(DriverManager.getConnection(jdbcUrl, props), statements);
                        case "getLoginTimeout":
                            return 5;
                        case "isWrapperFor":
                            return false;
                        default:
                            return null;
                    }
                });
    }

    private static java.sql.Connection counting(java.sql.Connection real, AtomicInteger statements) {
        return (java.sql.Connection) Proxy.newProxyInstance(ReflectionBench.class.getClassLoader(),
                new Class<?>[] {java.sql.Connection.class}, (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("prepareStatement") || name.equals("createStatement") || name.equals("prepareCall")) {
                        statements.incrementAndGet();
                    }
                    if (name.equals("unwrap") && args[0] == java.sql.Connection.class) {
                        return proxy;
                    }
                    if (name.equals("isWrapperFor") && args[0] == java.sql.Connection.class) {
                        return true;
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static String ms(long nanos) {
        return String.format("%.1f", nanos / 1e6);
    }
}
