package org.jalchemy.examples.sections;

import org.jalchemy.engine.Connection;
import org.jalchemy.examples.Section;
import org.jalchemy.examples.TourContext;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.Delete;
import org.jalchemy.sql.Select;

/**
 * Seed: "Delete Rows from Table". The rows of {@code user}, a DELETE of those named 'Hello', and the rows
 * again (ordered by id so that every database prints them alike).
 */
public final class DeleteRowsFromTable implements Section {
    @Override
    public String title() {
        return "Delete Rows from Table";
    }

    @Override
    public void run(TourContext context) {
        Table userT = SeedTables.META.table("user");
        try (Connection conn = context.engine().connect()) {
            Select selSt = userT.select().orderBy(userT.c("id"));
            SeedTables.printRows(conn, selSt, context.out());
            Delete delSt = userT.delete().where(userT.c("l_name").eq("Hello"));
            context.out().println("---- delete ----");
            conn.execute(delSt);
            conn.commit();
            SeedTables.printRows(conn, userT.select().orderBy(userT.c("id")), context.out());
        }
    }
}
