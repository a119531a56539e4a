package org.jalchemy.bench.core;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Puts the {@code customer} table in the state a run starts from (dropped, created and seeded with raw JDBC,
 * untimed) and checks the table after a run. Read-only workloads keep their seeded table across runs.
 */
public final class TableFixture {
    private final BenchEnvironment env;
    private String seededFor;

    public TableFixture(BenchEnvironment env) {
        this.env = env;
    }

    /** Prepares the table for one run of {@code variant} at size {@code n}. */
    public void prepare(Variant variant, int n) throws SQLException {
        Workload workload = variant.workload();
        int seedRows = workload.seedRows(n);
        String key = workload + ":" + seedRows;
        if (workload.readOnly() && key.equals(seededFor)) {
            return;
        }
        seededFor = null;
        try (Connection c = env.dataSource().target().getConnection()) {
            try (Statement s = c.createStatement()) {
                for (String ddl : env.database().dropDdl()) {
                    s.execute(ddl);
                }
                for (String ddl : env.database().createDdl()) {
                    s.execute(ddl);
                }
            }
            c.commit();
            seed(c, seedRows);
        }
        if (workload.readOnly()) {
            seededFor = key;
        }
    }

    private static void seed(Connection c, int rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO customer (id, name, description) VALUES (?, ?, ?)")) {
            for (int id = 1; id <= rows; id++) {
                ps.setInt(1, id);
                ps.setString(2, Customers.name(id));
                ps.setString(3, Customers.description(id));
                ps.addBatch();
                if (id % 5000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        c.commit();
    }

    /**
     * Checks one run's outcome and the table it left; throws {@link IllegalStateException} naming what is wrong.
     */
    public void verify(Variant variant, int n, Outcome outcome) throws SQLException {
        switch (variant.check()) {
            case IDS_RETURNED -> {
                expect("rows reported", n, outcome.rows());
                long[] table = tableSums(false);
                expectInserted(n, table);
                expect("sum of ids fetched back", table[3], outcome.checksum());
            }
            case INSERTED_WITH_IDS -> {
                long[] table = tableSums(false);
                expectInserted(n, table);
                expect("sum of ids", (long) n * (n + 1) / 2, table[3]);
            }
            case INSERTED -> expectInserted(n, tableSums(false));
            case READ_ALL -> {
                expect("rows read", n, outcome.rows());
                expect("checksum of rows read", Customers.seededChecksum(n), outcome.checksum());
            }
            case LOOKUPS -> {
                expect("rows looked up", n, outcome.rows());
                long sum = 0;
                for (int id : BenchEnvironment.lookupIds(n)) {
                    sum += Customers.checksum(id, Customers.name(id), Customers.description(id));
                }
                expect("checksum of rows looked up", sum, outcome.checksum());
            }
            case UPDATED -> {
                expect("rows updated", n, outcome.rows());
                long[] table = tableSums(true);
                expect("row count", n, table[0]);
                expect("updated descriptions", n, table[2]);
            }
        }
    }

    private static void expectInserted(int n, long[] table) {
        long nameLength = 0;
        long descriptionLength = 0;
        // ids may not start at 1 (generated), so compare lengths, which do not depend on the id's digits only
        for (int i = 1; i <= n; i++) {
            nameLength += Customers.name(i).length();
            descriptionLength += Customers.description(i).length();
        }
        expect("row count", n, table[0]);
        expect("total length of names and descriptions", nameLength + descriptionLength, table[1] + table[2]);
    }

    /** count, sum(length(name)), sum(length(description)) or count of updated descriptions, sum(id). */
    private long[] tableSums(boolean countUpdated) throws SQLException {
        String third = countUpdated
                ? "SUM(CASE WHEN description LIKE 'updated description %' THEN 1 ELSE 0 END)"
                : "SUM(LENGTH(description))";
        String sql = "SELECT COUNT(*), COALESCE(SUM(LENGTH(name)), 0), COALESCE(" + third + ", 0),"
                + " COALESCE(SUM(id), 0) FROM customer";
        try (Connection c = env.dataSource().target().getConnection();
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            long[] sums = {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)};
            c.rollback();
            return sums;
        }
    }

    private static void expect(String what, long expected, long actual) {
        if (expected != actual) {
            throw new IllegalStateException(what + ": expected " + expected + ", got " + actual);
        }
    }
}
