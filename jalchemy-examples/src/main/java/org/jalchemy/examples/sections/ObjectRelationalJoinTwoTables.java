package org.jalchemy.examples.sections;

import java.util.List;
import org.jalchemy.Jalchemy;
import org.jalchemy.engine.Engine;
import org.jalchemy.examples.Section;
import org.jalchemy.examples.TourContext;
import org.jalchemy.orm.OrmRow;
import org.jalchemy.orm.Query;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionMaker;
import org.jalchemy.orm.mapping.Entity;
import org.jalchemy.orm.mapping.Id;
import org.jalchemy.orm.mapping.MappedColumn;
import org.jalchemy.orm.mapping.Relationship;
import org.jalchemy.schema.Column;

/**
 * Seed: "Object Relational join two tables". {@code session.query(Address, User).join(User)}: the ON clause
 * comes from the relationship, and each result is a row of two objects. The seed uses a PostgreSQL server:
 * on a server the tour's database (its {@code user}/{@code address} tables dropped first), on SQLite a
 * private in-memory database, because the tour's SQLite file already holds the expression-language
 * sections' different {@code user} table. The query is ordered by address id so that every database prints
 * the rows in the seed's order.
 */
public final class ObjectRelationalJoinTwoTables implements Section {
    @Entity("user")
    public static class User {
        @Id
        Integer id;
        String name;
        @Relationship(backref = "user")
        List<Address> addresses;

        public User() {
        }

        User(String name) {
            this.name = name;
        }

        public String getName() {
            return name;
        }

        public List<Address> getAddresses() {
            return addresses;
        }
    }

    @Entity("address")
    public static class Address {
        public static Column<Integer> ID;

        @Id
        Integer id;
        String email;
        @MappedColumn(name = "user_id", foreignKey = "user.id")
        Integer userId;
        User user;

        public Address() {
        }

        Address(String email) {
            this.email = email;
        }

        public String getEmail() {
            return email;
        }
    }

    @Override
    public String title() {
        return "Object Relational join two tables";
    }

    @Override
    public void run(TourContext context) {
        Engine engine = Jalchemy.createEngine(context.memoryUrl());
        Registry base = new Registry().mapAll(User.class, Address.class);
        try {
            OrmSupport.freshPrivateTables(engine, base.metadata());
            base.metadata().createAll(engine);
            SessionMaker sessionMaker = new SessionMaker();
            sessionMaker.configure(engine);
            Session session = sessionMaker.get();
            try {
                User user = new User("user1");
                Address mail1 = new Address("user1@foo.com");
                Address mail2 = new Address("user1@bar.com");
                user.getAddresses().addAll(List.of(mail1, mail2));
                session.add(user);
                session.addAll(List.of(mail1, mail2));
                session.commit();

                Query<OrmRow> query = session.query(Address.class, User.class).join(User.class).orderBy(Address.ID);
                for (OrmRow row : query.all()) {
                    Address a = row.get(0, Address.class);
                    User u = row.get(1, User.class);
                    context.out().println(u.getName() + " " + a.getEmail());
                }
            } finally {
                session.close();
            }
            OrmSupport.freshPrivateTables(engine, base.metadata());
        } finally {
            engine.dispose();
        }
    }
}
