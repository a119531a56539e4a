package org.jalchemy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.Jalchemy.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jalchemy.testing.DatabaseTest;

/**
 * Reads a million rows of ~200 characters each. The test JVM runs with -Xmx256m (see the module's pom):
 * buffering the result, in jalchemy or in the driver, would need more than that and fail with
 * OutOfMemoryError, so passing shows that rows stream.
 */
class StreamingTest {
    private static final int SIDE = 1000;
    private static final String PAD = "x".repeat(200);

    @DatabaseTest
    void aMillionRowsStreamInBoundedMemory(Engine engine) {
        engine.begin(conn -> {
            conn.execute(text("CREATE TABLE d (n INTEGER PRIMARY KEY, pad VARCHAR(200))"));
            conn.execute(text("CREATE TABLE big (n INTEGER PRIMARY KEY, pad VARCHAR(200))"));
            List<Map<String, ?>> rows = new ArrayList<>();
            for (int i = 0; i < SIDE; i++) {
                rows.add(Map.of("n", i, "pad", PAD));
            }
            conn.execute(text("INSERT INTO d (n, pad) VALUES (:n, :pad)"), rows);
            conn.execute(text("INSERT INTO big (n, pad) SELECT a.n * 1000 + b.n, a.pad FROM d a, d b"));
        });
        long count = 0;
        long sum = 0;
        try (Connection conn = engine.connect()) {
            for (Row row : conn.execute(text("SELECT n, pad FROM big"))) {
                count++;
                sum += ((Number) row.get(0)).longValue() + ((String) row.get(1)).length();
            }
        }
        long n = (long) SIDE * SIDE;
        assertThat(count).isEqualTo(n);
        assertThat(sum).isEqualTo(n * (n - 1) / 2 + n * 200);
    }
}
