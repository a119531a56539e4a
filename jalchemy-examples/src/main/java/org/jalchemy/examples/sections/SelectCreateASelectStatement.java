package org.jalchemy.examples.sections;

import static org.jalchemy.Jalchemy.func;
import static org.jalchemy.Jalchemy.or;
import static org.jalchemy.Jalchemy.select;

import org.jalchemy.engine.Connection;
import org.jalchemy.examples.Section;
import org.jalchemy.examples.TourContext;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.Select;

/**
 * Seed: "select() - Create a \"SELECT\" Statement". The {@code user} table comes from the tour's MetaData
 * (the seed reflects it). The last query orders by {@code lower(f_name)} rather than {@code f_name}: 'World'
 * and 'bob' sort differently under MariaDB's case-insensitive collation and the others' binary one, and
 * the tour prints the same on every database.
 */
public final class SelectCreateASelectStatement implements Section {
    @Override
    public String title() {
        return "select() - Create a \"SELECT\" Statement";
    }

    @Override
    public void run(TourContext context) {
        Table table = SeedTables.META.table("user");
        try (Connection conn = context.engine().connect()) {
            Select selectSt = select(table).where(table.c("l_name").eq("Hello"));
            SeedTables.printRows(conn, selectSt, context.out());

            selectSt = table.select().where(table.c("l_name").eq("Hello"));
            SeedTables.printRows(conn, selectSt, context.out());

            selectSt = select(table.c("l_name"), table.c("f_name"))
                    .where(or(table.c("l_name").eq("Hello"), table.c("l_name").eq("Hi")))
                    .orderBy(table.c("id"));
            SeedTables.printRows(conn, selectSt, context.out());

            selectSt = select(table)
                    .where(or(table.c("l_name").eq("Hello"), table.c("l_name").eq("Hi")))
                    .orderBy(func.lower(table.c("f_name")));
            SeedTables.printRows(conn, selectSt, context.out());
        }
    }
}
