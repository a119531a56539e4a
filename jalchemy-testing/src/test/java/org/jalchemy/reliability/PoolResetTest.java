package org.jalchemy.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.Jalchemy.text;

import java.util.Map;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.engine.EngineOptions;
import org.jalchemy.engine.NestedTransaction;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;

/** reliability.md P4: work left uncommitted on a returned connection never reaches the next borrower. */
class PoolResetTest {

    @DatabaseTest
    void theNextBorrowerNeverSeesUncommittedWorkEvenAfterASavepointRollback(TestDatabase db) throws Exception {
        Engine engine = db.newEngine(EngineOptions.builder().poolSize(1).maxOverflow(0).build());
        engine.begin(c -> c.execute(text("CREATE TABLE p (id INTEGER PRIMARY KEY)")));
        var insert = text("INSERT INTO p (id) VALUES (:id)");
        try (Connection conn = engine.connect()) {
            conn.execute(insert, Map.of("id", 1));
        }
        try (Connection conn = engine.connect()) {
            conn.execute(insert, Map.of("id", 2));
            NestedTransaction sp = conn.beginNested();
            conn.execute(insert, Map.of("id", 3));
            sp.rollback();
        }
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(text("SELECT count(*) FROM p")).scalar(Integer.class)).isZero();
            conn.execute(insert, Map.of("id", 4));
            conn.commit();
        }
        try (var direct = db.openDirect(); var rs = direct.createStatement().executeQuery("SELECT id FROM p")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(4);
            assertThat(rs.next()).as("rows from returned, uncommitted connections").isFalse();
        }
    }
}
