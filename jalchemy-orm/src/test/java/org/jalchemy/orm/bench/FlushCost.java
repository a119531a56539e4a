package org.jalchemy.orm.bench;

import java.nio.file.Files;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.jalchemy.Jalchemy;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.engine.URL;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.mapping.Entity;
import org.jalchemy.orm.mapping.Id;
import org.jalchemy.testing.TestTarget;

/**
 * Times flushing 100,000 new objects (ids fetched), loading them, flushing 100,000 dirty ones and 10,000
 * {@code session.get} against hand-written JDBC doing the same in the same run. A harness, not a test.
 * <pre>{@code
 * java -cp ... org.jalchemy.orm.bench.FlushCost postgresql 100000
 * }</pre>
 */
public final class FlushCost {
    @Entity("bench_users")
    public static class BenchUser {
        @Id
        Integer id;
        String name;
        String fullname;

        public BenchUser() {
        }

        BenchUser(String name, String fullname) {
            this.name = name;
            this.fullname = fullname;
        }

        public Integer getId() {
            return id;
        }

        public void setFullname(String fullname) {
            this.fullname = fullname;
        }
    }

    public static void main(String[] args) throws Exception {
        TestTarget target = switch (args.length > 0 ? args[0] : "sqlite") {
            case "postgresql" -> TestTarget.postgresql();
            case "mariadb" -> TestTarget.mariadb();
            default -> TestTarget.sqlite();
        };
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        URL url = target.freshDatabase(Files.createTempDirectory("flushcost"));
        Engine engine = Jalchemy.createEngine(url);
        Registry registry = new Registry().mapAll(BenchUser.class);
        registry.createAll(engine);
        try (Connection c = engine.connect()) {
            c.execDriverSql("CREATE TABLE raw_users (id " + (target.name().equals("postgresql") ? "SERIAL" : "INTEGER")
                    + " PRIMARY KEY " + (target.name().equals("mariadb") ? "AUTO_INCREMENT" : "") + ", name VARCHAR(50), fullname VARCHAR(50))");
            c.commit();
        }
        for (int round = 0; round < 2; round++) {
            clear(engine);
            System.out.printf("%s, %,d rows, round %d%n", target.name(), n, round);
            double raw = rawInsert(engine, n);
            long t = System.nanoTime();
            List<BenchUser> users = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                users.add(new BenchUser("u" + i, "User " + i));
            }
            try (Session s = new Session(engine)) {
                s.addAll(users);
                s.commit();
            }
            double orm = (System.nanoTime() - t) / 1e9;
            System.out.printf("  insert, ids back: raw JDBC %.2f s, ORM %.2f s (%.2fx)%n", raw, orm, orm / raw);

            double rawLoad = rawLoadAndUpdate(engine, n, true);
            double rawUpdate = rawLoadAndUpdate(engine, n, false);
            t = System.nanoTime();
            try (Connection c = engine.connect()) {
                c.execute(Jalchemy.select(registry.mapper(BenchUser.class).table())).all();
            }
            double coreLoad = (System.nanoTime() - t) / 1e9;
            try (Session s = new Session(engine)) {
                t = System.nanoTime();
                List<BenchUser> loaded = s.query(BenchUser.class).all();
                double load = (System.nanoTime() - t) / 1e9;
                t = System.nanoTime();
                for (BenchUser u : loaded) {
                    u.setFullname("changed");
                }
                s.commit();
                double upd = (System.nanoTime() - t) / 1e9;
                System.out.printf("  load as objects: raw JDBC %.2f s, Core rows %.2f s, ORM %.2f s (%.2fx)%n", rawLoad, coreLoad,
                        load, load / rawLoad);
                System.out.printf("  update dirty: raw JDBC batch %.2f s, ORM %.2f s (%.2fx)%n", rawUpdate, upd, upd / rawUpdate);
                int gets = Math.min(10_000, n);
                double rawGet = rawGets(engine, gets);
                s.expungeAll();
                t = System.nanoTime();
                for (int i = 1; i <= gets; i++) {
                    s.get(BenchUser.class, loaded.get(i - 1).id);
                }
                double get = (System.nanoTime() - t) / 1e9;
                System.out.printf("  %,d get by pk: raw JDBC %.2f s, ORM %.2f s (%.2fx)%n", gets, rawGet, get, get / rawGet);
            }
        }
        engine.dispose();
    }

    private static void clear(Engine engine) {
        try (Connection c = engine.connect()) {
            c.execDriverSql("DELETE FROM bench_users");
            c.execDriverSql("DELETE FROM raw_users");
            c.commit();
        }
    }

    /** Pages of multi-row INSERT ... RETURNING id (or a batch with generated keys without RETURNING). */
    private static double rawInsert(Engine engine, int n) throws Exception {
        long t = System.nanoTime();
        try (Connection c = engine.connect()) {
            java.sql.Connection jdbc = c.jdbcConnection();
            jdbc.setAutoCommit(false);
            int page = 1000;
            long[] ids = new long[n];
            int k = 0;
            for (int from = 0; from < n; from += page) {
                int to = Math.min(n, from + page);
                StringBuilder sql = new StringBuilder("INSERT INTO raw_users (name, fullname) VALUES ");
                for (int i = from; i < to; i++) {
                    sql.append(i == from ? "(?, ?)" : ", (?, ?)");
                }
                sql.append(" RETURNING id");
                try (PreparedStatement ps = jdbc.prepareStatement(sql.toString())) {
                    int p = 1;
                    for (int i = from; i < to; i++) {
                        ps.setString(p++, "u" + i);
                        ps.setString(p++, "User " + i);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            ids[k++] = rs.getLong(1);
                        }
                    }
                }
            }
            jdbc.commit();
        }
        return (System.nanoTime() - t) / 1e9;
    }

    private static double rawLoadAndUpdate(Engine engine, int n, boolean load) throws Exception {
        long t = System.nanoTime();
        try (Connection c = engine.connect()) {
            java.sql.Connection jdbc = c.jdbcConnection();
            jdbc.setAutoCommit(false);
            if (load) {
                List<Object[]> rows = new ArrayList<>(n);
                try (PreparedStatement ps = jdbc.prepareStatement("SELECT id, name, fullname FROM raw_users");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Object[] {rs.getInt(1), rs.getString(2), rs.getString(3)});
                    }
                }
            } else {
                try (PreparedStatement ps = jdbc.prepareStatement("UPDATE raw_users SET fullname = ? WHERE id = ?");
                     PreparedStatement sel = jdbc.prepareStatement("SELECT id FROM raw_users");
                     ResultSet rs = sel.executeQuery()) {
                    while (rs.next()) {
                        ps.setString(1, "changed");
                        ps.setInt(2, rs.getInt(1));
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
            jdbc.commit();
        }
        return (System.nanoTime() - t) / 1e9;
    }

    private static double rawGets(Engine engine, int gets) throws Exception {
        long t = System.nanoTime();
        try (Connection c = engine.connect()) {
            java.sql.Connection jdbc = c.jdbcConnection();
            try (PreparedStatement ps = jdbc.prepareStatement("SELECT id, name, fullname FROM raw_users WHERE id = ?")) {
                for (int i = 1; i <= gets; i++) {
                    ps.setInt(1, i);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                    }
                }
            }
        }
        return (System.nanoTime() - t) / 1e9;
    }
}
