package org.jalchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.orm.mapping.Mapper;
import org.jalchemy.orm.mapping.MapperListener;
import org.jalchemy.orm.model.User;
import org.jalchemy.testing.DatabaseTest;

class EventsTest {
    @DatabaseTest
    void sessionAndMapperEventsFireInOrder(Engine engine) {
        SessionMaker maker = SessionTest.setUp(engine);
        List<String> events = new ArrayList<>();
        maker.listen(new SessionListener() {
            @Override
            public void beforeFlush(Session s) {
                events.add("beforeFlush");
            }

            @Override
            public void afterFlush(Session s) {
                events.add("afterFlush");
            }

            @Override
            public void afterCommit(Session s) {
                events.add("afterCommit");
            }

            @Override
            public void afterRollback(Session s) {
                events.add("afterRollback");
            }
        });
        Mapper<User> mapper = Orm.inspect(new User()).mapper().mappedClass() == User.class
                ? org.jalchemy.orm.mapping.Mappers.of(User.class) : null;
        MapperListener<User> listener = new MapperListener<>() {
            @Override
            public void beforeInsert(Mapper<User> m, Connection c, User u) {
                events.add("beforeInsert " + u.getName());
                u.setFullname(u.getFullname().trim());
            }

            @Override
            public void afterInsert(Mapper<User> m, Connection c, User u) {
                events.add("afterInsert " + (u.getId() != null));
            }

            @Override
            public void beforeUpdate(Mapper<User> m, Connection c, User u) {
                events.add("beforeUpdate");
            }

            @Override
            public void afterUpdate(Mapper<User> m, Connection c, User u) {
                events.add("afterUpdate");
            }

            @Override
            public void beforeDelete(Mapper<User> m, Connection c, User u) {
                events.add("beforeDelete");
            }

            @Override
            public void afterDelete(Mapper<User> m, Connection c, User u) {
                events.add("afterDelete");
            }

            @Override
            public void load(User u) {
                events.add("load");
            }
        };
        mapper.listen(listener);
        try (Session session = maker.get()) {
            User ed = new User("ed", "  Ed Jones  ", null);
            session.add(ed);
            session.commit();
            assertThat(events).containsExactly("beforeFlush", "beforeInsert ed", "afterInsert true", "afterFlush",
                    "afterCommit");
            events.clear();
            ed.setName("eddie");
            session.commit();
            assertThat(events).containsExactly("beforeFlush", "beforeUpdate", "afterUpdate", "afterFlush", "afterCommit");
            events.clear();
            session.delete(ed);
            session.flush();
            session.rollback();
            assertThat(events).containsExactly("beforeFlush", "beforeDelete", "afterDelete", "afterFlush", "afterRollback");
        }
        events.clear();
        try (Session session = maker.get()) {
            User ed = session.query(User.class).one();
            assertThat(ed.getFullname()).isEqualTo("Ed Jones");
            assertThat(events).containsExactly("load");
        } finally {
            mapper.removeListener(listener);
        }
    }
}
