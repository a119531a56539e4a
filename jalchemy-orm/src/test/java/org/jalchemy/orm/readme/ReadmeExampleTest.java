package org.jalchemy.orm.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.Jalchemy.text;

import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionMaker;
import org.jalchemy.orm.mapping.Entity;
import org.jalchemy.orm.mapping.Id;
import org.jalchemy.schema.Column;
import org.jalchemy.testing.DatabaseTest;

/** The README's ORM quick start, as written there, so the README cannot drift from the code. */
class ReadmeExampleTest {
    @Entity("users")
    public static class User {
        public static Column<String> NAME;
        @Id
        Integer id;
        String name;

        public User() {
        }

        public User(String name) {
            this.name = name;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    @DatabaseTest
    void theReadmeOrmExampleRuns(Engine engine) {
        Registry registry = new Registry();
        registry.map(User.class);
        registry.metadata().createAll(engine);
        try (Session session = new SessionMaker(engine).get()) {
            session.add(new User("ed"));
            session.commit();
            User ed = session.query(User.class).filter(User.NAME.eq("ed")).one();
            ed.setName("Ed");
            session.commit();
        }
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(text("SELECT name FROM users")).scalarOne()).isEqualTo("Ed");
        }
    }
}
