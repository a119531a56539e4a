package org.jalchemy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.Jalchemy.text;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jalchemy.Jalchemy;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;
import org.sqlite.SQLiteDataSource;

class EngineSourcesTest {

    @DatabaseTest(only = "sqlite")
    void anExistingDataSourceAndARawJdbcUrlWork(TestDatabase db) {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + db.url().database());
        Engine fromDs = Jalchemy.createEngine(ds, "sqlite");
        fromDs.begin(c -> c.execute(text("CREATE TABLE j (id INTEGER)")));
        Engine fromJdbc = Jalchemy.createEngine("jdbc:sqlite:" + db.url().database());
        try (Connection c = fromJdbc.connect()) {
            assertThat(c.execute(text("SELECT count(*) FROM j")).scalar(Integer.class)).isZero();
            assertThat(fromJdbc.dialect().name()).isEqualTo("sqlite");
        }
        fromDs.dispose();
        fromJdbc.dispose();
    }

    @DatabaseTest(only = "sqlite")
    void anInMemoryDatabaseIsSharedByEveryThreadOfItsEngine() throws Exception {
        Engine engine = Jalchemy.createEngine("sqlite://");
        engine.begin(c -> c.execute(text("CREATE TABLE m (id INTEGER PRIMARY KEY)")));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int base = t * 100;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    int id = base + i;
                    engine.begin(c -> c.execute(text("INSERT INTO m (id) VALUES (:id)"), java.util.Map.of("id", id)));
                }
            }));
        }
        for (Future<?> f : futures) {
            f.get(30, TimeUnit.SECONDS);
        }
        pool.shutdown();
        try (Connection c = engine.connect()) {
            assertThat(c.execute(text("SELECT count(*) FROM m")).scalar(Integer.class)).isEqualTo(100);
        }
        engine.dispose();
    }
}
