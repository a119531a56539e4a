package org.jalchemy.examples.sections;

import org.jalchemy.examples.Section;
import org.jalchemy.examples.TourContext;
import org.jalchemy.examples.sections.ObjectRelationalAddData.TestTable;
import org.jalchemy.exc.JalchemyException;
import org.jalchemy.orm.Session;

/**
 * Seed: "Object Relational update data". Changing attributes of a loaded object is enough: commit flushes
 * the change, no save call.
 */
public final class ObjectRelationalUpdateData implements Section {
    @Override
    public String title() {
        return "Object Relational update data";
    }

    @Override
    public void run(TourContext context) {
        Session session = ObjectRelationalAddData.sessionMaker(context).get();
        try {
            TestTable row = new TestTable("hello", "world");
            session.add(row);
            session.commit();
            row = session.query(TestTable.class).filter(TestTable.KEY.eq("hello")).first();
            context.out().println("original: " + row.getKey() + " " + row.getVal());
            row.setKey("Hello");
            row.setVal("World");
            session.commit();
            row = session.query(TestTable.class).filter(TestTable.KEY.eq("Hello")).first();
            context.out().println("update: " + row.getKey() + " " + row.getVal());
        } catch (JalchemyException e) {
            context.out().println(e.getMessage());
        } finally {
            session.close();
        }
    }
}
