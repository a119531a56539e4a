package org.jalchemy.examples.sections;

import org.jalchemy.Jalchemy;
import org.jalchemy.engine.Engine;
import org.jalchemy.event.EngineListener;
import org.jalchemy.examples.Section;
import org.jalchemy.examples.TourContext;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionMaker;
import org.jalchemy.orm.mapping.Entity;
import org.jalchemy.orm.mapping.Id;

/**
 * Seed: "Close database connection". An {@code engine_disposed} listener prints when the engine's pool is
 * closed. Closing the session only ends its transaction and returns the connection to the pool;
 * {@code engine.dispose()} closes the connections.
 */
public final class CloseDatabaseConnection implements Section {
    @Entity("example table")
    public static class Table {
        @Id
        Integer id;

        public Table() {
        }
    }

    @Override
    public String title() {
        return "Close database connection";
    }

    @Override
    public void run(TourContext context) {
        Engine engine = Jalchemy.createEngine(context.memoryUrl());
        engine.listen(new EngineListener() {
            @Override
            public void engineDisposed(Engine e) {
                context.out().println("engine dispose");
            }
        });
        Registry base = new Registry();
        base.map(Table.class);
        try {
            OrmSupport.freshPrivateTables(engine, base.metadata());
            base.metadata().createAll(engine);
            Session session = new SessionMaker(engine).get();
            try {
                session.add(new Table());
            } catch (RuntimeException e) {
                session.rollback();
                throw e;
            } finally {
                session.close();
            }
            OrmSupport.freshPrivateTables(engine, base.metadata());
        } finally {
            engine.dispose();
        }
    }
}
