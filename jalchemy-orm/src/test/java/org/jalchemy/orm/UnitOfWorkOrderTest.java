package org.jalchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jalchemy.engine.Engine;
import org.jalchemy.orm.mapping.Entity;
import org.jalchemy.orm.mapping.Id;
import org.jalchemy.orm.mapping.MappedColumn;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;

class UnitOfWorkOrderTest {
    @Entity("uow_parent")
    public static class Parent {
        @Id
        @MappedColumn(length = 10, autoincrement = false)
        String code;
        String label;

        public Parent() {
        }

        Parent(String code) {
            this.code = code;
            this.label = "parent " + code;
        }
    }

    @Entity("uow_child")
    public static class Child {
        @Id
        @MappedColumn(length = 10, autoincrement = false)
        String parentCode;
        @Id
        @MappedColumn(autoincrement = false)
        Integer position;
        @MappedColumn(length = 10, foreignKey = "uow_parent.code")
        String ref;

        public Child() {
        }

        Child(String parentCode, int position) {
            this.parentCode = parentCode;
            this.position = position;
            this.ref = parentCode;
        }

        public String getRef() {
            return ref;
        }

        public void setRef(String ref) {
            this.ref = ref;
        }
    }

    /** Two plain classes mapped imperatively onto one table (as the seed's mapper section does with one). */
    public static class NoteA {
        Integer id;
        String body;

        public NoteA() {
        }

        public void setBody(String body) {
            this.body = body;
        }
    }

    public static class NoteB {
        Integer id;
        String body;

        public NoteB() {
        }

        public void setBody(String body) {
            this.body = body;
        }
    }

    static final Registry NOTES = new Registry();
    static final org.jalchemy.schema.Table NOTES_TABLE = new org.jalchemy.schema.Table("uow_notes", NOTES.metadata(),
            org.jalchemy.schema.Column.of("id", org.jalchemy.types.SqlTypes.INTEGER).primaryKey(),
            org.jalchemy.schema.Column.of("body", org.jalchemy.types.SqlTypes.string(50)));

    static {
        NOTES.mapImperatively(NoteA.class, NOTES_TABLE);
        NOTES.mapImperatively(NoteB.class, NOTES_TABLE);
    }

    /** Objects of two mappers of one table, changed alike in one flush, each update their own row. */
    @DatabaseTest
    void twoMappersOfOneTableFlushTheirOwnUpdates(Engine engine, TestDatabase db) throws Exception {
        NOTES.metadata().createAll(engine);
        engine.begin(c -> c.execute(org.jalchemy.Jalchemy.text(
                "INSERT INTO uow_notes (id, body) VALUES (1, 'a'), (2, 'b')")));
        try (Session s = new SessionMaker().configure(engine).get()) {
            s.get(NoteA.class, 1).setBody("a changed through NoteA");
            s.get(NoteB.class, 2).setBody("b changed through NoteB");
            s.commit();
        }
        try (java.sql.Connection c = db.openDirect(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT body FROM uow_notes ORDER BY id")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("a changed through NoteA");
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("b changed through NoteB");
        }
    }

    static final Registry REGISTRY = new Registry().mapAll(Parent.class, Child.class);

    @DatabaseTest
    void parentsInsertedFirstChildrenDeletedFirstCompositeKeys(Engine engine, TestDatabase db) throws Exception {
        REGISTRY.createAll(engine);
        if (db.is("sqlite")) {
            try (var c = engine.connect()) {
                c.execDriverSql("PRAGMA foreign_keys = ON");
            }
        }
        Child c1 = new Child("a", 1);
        Child c2 = new Child("a", 2);
        Parent a = new Parent("a");
        try (Session session = new Session(engine)) {
            // children added before their parent: the unit of work orders by foreign key, not by add order
            session.addAll(List.of(c1, c2, a));
            session.commit();
            assertThat(session.get(Child.class, List.of("a", 2)).getRef()).isEqualTo("a");
            Child again = session.get(Child.class, new Object[] {"a", 1});
            assertThat(again).isSameAs(c1);
            session.delete(a);
            session.delete(c1);
            session.delete(c2);
            session.commit();
        }
        assertThat(SessionTest.count(db, "uow_child")).isZero();
        assertThat(SessionTest.count(db, "uow_parent")).isZero();
    }
}
