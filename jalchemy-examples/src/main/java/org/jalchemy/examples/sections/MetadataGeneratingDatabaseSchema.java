package org.jalchemy.examples.sections;

import static org.jalchemy.types.SqlTypes.INTEGER;
import static org.jalchemy.types.SqlTypes.STRING;

import org.jalchemy.examples.Section;
import org.jalchemy.examples.TourContext;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;

/**
 * Seed: "Metadata - Generating Database Schema". A table declared in a {@link MetaData}, created with
 * {@code createAll}, and the metadata's table names printed.
 */
public final class MetadataGeneratingDatabaseSchema implements Section {
    @Override
    public String title() {
        return "Metadata - Generating Database Schema";
    }

    @Override
    public void run(TourContext context) {
        MetaData metadata = new MetaData();
        new Table("Example", metadata,
                Column.of("id", INTEGER).primaryKey(),
                Column.of("name", STRING));
        metadata.createAll(context.engine());
        for (String name : metadata.tables().keySet()) {
            // Python 2's print "Table: ", _t puts a space after each item
            context.out().println("Table:  " + name);
        }
    }
}
