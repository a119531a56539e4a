package org.jalchemy.examples.sections;

import org.jalchemy.engine.Engine;
import org.jalchemy.engine.Row;
import org.jalchemy.examples.Section;
import org.jalchemy.examples.TourContext;

/**
 * Seed: "Sqlalchemy Support DBAPI - PEP249". Raw SQL through {@code engine.execute}, each call in its own
 * committed transaction. The seed quotes {@code "raw1"} with double quotes, which only SQLite and MySQL read
 * as a string; standard single quotes run everywhere. MariaDB quotes names with backticks and needs a
 * VARCHAR length.
 */
public final class SupportDbapiPep249 implements Section {
    @Override
    public String title() {
        return "Sqlalchemy Support DBAPI - PEP249";
    }

    @Override
    public void run(TourContext context) {
        Engine engine = context.engine();
        String ex1 = Quoting.quote(engine, "EX1");
        // create table
        engine.execute("CREATE TABLE " + ex1 + " (id INTEGER NOT NULL, name VARCHAR(20), PRIMARY KEY (id))");
        // insert a raw
        engine.execute("INSERT INTO " + ex1 + " (id, name) VALUES (1, 'raw1')");
        // select *
        for (Row r : engine.execute("SELECT * FROM " + ex1)) {
            context.out().println(r);
        }
        // delete *
        engine.execute("DELETE FROM " + ex1 + " WHERE id=1");
        context.out().println(engine.execute("SELECT * FROM " + ex1).fetchall());
    }
}
