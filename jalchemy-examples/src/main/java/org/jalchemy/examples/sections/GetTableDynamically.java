package org.jalchemy.examples.sections;

import org.jalchemy.Jalchemy;
import org.jalchemy.engine.Engine;
import org.jalchemy.examples.Section;
import org.jalchemy.examples.TourContext;
import org.jalchemy.exc.JalchemyException;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.ScopedSession;
import org.jalchemy.orm.SessionMaker;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.types.SqlTypes;

/**
 * Seed: "Get table dynamically". Python's {@code type(name.title(), (TableTemp,), {})} becomes a subclass of
 * {@code TableTemp} generated at run time and mapped onto the table; asking twice maps a second class onto
 * the same table without error.
 */
public final class GetTableDynamically implements Section {
    public static class TableTemp {
        String name;

        public TableTemp(String name) {
            this.name = name;
        }

        public String getName() {
            return name;
        }
    }

    @Override
    public String title() {
        return "Get table dynamically";
    }

    @Override
    public void run(TourContext context) throws Exception {
        Engine engine = Jalchemy.createEngine(context.memoryUrl());
        try {
            MetaData metadata = new MetaData();
            Registry registry = new Registry(metadata);
            Class<? extends TableTemp> t = getTable(engine, registry, "Hello");
            t = getTable(engine, registry, "Hello");
            ScopedSession session = new ScopedSession(new SessionMaker(engine));
            try {
                session.add(t.getConstructor(String.class).newInstance("foo"));
                session.add(t.getConstructor(String.class).newInstance("bar"));
                for (TableTemp row : session.query(t).all()) {
                    context.out().println(row.getName());
                }
            } catch (JalchemyException e) {
                session.rollback();
            } finally {
                session.remove();
            }
            OrmSupport.freshPrivateTables(engine, metadata);
        } finally {
            engine.dispose();
        }
    }

    private static Class<? extends TableTemp> getTable(Engine engine, Registry registry, String name) {
        Table table = registry.metadata().tables().get(name);
        if (table == null) {
            table = new Table(name, registry.metadata(),
                    Column.of("id", SqlTypes.INTEGER).primaryKey(),
                    Column.of("name", SqlTypes.STRING));
            OrmSupport.freshPrivateTables(engine, registry.metadata());
            table.create(engine);
        }
        return registry.mapRuntimeClass(name.substring(0, 1).toUpperCase() + name.substring(1).toLowerCase(),
                TableTemp.class, table);
    }
}
