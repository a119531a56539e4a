package org.jalchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jalchemy.engine.Engine;
import org.jalchemy.orm.model.User;
import org.jalchemy.testing.DatabaseTest;

/**
 * {@code get()} on a miss binds the key converted to the column's Java type ({@code Session.keyValue}): a
 * {@code Long} key for an INTEGER column is narrowed with {@code intValue()}, so a key outside the int range
 * selects a different row, which {@code get()} then returns. SQLAlchemy compares the value as given and finds
 * no row.
 */
class GetByIdentityTest {
    @DatabaseTest
    void aLongKeyOutsideTheIntRangeFindsNoRowOfAnIntegerKey(Engine engine) {
        SessionMaker maker = SessionTest.setUp(engine);
        try (Session session = maker.get()) {
            User ed = new User("ed", "Ed", null);
            session.add(ed);
            session.commit();
            assertThat(ed.getId()).isEqualTo(1);
        }
        try (Session session = maker.get()) {
            // 2^32 + 1: its low 32 bits are 1
            User found = session.get(User.class, 4_294_967_297L);
            assertThat(found).as("get(User, 4294967297L) returned the user with id %s",
                    found == null ? null : found.getId()).isNull();
        }
    }

    @DatabaseTest
    void aCompositeKeyPartOutsideTheIntRangeFindsNoRow(Engine engine) {
        UnitOfWorkOrderTest.REGISTRY.createAll(engine);
        try (Session session = new Session(engine)) {
            session.add(new UnitOfWorkOrderTest.Parent("a"));
            session.add(new UnitOfWorkOrderTest.Child("a", 1));
            session.commit();
        }
        try (Session session = new Session(engine)) {
            UnitOfWorkOrderTest.Child found = session.get(UnitOfWorkOrderTest.Child.class, List.of("a", 4_294_967_297L));
            assertThat(found).as("get(Child, [a, 4294967297L]) returned the child at position %s",
                    found == null ? null : found.position).isNull();
        }
    }
}
