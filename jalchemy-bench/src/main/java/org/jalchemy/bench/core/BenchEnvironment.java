package org.jalchemy.bench.core;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Random;

/**
 * What the systems share for one run of the suite: the database, its JDBC URL and the one pool they all borrow
 * from. The pool hands out connections with autocommit off, so every system works in explicit transactions (and
 * PostgreSQL and MariaDB can stream). Closed at the end of the run.
 */
public final class BenchEnvironment implements AutoCloseable {
    private static final Map<Integer, List<Integer>> LOOKUPS = new ConcurrentHashMap<>();

    private final Database database;
    private final Path workDir;
    private final HikariDataSource pool;
    private final CountingDataSource dataSource;

    public BenchEnvironment(Database database, Path workDir) {
        this.database = database;
        this.workDir = workDir;
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl(workDir));
        config.setUsername(database.user());
        config.setPassword(database.password());
        config.setAutoCommit(false);
        config.setMaximumPoolSize(4);
        config.setPoolName("bench");
        this.pool = new HikariDataSource(config);
        this.dataSource = new CountingDataSource(pool);
    }

    public Database database() {
        return database;
    }

    /** Where SQLite's file lives. */
    public Path workDir() {
        return workDir;
    }

    /** The JDBC URL with the shared driver settings. */
    public String jdbcUrl() {
        return database.jdbcUrl(workDir);
    }

    /** The shared pool (autocommit off), countable. */
    public CountingDataSource dataSource() {
        return dataSource;
    }

    /**
     * The ids short_selects looks up: {@code n} distinct ids out of its seeded rows in a fixed pseudo-random
     * order, the same for every system, so no lookup hits an identity map twice. Cached, so that only the cold
     * run pays for the shuffle.
     */
    public static List<Integer> lookupIds(int n) {
        return LOOKUPS.computeIfAbsent(n, BenchEnvironment::shuffledIds);
    }

    private static List<Integer> shuffledIds(int n) {
        int seedRows = Workload.SHORT_SELECTS.seedRows(n);
        List<Integer> ids = new ArrayList<>(seedRows);
        for (int id = 1; id <= seedRows; id++) {
            ids.add(id);
        }
        Collections.shuffle(ids, new Random(42));
        return List.copyOf(ids.subList(0, n));
    }

    /** The driver and server versions, as the driver reports them. */
    public String describeDriver() {
        try (Connection c = pool.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            return meta.getDriverName() + " " + meta.getDriverVersion() + ", " + meta.getDatabaseProductName()
                    + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            return "driver version unknown (" + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
