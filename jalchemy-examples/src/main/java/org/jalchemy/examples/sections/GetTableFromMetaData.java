package org.jalchemy.examples.sections;

import org.jalchemy.examples.Py;
import org.jalchemy.examples.Section;
import org.jalchemy.examples.TourContext;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;

/** Seed: "Get Table from MetaData". The seed's {@code MetaData(engine, reflect=True)} is a reflect call here. */
public final class GetTableFromMetaData implements Section {
    @Override
    public String title() {
        return "Get Table from MetaData";
    }

    @Override
    public void run(TourContext context) {
        // Create MetaData instance
        MetaData metadata = new MetaData();
        metadata.reflect(context.engine());
        context.out().println(Py.repr(metadata.tables()));
        // Get Table
        Table exTable = metadata.table("Example");
        context.out().println(exTable);
    }
}
