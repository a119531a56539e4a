package org.jalchemy.examples.sections;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jalchemy.examples.Section;
import org.jalchemy.examples.TourContext;
import org.jalchemy.exc.JalchemyException;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionMaker;
import org.jalchemy.orm.mapping.DefaultFor;
import org.jalchemy.orm.mapping.Entity;
import org.jalchemy.orm.mapping.Id;
import org.jalchemy.orm.mapping.MappedColumn;
import org.jalchemy.schema.Column;

/**
 * Seed: "Object Relational add data". Objects added to a session are inserted on commit. The seed prints
 * nothing when that works; to show the effect, the section then prints the rows it added, read back
 * through the session (the commit expired them, so each read reloads).
 */
public final class ObjectRelationalAddData implements Section {
    /** The seed's {@code TestTable}, shared by the add, update and delete sections. */
    @Entity("Test Table")
    public static class TestTable {
        public static Column<String> KEY;

        @DefaultFor("date")
        static final Supplier<LocalDateTime> UTCNOW = () -> LocalDateTime.now(ZoneOffset.UTC);

        @Id
        Integer id;
        @MappedColumn(nullable = false)
        String key;
        String val;
        LocalDateTime date;

        public TestTable() {
        }

        public TestTable(String key, String val) {
            this.key = key;
            this.val = val;
        }

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }

        public String getVal() {
            return val;
        }

        public void setVal(String val) {
            this.val = val;
        }
    }

    static SessionMaker sessionMaker(TourContext context) {
        Registry base = new Registry();
        base.map(TestTable.class);
        base.metadata().createAll(context.engine());
        return new SessionMaker().configure(context.engine());
    }

    @Override
    public String title() {
        return "Object Relational add data";
    }

    @Override
    public void run(TourContext context) {
        SessionMaker maker = sessionMaker(context);
        Session session = maker.get();
        Map<String, Integer> data = new LinkedHashMap<>();
        data.put("a", 5566);
        data.put("b", 9527);
        data.put("c", 183);
        try {
            List<TestTable> rows = new ArrayList<>();
            data.forEach((k, v) -> rows.add(new TestTable(k, String.valueOf(v))));
            rows.forEach(session::add);
            session.commit();
            for (TestTable row : rows) {
                context.out().println(row.getKey() + " " + row.getVal());
            }
        } catch (JalchemyException e) {
            context.out().println(e.getMessage());
        } finally {
            session.close();
        }
    }
}
