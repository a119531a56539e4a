package org.jalchemy.examples.sections;

import java.util.List;
import org.jalchemy.examples.Py;
import org.jalchemy.examples.Section;
import org.jalchemy.examples.TourContext;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.mapping.Entity;
import org.jalchemy.orm.mapping.Id;
import org.jalchemy.orm.mapping.MappedColumn;
import org.jalchemy.orm.mapping.Relationship;

/**
 * Seed: "Object Relational relationship". {@code addresses = relationship("Address", backref="user")}: a
 * Java class cannot grow the {@code user} attribute at run time, so {@code Address} declares the field and
 * the backref fills it. Everything happens in memory, before any session: reading {@code u1.addresses} gives
 * an empty instrumented list, and appending {@code a1} sets {@code a1.user}.
 *
 * <p>Output choices: the seed's output lost its first line to the PDF extraction ({@code print u1.addresses}
 * prints {@code []}, which SQLAlchemy prints and the section prints). Objects print as Python's default repr,
 * {@code <__main__.Address object at 0x...>}, with the object's identity hash as the address; the expected
 * file keeps the seed's addresses and the tour test compares reprs with any address.
 */
public final class ObjectRelationalRelationship implements Section {
    @Entity("user")
    public static class User {
        @Id
        Integer id;
        String name;
        @Relationship(backref = "user")
        List<Address> addresses;

        public List<Address> getAddresses() {
            return addresses;
        }
    }

    @Entity("address")
    public static class Address {
        @Id
        Integer id;
        String email;
        @MappedColumn(name = "user_id", foreignKey = "user.id")
        Integer userId;
        User user;

        public User getUser() {
            return user;
        }
    }

    @Override
    public String title() {
        return "Object Relational relationship";
    }

    @Override
    public void run(TourContext context) {
        new Registry().mapAll(User.class, Address.class);
        User u1 = new User();
        Address a1 = new Address();
        context.out().println(Py.repr(u1.getAddresses()));
        context.out().println(Py.repr(a1.getUser()));
        u1.getAddresses().add(a1);
        context.out().println(Py.repr(u1.getAddresses()));
        context.out().println(Py.repr(a1.getUser()));
    }
}
