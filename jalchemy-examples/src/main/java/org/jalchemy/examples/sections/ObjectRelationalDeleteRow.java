package org.jalchemy.examples.sections;

import java.util.List;
import org.jalchemy.examples.Section;
import org.jalchemy.examples.TourContext;
import org.jalchemy.examples.sections.ObjectRelationalAddData.TestTable;
import org.jalchemy.exc.JalchemyException;
import org.jalchemy.orm.Query;
import org.jalchemy.orm.Session;

/**
 * Seed: "Object Relational delete row". The added row is found by a query without a flush call (autoflush),
 * then deleted with a bulk {@code query.delete()}; querying again finds nothing.
 */
public final class ObjectRelationalDeleteRow implements Section {
    @Override
    public String title() {
        return "Object Relational delete row";
    }

    @Override
    public void run(TourContext context) {
        Session session = ObjectRelationalAddData.sessionMaker(context).get();
        try {
            session.add(new TestTable("hello", "world"));
            Query<TestTable> query = session.query(TestTable.class).filter(TestTable.KEY.eq("hello"));
            TestTable row = query.first();
            context.out().println(row.getKey() + " " + row.getVal());
            query.delete();
            List<TestTable> left = session.query(TestTable.class).filter(TestTable.KEY.eq("hello")).all();
            context.out().println(left);
            session.commit();
        } catch (JalchemyException e) {
            context.out().println(e.getMessage());
        } finally {
            session.close();
        }
    }
}
