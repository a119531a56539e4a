package org.jalchemy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.Jalchemy.select;
import static org.jalchemy.types.SqlTypes.INTEGER;
import static org.jalchemy.types.SqlTypes.STRING;

import java.util.List;
import java.util.Map;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;

class TypedRowsTest {
    static final Column<Integer> ID = Column.of("id", INTEGER).primaryKey();
    static final Column<String> NAME = Column.of("name", STRING);

    @DatabaseTest
    void generatedKeysAndRowsComeBackAsTheColumnsJavaTypes(Engine engine) {
        MetaData m = new MetaData();
        Table users = new Table("users", m, ID, NAME);
        m.createAll(engine);
        try (Connection conn = engine.connect()) {
            Row pk = conn.execute(users.insert().values(Map.of("name", "ed"))).insertedPrimaryKey();
            assertThat(pk.get(0)).isInstanceOf(Integer.class).isEqualTo(1);
            Row row = conn.execute(select(users.c(ID), users.c(NAME))).one();
            Integer id = row.get(users.c(ID));
            String name = row.get(users.c(NAME));
            assertThat(id).isEqualTo(1);
            assertThat(name).isEqualTo("ed");
        }
    }

    @DatabaseTest
    void regexpMatchWorksOnEveryDatabaseIncludingSqlite(Engine engine) {
        MetaData m = new MetaData();
        Table users = new Table("users", m, ID, NAME);
        m.createAll(engine);
        try (Connection conn = engine.connect()) {
            conn.execute(users.insert(), List.of(Map.of("name", "alice"), Map.of("name", "bob"), Map.of("name", "anna")));
            List<Object> names = conn.execute(select(users.c(NAME)).where(users.c(NAME).regexpMatch("^a.*e$"))).scalars().all();
            assertThat(names).containsExactly("alice");
        }
    }
}
