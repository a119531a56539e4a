package org.jalchemy.examples.sections;

import static org.jalchemy.types.SqlTypes.INTEGER;
import static org.jalchemy.types.SqlTypes.STRING;

import org.jalchemy.examples.Section;
import org.jalchemy.examples.TourContext;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;

/**
 * Seed: "Create all Tables Store in \"MetaData\"". Two tables registered in one MetaData and created
 * together; the seed prints nothing, so the tour prints whether each now exists.
 */
public final class CreateAllTablesStoreInMetaData implements Section {
    @Override
    public String title() {
        return "Create all Tables Store in \"MetaData\"";
    }

    @Override
    public void run(TourContext context) {
        MetaData meta = new MetaData();
        new Table("EX1", meta,
                Column.of("id", INTEGER).primaryKey(),
                Column.of("name", STRING));
        new Table("EX2", meta,
                Column.of("id", INTEGER).primaryKey(),
                Column.of("val", INTEGER));
        meta.createAll(context.engine());
        for (Table t : meta.tables().values()) {
            context.out().println(t + " exists: " + (t.exists(context.engine()) ? "True" : "False"));
        }
    }
}
