package org.jalchemy.bench.systems;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jalchemy.bench.core.BenchEnvironment;
import org.jalchemy.bench.core.BenchSystem;
import org.jalchemy.bench.core.Customer;
import org.jalchemy.bench.core.Customers;
import org.jalchemy.bench.core.Outcome;
import org.jalchemy.bench.core.Sql;
import org.jalchemy.bench.core.Task;
import org.jalchemy.bench.core.Variant;

/**
 * The floor: hand-written JDBC on the shared pool, the fastest plain form of each variant's work (see
 * {@link Variant#rawForm()}). Every ratio in the results is to this column.
 */
public final class RawJdbcSystem implements BenchSystem {
    private final DataSource dataSource;

    public RawJdbcSystem(BenchEnvironment env) {
        this.dataSource = env.dataSource();
    }

    @Override
    public String name() {
        return "raw JDBC";
    }

    @Override
    public Task task(Variant variant) {
        return switch (variant) {
            case INSERT_IDS_FETCHED -> this::insertReturningIds;
            case INSERT_PK_GIVEN -> this::insertBatchWithIds;
            case INSERT_MAPPINGS, INSERT_EXECUTEMANY -> this::insertBatch;
            case SINGLE_INSERT_ORM, SINGLE_INSERT_CORE -> this::insertEachCommitted;
            case READ_ORM_LIST -> n -> readObjects(true);
            case READ_ORM_CHUNKS -> n -> readObjects(false);
            case READ_ORM_TUPLES, READ_CORE_ALL, READ_CORE_STREAM -> n -> readValues();
            case SELECT_ORM_QUERY, SELECT_ORM_GET, SELECT_CORE_NEW, SELECT_CORE_REUSED -> this::lookups;
            case UPDATE_ORM_FLUSH, UPDATE_CORE_EXECUTEMANY -> n -> loadAndUpdate();
        };
    }

    private Outcome insertReturningIds(int n) throws SQLException {
        long idSum = 0;
        long rows = 0;
        try (Connection c = dataSource.getConnection()) {
            PreparedStatement full = c.prepareStatement(Sql.multiRowInsertReturning(Sql.RETURNING_PAGE));
            for (int first = 1; first <= n; first += Sql.RETURNING_PAGE) {
                int count = Math.min(Sql.RETURNING_PAGE, n - first + 1);
                PreparedStatement ps = count == Sql.RETURNING_PAGE ? full
                        : c.prepareStatement(Sql.multiRowInsertReturning(count));
                int index = 1;
                for (int id = first; id < first + count; id++) {
                    ps.setString(index++, Customers.name(id));
                    ps.setString(index++, Customers.description(id));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        idSum += rs.getLong(1);
                        rows++;
                    }
                }
                if (ps != full) {
                    ps.close();
                }
            }
            full.close();
            c.commit();
        }
        return Outcome.of(rows, idSum);
    }

    private Outcome insertBatchWithIds(int n) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(Sql.INSERT_WITH_ID)) {
            for (int id = 1; id <= n; id++) {
                ps.setInt(1, id);
                ps.setString(2, Customers.name(id));
                ps.setString(3, Customers.description(id));
                ps.addBatch();
                if (id % Sql.BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
            c.commit();
        }
        return Outcome.of(n);
    }

    private Outcome insertBatch(int n) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(Sql.INSERT)) {
            for (int id = 1; id <= n; id++) {
                ps.setString(1, Customers.name(id));
                ps.setString(2, Customers.description(id));
                ps.addBatch();
                if (id % Sql.BATCH == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
            c.commit();
        }
        return Outcome.of(n);
    }

    private Outcome insertEachCommitted(int n) throws SQLException {
        for (int id = 1; id <= n; id++) {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement(Sql.INSERT)) {
                ps.setString(1, Customers.name(id));
                ps.setString(2, Customers.description(id));
                ps.executeUpdate();
                c.commit();
            }
        }
        return Outcome.of(n);
    }

    private Outcome readObjects(boolean keep) throws SQLException {
        List<Customer> list = keep ? new ArrayList<>() : null;
        long rows = 0;
        long checksum = 0;
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(Sql.SELECT_ALL);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Customer customer = new Customer(rs.getInt(1), rs.getString(2), rs.getString(3));
                if (keep) {
                    list.add(customer);
                } else {
                    checksum += customer.checksum();
                    rows++;
                }
            }
            c.commit();
        }
        if (keep) {
            for (Customer customer : list) {
                checksum += customer.checksum();
            }
            rows = list.size();
        }
        return new Outcome(rows, checksum, list);
    }

    private Outcome readValues() throws SQLException {
        long rows = 0;
        long checksum = 0;
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(Sql.SELECT_ALL);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                checksum += Customers.checksum(rs.getInt(1), rs.getString(2), rs.getString(3));
                rows++;
            }
            c.commit();
        }
        return Outcome.of(rows, checksum);
    }

    private Outcome lookups(int n) throws SQLException {
        long rows = 0;
        long checksum = 0;
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(Sql.SELECT_BY_ID)) {
            for (int id : BenchEnvironment.lookupIds(n)) {
                ps.setInt(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    checksum += Customers.checksum(rs.getInt(1), rs.getString(2), rs.getString(3));
                    rows++;
                }
            }
            c.commit();
        }
        return Outcome.of(rows, checksum);
    }

    private Outcome loadAndUpdate() throws SQLException {
        List<Customer> loaded = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(Sql.SELECT_ALL);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    loaded.add(new Customer(rs.getInt(1), rs.getString(2), rs.getString(3)));
                }
            }
            try (PreparedStatement ps = c.prepareStatement(Sql.UPDATE_DESCRIPTION)) {
                int batched = 0;
                for (Customer customer : loaded) {
                    ps.setString(1, Customers.updatedDescription(customer.id));
                    ps.setInt(2, customer.id);
                    ps.addBatch();
                    if (++batched % Sql.BATCH == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            c.commit();
        }
        return Outcome.of(loaded.size());
    }
}
