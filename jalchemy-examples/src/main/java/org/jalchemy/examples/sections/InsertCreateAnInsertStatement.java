package org.jalchemy.examples.sections;

import java.util.List;
import java.util.Map;
import org.jalchemy.engine.Connection;
import org.jalchemy.examples.Section;
import org.jalchemy.examples.TourContext;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.Insert;

/**
 * Seed: "insert() - Create an \"INSERT\" Statement". One row through {@code insert().values(...)}, two
 * more as an executemany of {@code insert()} with a list of maps; the seed prints nothing, so the tour
 * prints the table's rows.
 */
public final class InsertCreateAnInsertStatement implements Section {
    @Override
    public String title() {
        return "insert() - Create an \"INSERT\" Statement";
    }

    @Override
    public void run(TourContext context) {
        Table table = SeedTables.USER;
        SeedTables.META.createAll(context.engine());
        Insert ins = table.insert().values("l_name", "Hello", "f_name", "World");
        try (Connection conn = context.engine().connect()) {
            conn.execute(ins);
            conn.execute(table.insert(), List.of(
                    Map.of("l_name", "Hi", "f_name", "bob"),
                    Map.of("l_name", "yo", "f_name", "alice")));
            conn.commit();
            SeedTables.printRows(conn, table.select().orderBy(table.c("id")), context.out());
        }
    }
}
