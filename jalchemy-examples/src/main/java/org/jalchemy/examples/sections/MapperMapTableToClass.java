package org.jalchemy.examples.sections;

import java.util.List;
import java.util.Map;
import org.jalchemy.Jalchemy;
import org.jalchemy.engine.Engine;
import org.jalchemy.examples.Section;
import org.jalchemy.examples.TourContext;
import org.jalchemy.orm.Orm;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionMaker;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.ForeignKey;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.types.SqlTypes;

/**
 * Seed: "mapper: Map Table to class". Classical mapping of plain classes onto existing Core tables, with the
 * seed's {@code properties={'addresses': relationship(Address, backref='user')}} as a properties map. The
 * backref's {@code user} attribute is a field {@code Address} declares (Java classes cannot grow attributes).
 * Appending the address to {@code u.addresses} cascades it into the session with the user, and its
 * {@code user_id} is set from the user's new key when both are inserted.
 */
public final class MapperMapTableToClass implements Section {
    public static class User {
        String name;
        String fullname;
        String password;
        Integer id;
        List<Address> addresses;

        User() {
        }

        User(String name, String fullname, String password) {
            this.name = name;
            this.fullname = fullname;
            this.password = password;
        }

        public String getName() {
            return name;
        }

        public String getFullname() {
            return fullname;
        }

        public String getPassword() {
            return password;
        }

        public List<Address> getAddresses() {
            return addresses;
        }
    }

    public static class Address {
        Integer id;
        String email;
        Integer user_id;
        User user;

        Address() {
        }

        Address(String email) {
            this.email = email;
        }
    }

    @Override
    public String title() {
        return "mapper: Map Table to class";
    }

    @Override
    public void run(TourContext context) {
        Engine engine = Jalchemy.createEngine(context.memoryUrl());
        try {
            MetaData meta = new MetaData();
            Table user = new Table("User", meta,
                    Column.of("id", SqlTypes.INTEGER).primaryKey(),
                    Column.of("name", SqlTypes.STRING),
                    Column.of("fullname", SqlTypes.STRING),
                    Column.of("password", SqlTypes.STRING));
            Table addr = new Table("Address", meta,
                    Column.of("id", SqlTypes.INTEGER).primaryKey(),
                    Column.of("email", SqlTypes.STRING),
                    Column.of("user_id", SqlTypes.INTEGER).foreignKey(new ForeignKey("User.id")));
            Registry registry = new Registry(meta);
            registry.mapImperatively(User.class, user,
                    Map.of("addresses", Orm.relationship(Address.class).backref("user")));
            registry.mapImperatively(Address.class, addr);
            OrmSupport.freshPrivateTables(engine, meta);
            registry.metadata().createAll(engine);
            SessionMaker sessionMaker = new SessionMaker();
            sessionMaker.configure(engine);
            Session session = sessionMaker.get();
            User u = new User("Hello", "HelloWorld", "ker");
            Address a = new Address("hello@hello.com");
            u.getAddresses().add(a);
            try {
                session.add(u);
                session.commit();
                u = session.query(User.class).filter(registry.<String>column(User.class, "name").eq("Hello")).first();
                context.out().println(u.getName() + " " + u.getFullname() + " " + u.getPassword());
            } finally {
                session.close();
            }
            OrmSupport.freshPrivateTables(engine, meta);
        } finally {
            engine.dispose();
        }
    }
}
