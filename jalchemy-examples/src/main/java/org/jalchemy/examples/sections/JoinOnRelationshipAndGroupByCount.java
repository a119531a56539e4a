package org.jalchemy.examples.sections;

import static org.jalchemy.Jalchemy.func;

import java.util.List;
import org.jalchemy.Jalchemy;
import org.jalchemy.engine.Engine;
import org.jalchemy.examples.Section;
import org.jalchemy.examples.TourContext;
import org.jalchemy.exc.JalchemyException;
import org.jalchemy.orm.OrmRow;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.ScopedSession;
import org.jalchemy.orm.SessionMaker;
import org.jalchemy.orm.mapping.Entity;
import org.jalchemy.orm.mapping.Id;
import org.jalchemy.orm.mapping.MappedColumn;
import org.jalchemy.orm.mapping.Relationship;
import org.jalchemy.orm.mapping.RelationshipProperty;
import org.jalchemy.schema.Column;

/**
 * Seed: "join on relationship and group_by count". {@code Parent.children} and {@code Child.parent} name each
 * other with {@code back_populates}; adding the parents cascades their children into the scoped session.
 *
 * <p>The seed is cut off after the commit: it shows neither the query nor its output. The section completes
 * it as its title says and prints what SQLAlchemy 2.0 prints for
 * {@code Session.query(Parent.name, func.count(Child.id)).join(Parent.children).group_by(Parent.name)},
 * ordered by name so that every database prints the same order: {@code Alice 3} and {@code Bob 1}. The seed's
 * {@code sqlite://} is a private in-memory database; on a server the tour's database, tables dropped first.
 */
public final class JoinOnRelationshipAndGroupByCount implements Section {
    @Entity("parent")
    public static class Parent {
        public static Column<String> NAME;
        public static RelationshipProperty CHILDREN;

        @Id
        Integer id;
        String name;
        @Relationship(backPopulates = "parent")
        List<Child> children;

        public Parent() {
        }

        Parent(String name) {
            this.name = name;
        }

        public List<Child> getChildren() {
            return children;
        }
    }

    @Entity("child")
    public static class Child {
        public static Column<Integer> ID;

        @Id
        Integer id;
        String name;
        @MappedColumn(name = "parent_id", foreignKey = "parent.id")
        Integer parentId;
        @Relationship(backPopulates = "children")
        Parent parent;

        public Child() {
        }

        Child(String name) {
            this.name = name;
        }
    }

    @Override
    public String title() {
        return "join on relationship and group_by count";
    }

    @Override
    public void run(TourContext context) {
        Engine engine = Jalchemy.createEngine(context.memoryUrl());
        Registry base = new Registry().mapAll(Parent.class, Child.class);
        try {
            OrmSupport.freshPrivateTables(engine, base.metadata());
            base.metadata().createAll(engine);
            ScopedSession session = new ScopedSession(new SessionMaker(engine));
            Parent p1 = new Parent("Alice");
            Parent p2 = new Parent("Bob");
            Child c1 = new Child("foo");
            Child c2 = new Child("bar");
            Child c3 = new Child("ker");
            Child c4 = new Child("cat");
            p1.getChildren().addAll(List.of(c1, c2, c3));
            p2.getChildren().add(c4);
            try {
                session.add(p1);
                session.add(p2);
                session.commit();
                List<OrmRow> rows = session.query(Parent.NAME, func.count(Child.ID)).join(Parent.CHILDREN)
                        .groupBy(Parent.NAME).orderBy(Parent.NAME).all();
                for (OrmRow row : rows) {
                    context.out().println(row.get(0) + " " + row.get(1));
                }
            } catch (JalchemyException e) {
                context.out().println(e.getMessage());
                session.rollback();
            } finally {
                session.remove();
            }
            OrmSupport.freshPrivateTables(engine, base.metadata());
        } finally {
            engine.dispose();
        }
    }
}
