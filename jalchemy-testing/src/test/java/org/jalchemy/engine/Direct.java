package org.jalchemy.engine;

import java.sql.ResultSet;
import java.sql.Statement;
import org.jalchemy.testing.TestDatabase;

/** Reads what really reached the database, over a JDBC connection that bypasses jalchemy. */
final class Direct {
    private Direct() {
    }

    static long count(TestDatabase db, String table) throws Exception {
        try (java.sql.Connection c = db.openDirect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
