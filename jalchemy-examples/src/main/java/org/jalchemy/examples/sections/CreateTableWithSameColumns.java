package org.jalchemy.examples.sections;

import org.jalchemy.Jalchemy;
import org.jalchemy.engine.Engine;
import org.jalchemy.examples.Section;
import org.jalchemy.examples.TourContext;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.mapping.Entity;
import org.jalchemy.orm.mapping.Id;
import org.jalchemy.orm.mapping.MappedSuperclass;

/**
 * Seed: "Create table with same columns". A {@code @MappedSuperclass} mixin's columns are copied into each
 * mapped subclass's own table. Only this section's tables are printed, as a private database would hold.
 */
public final class CreateTableWithSameColumns implements Section {
    @MappedSuperclass
    public abstract static class TemplateTable {
        @Id
        Integer id;
        String name;
        Integer age;
    }

    @Entity("downtown_a_people")
    public static class DowntownAPeople extends TemplateTable {
    }

    @Entity("downtown_b_people")
    public static class DowntownBPeople extends TemplateTable {
    }

    @Override
    public String title() {
        return "Create table with same columns";
    }

    @Override
    public void run(TourContext context) {
        Engine engine = Jalchemy.createEngine(context.memoryUrl());
        try {
            Registry base = new Registry().mapAll(DowntownAPeople.class, DowntownBPeople.class);
            OrmSupport.freshPrivateTables(engine, base.metadata());
            base.metadata().createAll(engine);
            for (String t : Jalchemy.inspect(engine).getTableNames()) {
                if (base.metadata().tables().containsKey(t)) {
                    context.out().println(t);
                }
            }
        } finally {
            engine.dispose();
        }
    }
}
