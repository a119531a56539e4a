package org.jalchemy.examples.sections;

import static org.jalchemy.types.SqlTypes.INTEGER;
import static org.jalchemy.types.SqlTypes.STRING;

import org.jalchemy.examples.Section;
import org.jalchemy.examples.TourContext;
import org.jalchemy.inspection.Inspector;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;

/** Seed: "Drop a Table". {@code Test} is created, found by the inspector, dropped, and no longer found. */
public final class DropATable implements Section {
    @Override
    public String title() {
        return "Drop a Table";
    }

    @Override
    public void run(TourContext context) {
        MetaData m = new MetaData();
        Table table = new Table("Test", m,
                Column.of("id", INTEGER).primaryKey(),
                Column.of("key", STRING).nullable(true),
                Column.of("val", STRING));
        table.create(context.engine());
        context.out().println(python(Inspector.of(context.engine()).getTableNames().contains("Test")));
        table.drop(context.engine());
        context.out().println(python(Inspector.of(context.engine()).getTableNames().contains("Test")));
    }

    private static String python(boolean value) {
        return value ? "True" : "False";
    }
}
