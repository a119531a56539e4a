package org.jalchemy.examples.sections;

import org.jalchemy.Jalchemy;
import org.jalchemy.examples.Py;
import org.jalchemy.examples.Section;
import org.jalchemy.examples.TourContext;
import org.jalchemy.inspection.Inspector;

/** Seed: "Inspect - Get Database Information". Table names and the columns of {@code EX1}, from the live database. */
public final class InspectGetDatabaseInformation implements Section {
    @Override
    public String title() {
        return "Inspect - Get Database Information";
    }

    @Override
    public void run(TourContext context) {
        Inspector inspector = Jalchemy.inspect(context.engine());
        // Get table information
        context.out().println(Py.repr(inspector.getTableNames()));
        // Get column information
        context.out().println(inspector.getColumns("EX1"));
    }
}
