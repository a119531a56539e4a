package org.jalchemy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Jalchemy.text;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jalchemy.Jalchemy;
import org.jalchemy.exc.IntegrityError;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;
import org.sqlite.SQLiteDataSource;

class StatementCacheTest {

    @DatabaseTest
    void twoOpenResultsOfTheSameSqlDoNotShareAStatement(Engine engine) {
        try (Connection conn = engine.connect()) {
            RawSqlTest.createUsers(conn);
            var stmt = text("SELECT id FROM users ORDER BY id");
            List<String> pairs = new ArrayList<>();
            for (Row outer : conn.execute(stmt)) {
                for (Row inner : conn.execute(stmt)) {
                    pairs.add(outer.get(0) + "-" + inner.get(0));
                }
            }
            assertThat(pairs).hasSize(9).startsWith("1-1", "1-2", "1-3").endsWith("3-3");
        }
    }

    @DatabaseTest
    void aFailedExecutionDoesNotPoisonTheCache(Engine engine) {
        var insert = text("INSERT INTO t (id) VALUES (:id)");
        engine.begin(c -> c.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY)")));
        try (Connection conn = engine.connect()) {
            conn.execute(insert, Map.of("id", 1));
            NestedTransaction sp = conn.beginNested();
            assertThatThrownBy(() -> conn.execute(insert, Map.of("id", 1))).isInstanceOf(IntegrityError.class);
            sp.rollback();
            conn.execute(insert, Map.of("id", 2));
            conn.commit();
        }
        for (int i = 0; i < 3; i++) {
            try (Connection conn = engine.connect()) {
                assertThat(conn.execute(text("SELECT count(*) FROM t")).scalar(Integer.class)).isEqualTo(2);
            }
        }
    }

    @DatabaseTest(only = "sqlite")
    void aStatementShapeIsPreparedOncePerPhysicalConnection(TestDatabase db) {
        AtomicInteger prepares = new AtomicInteger();
        String url = "jdbc:sqlite:" + db.url().database();
        SQLiteDataSource real = new SQLiteDataSource();
        real.setUrl(url);
        javax.sql.DataSource counting = (javax.sql.DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {javax.sql.DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        java.sql.Connection c = DriverManager.getConnection(url);
                        return countingConnection(c, prepares);
                    }
                    return invoke(real, method, args);
                });
        Engine engine = Jalchemy.createEngine(counting, "sqlite");
        try {
            engine.begin(c -> c.execute(text("CREATE TABLE k (id INTEGER PRIMARY KEY)")));
            int before = prepares.get();
            for (int i = 0; i < 50; i++) {
                try (Connection conn = engine.connect()) {
                    conn.execute(text("SELECT count(*) FROM k WHERE id > :id"), Map.of("id", i)).scalar();
                }
            }
            assertThat(prepares.get() - before).isEqualTo(1);
        } finally {
            engine.dispose();
        }
    }

    private static java.sql.Connection countingConnection(java.sql.Connection c, AtomicInteger prepares) {
        InvocationHandler h = (proxy, method, args) -> {
            if (method.getName().equals("prepareStatement")) {
                prepares.incrementAndGet();
            }
            if (method.getName().equals("unwrap") && args[0] == java.sql.Connection.class) {
                return proxy;
            }
            if (method.getName().equals("isWrapperFor") && args[0] == java.sql.Connection.class) {
                return true;
            }
            return invoke(c, method, args);
        };
        return (java.sql.Connection) Proxy.newProxyInstance(StatementCacheTest.class.getClassLoader(),
                new Class<?>[] {java.sql.Connection.class}, h);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
