package org.jalchemy.examples.sections;

import org.jalchemy.Jalchemy;
import org.jalchemy.engine.Engine;
import org.jalchemy.examples.Section;
import org.jalchemy.examples.TourContext;
import org.jalchemy.exc.JalchemyException;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionMaker;
import org.jalchemy.orm.mapping.Entity;
import org.jalchemy.orm.mapping.Id;

/**
 * Seed: "Cannot use the object after close the session". {@code commit()} expires the object; after
 * {@code close()} reading an expired attribute raises {@code DetachedInstanceError}.
 */
public final class CannotUseTheObjectAfterCloseTheSession implements Section {
    @Entity("table")
    public static class Table {
        @Id
        Integer id;
        String key;
        String val;

        public Table() {
        }

        Table(String key, String val) {
            this.key = key;
            this.val = val;
        }

        public String getKey() {
            return key;
        }

        public String getVal() {
            return val;
        }
    }

    @Override
    public String title() {
        return "Cannot use the object after close the session";
    }

    @Override
    public void run(TourContext context) {
        Engine engine = Jalchemy.createEngine(context.memoryUrl());
        Registry base = new Registry();
        base.map(Table.class);
        try {
            OrmSupport.freshPrivateTables(engine, base.metadata());
            base.metadata().createAll(engine);
            Session session = new SessionMaker(engine).get();
            Table t;
            try {
                t = new Table("key", "val");
                context.out().println(t.getKey() + " " + t.getVal());
                session.add(t);
                session.commit();
            } catch (JalchemyException e) {
                context.out().println(e.getMessage());
                session.rollback();
                return;
            } finally {
                session.close();
            }
            context.out().println(t.getKey() + " " + t.getVal()); // exception raised from here
        } catch (JalchemyException e) {
            context.out().println("Cannot use the object after close the session");
        } finally {
            OrmSupport.freshPrivateTables(engine, base.metadata());
            engine.dispose();
        }
    }
}
