package org.jalchemy.examples.sections;

import static org.jalchemy.types.SqlTypes.INTEGER;
import static org.jalchemy.types.SqlTypes.STRING;

import org.jalchemy.examples.Py;
import org.jalchemy.examples.Section;
import org.jalchemy.examples.TourContext;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.ColumnClause;

/**
 * Seed: "Some Table Object Operation". A table's name, its column keys, a column by key ({@code t.c.key}
 * and {@code t.columns.key} are both {@code c("key")} in Java) and a column's table.
 */
public final class SomeTableObjectOperation implements Section {
    @Override
    public String title() {
        return "Some Table Object Operation";
    }

    @Override
    public void run(TourContext context) {
        MetaData meta = new MetaData();
        Table t = new Table("ex_table", meta,
                Column.of("id", INTEGER).primaryKey(),
                Column.of("key", STRING),
                Column.of("val", INTEGER));
        context.out().println(t.name());
        context.out().println(Py.repr(t.columns().keys()));
        Column<Object> c = t.c("key");
        context.out().println(c.name());
        ColumnClause<Object> sameColumn = t.columns().get("key");
        context.out().println(sameColumn.name());
        context.out().println(sameColumn.table());
    }
}
