package org.jalchemy.examples.sections;

import static org.jalchemy.types.SqlTypes.INTEGER;
import static org.jalchemy.types.SqlTypes.STRING;

import org.jalchemy.examples.Section;
import org.jalchemy.examples.TourContext;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;

/**
 * Seed: "Create Specific Table" (its code stops after {@code meta = MetaData(engine)}). Of two tables in
 * one MetaData only one is created, with {@code table.create}; the tour prints which exist. The created
 * table is named {@code table}, a reserved word, to show that names are quoted where needed.
 */
public final class CreateSpecificTable implements Section {
    @Override
    public String title() {
        return "Create Specific Table";
    }

    @Override
    public void run(TourContext context) {
        MetaData meta = new MetaData();
        Table wanted = new Table("table", meta,
                Column.of("id", INTEGER).primaryKey(),
                Column.of("name", STRING));
        Table other = new Table("not_created", meta,
                Column.of("id", INTEGER).primaryKey());
        wanted.create(context.engine(), true);
        for (Table t : new Table[] {wanted, other}) {
            context.out().println(t + " exists: " + (t.exists(context.engine()) ? "True" : "False"));
        }
    }
}
