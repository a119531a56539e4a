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
