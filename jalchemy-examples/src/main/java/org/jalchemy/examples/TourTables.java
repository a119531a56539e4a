package org.jalchemy.examples;

import java.util.List;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.exc.DBAPIError;

/**
 * The tables the tour makes, dropped before and after a run so the tour starts clean on a server database
 * and leaves nothing behind. Children come before parents so foreign keys never block a drop.
 */
final class TourTables {
    static final List<String> NAMES = List.of(
            "EX1", "EX2", "Example", "Test", "ex_table", "email", "user", "ex_t", "table1", "table2", "table3",
            "Table1", "Table2", "downtown_a_people", "downtown_b_people", "Test Table", "address", "Address",
            "User", "Association", "node", "child", "parent", "Hello", "example table", "table");

    private TourTables() {
    }

    static void dropAll(Engine engine) {
        for (int pass = 0; pass < 3; pass++) {
            for (String name : NAMES) {
                try (Connection conn = engine.connect()) {
                    conn.execDriverSql("DROP TABLE IF EXISTS " + engine.dialect().identifierPreparer().quote(name));
                    conn.commit();
                } catch (DBAPIError e) {
                    // still referenced by a table dropped later in this pass; the next pass gets it
                }
            }
        }
    }
}
