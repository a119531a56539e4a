package org.jalchemy.examples.sections;

import org.jalchemy.Jalchemy;
import org.jalchemy.examples.Section;
import org.jalchemy.examples.TourContext;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.mapping.Entity;
import org.jalchemy.orm.mapping.Id;
import org.jalchemy.orm.mapping.MappedColumn;

/**
 * Seed: "Check Table Existing". A declarative class registers its table in the registry's metadata;
 * {@code createAll} creates it; the database's table list then has it. The tour database holds the other
 * sections' tables too, so the database checks print only the tables this registry declares.
 */
public final class CheckTableExisting implements Section {
    @Entity("ex_t")
    public static class Example {
        @Id
        Integer id;
        @MappedColumn(length = 20)
        String name;
    }

    @Override
    public String title() {
        return "Check Table Existing";
    }

    @Override
    public void run(TourContext context) {
        Registry modal = new Registry();
        modal.map(Example.class);
        modal.metadata().createAll(context.engine());
        // check register table exist to Modal
        for (String t : modal.metadata().tables().keySet()) {
            context.out().println(t);
        }
        // check all table in database (reflection), then via inspect
        for (int check = 0; check < 2; check++) {
            for (String t : Jalchemy.inspect(context.engine()).getTableNames()) {
                if (modal.metadata().tables().containsKey(t)) {
                    context.out().println(t);
                }
            }
        }
    }
}
