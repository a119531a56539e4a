package org.jalchemy.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Jalchemy.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.exc.IntegrityError;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;

/**
 * reliability.md T8: the default mode is a transaction, not autocommit, so an executemany that fails at row
 * 500 of 1,000 leaves nothing behind once rolled back: not the 499 rows before it, not the pages before the
 * failing one.
 */
class ExecutemanyFailureTest {

    @DatabaseTest
    void aFailedExecutemanyLeavesNothingInTheDefaultMode(Engine engine, TestDatabase db) throws Exception {
        engine.begin(c -> c.execute(text("CREATE TABLE t8 (id INTEGER PRIMARY KEY, name VARCHAR(20) NOT NULL)")));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            Map<String, Object> row = new java.util.HashMap<>();
            row.put("id", i);
            // row 1,500 sits in the second page of 1,000: the first page has already been sent
            row.put("name", i == 1_500 ? null : "n" + i);
            rows.add(row);
        }
        try (Connection c = engine.connect()) {
            assertThat(c.getTransaction()).isNull();
            assertThatThrownBy(() -> c.execute(text("INSERT INTO t8 (id, name) VALUES (:id, :name)"), rows))
                    .isInstanceOf(IntegrityError.class);
            assertThat(c.inTransaction()).isTrue();
            c.rollback();
            assertThat(c.execute(text("SELECT count(*) FROM t8")).scalar(Integer.class)).isZero();
        }
        try (java.sql.Connection direct = db.openDirect();
             java.sql.ResultSet rs = direct.createStatement().executeQuery("SELECT count(*) FROM t8")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }
}
