package org.jalchemy.examples.sections;

import static org.jalchemy.Jalchemy.desc;
import static org.jalchemy.Jalchemy.or;

import java.io.PrintStream;
import org.jalchemy.Jalchemy;
import org.jalchemy.engine.Engine;
import java.time.LocalDateTime;
import java.util.List;
import org.jalchemy.examples.Section;
import org.jalchemy.examples.TourContext;
import org.jalchemy.orm.Query;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionMaker;
import org.jalchemy.orm.mapping.Entity;
import org.jalchemy.orm.mapping.Id;
import org.jalchemy.orm.mapping.MappedColumn;
import org.jalchemy.schema.Column;

/**
 * Seed: "Object Relational basic query". {@code User.ID}, {@code User.NAME}... are the type-safe attribute
 * references the registry fills when it maps the class. On SQLite the section uses a private in-memory
 * database: SQLite's table names ignore case, and the tour's {@code user} table would collide with
 * {@code User} (the seed ran this on PostgreSQL, where they are distinct).
 */
public final class ObjectRelationalBasicQuery implements Section {
    @Entity("User")
    public static class User {
        public static Column<Integer> ID;
        public static Column<String> NAME;
        public static Column<String> FULLNAME;
        public static Column<LocalDateTime> BIRTH;

        @Id
        Integer id;
        @MappedColumn(nullable = false)
        String name;
        @MappedColumn(nullable = false)
        String fullname;
        LocalDateTime birth;

        public User() {
        }

        User(String name, String fullname, LocalDateTime birth) {
            this.name = name;
            this.fullname = fullname;
            this.birth = birth;
        }

        public String getName() {
            return name;
        }

        public String getFullname() {
            return fullname;
        }

        public LocalDateTime getBirth() {
            return birth;
        }
    }

    @Override
    public String title() {
        return "Object Relational basic query";
    }

    @Override
    public void run(TourContext context) {
        Engine engine = context.url().equals(context.memoryUrl()) ? context.engine()
                : Jalchemy.createEngine(context.memoryUrl());
        try {
            run(context, engine);
        } finally {
            if (engine != context.engine()) {
                engine.dispose();
            }
        }
    }

    private void run(TourContext context, Engine engine) {
        Registry base = new Registry();
        base.map(User.class);
        base.metadata().createAll(engine);
        List<User> users = List.of(
                new User("ed", "Ed Jones", LocalDateTime.of(1989, 7, 1, 0, 0)),
                new User("wendy", "Wendy Williams", LocalDateTime.of(1983, 4, 1, 0, 0)),
                new User("mary", "Mary Contrary", LocalDateTime.of(1990, 1, 30, 0, 0)),
                new User("fred", "Fred Flinstone", LocalDateTime.of(1977, 3, 12, 0, 0)),
                new User("justin", "Justin Bieber", null));
        SessionMaker sessionMaker = new SessionMaker();
        sessionMaker.configure(engine);
        PrintStream out = context.out();
        try (Session session = sessionMaker.get()) {
            session.addAll(users);
            session.commit();
            out.println("----> order_by(id):");
            printAll(out, session.query(User.class).orderBy(User.ID), true);
            out.println("\n----> order_by(desc(id)):");
            printAll(out, session.query(User.class).orderBy(desc(User.ID)), true);
            out.println("\n---> order_by(date):");
            // the seed ran on PostgreSQL, which sorts NULL last; say so for every backend
            printAll(out, session.query(User.class).orderBy(User.BIRTH.isNull(), User.BIRTH), true);
            out.println("\n---> EQUAL:");
            print(out, session.query(User.class).filter(User.ID.eq(2)).first(), true);
            out.println("\n---> NOT EQUAL:");
            printAll(out, session.query(User.class).filter(User.ID.ne(2)), true);
            out.println("\n---> IN:");
            printAll(out, session.query(User.class).filter(User.NAME.in(List.of("ed", "wendy"))), true);
            out.println("\n---> NOT IN:");
            printAll(out, session.query(User.class).filter(User.NAME.in(List.of("ed", "wendy")).not()), true);
            out.println("\n---> AND:");
            print(out, session.query(User.class).filter(User.NAME.eq("ed"), User.FULLNAME.eq("Ed Jones")).first(), true);
            out.println("\n---> OR:");
            printAll(out, session.query(User.class).filter(or(User.NAME.eq("ed"), User.NAME.eq("wendy"))), true);
            out.println("\n---> NULL:");
            printAll(out, session.query(User.class).filter(User.BIRTH.isNull()), false);
            out.println("\n---> NOT NULL:");
            printAll(out, session.query(User.class).filter(User.BIRTH.isNotNull()), false);
            out.println("\n---> LIKE");
            printAll(out, session.query(User.class).filter(User.NAME.like("%ed%")), false);
        }
    }

    private static void printAll(PrintStream out, Query<User> query, boolean withBirth) {
        for (User row : query.all()) {
            print(out, row, withBirth);
        }
    }

    private static void print(PrintStream out, User row, boolean withBirth) {
        out.println(row.getName() + " " + row.getFullname() + (withBirth ? " " + OrmSupport.py(row.getBirth()) : ""));
    }
}
