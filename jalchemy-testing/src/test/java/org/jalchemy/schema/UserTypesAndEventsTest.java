package org.jalchemy.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.Jalchemy.select;
import static org.jalchemy.types.SqlTypes.INTEGER;
import static org.jalchemy.types.SqlTypes.string;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.types.TypeDecorator;
import org.jalchemy.types.TypeEngine;
import org.jalchemy.types.SqlTypes;

/** A TypeDecorator round trip and DDL listeners on each database. */
class UserTypesAndEventsTest {
    record Point(int x, int y) {
    }

    /** Stores a point as the text "x,y". */
    static final class PointType extends TypeDecorator<Point, String> {
        @Override
        public TypeEngine<String> impl() {
            return string(20);
        }

        @Override
        protected String processBindParam(Point value) {
            return value.x() + "," + value.y();
        }

        @Override
        protected Point processResultValue(String value) {
            String[] parts = value.split(",");
            return new Point(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        }

        @Override
        public Class<Point> javaType() {
            return Point.class;
        }
    }

    @DatabaseTest
    void typeDecoratorRoundTrip(Engine engine) {
        MetaData md = new MetaData();
        Table t = new Table("shape", md, Column.of("id", INTEGER).primaryKey(), Column.of("at", new PointType()));
        md.createAll(engine);
        try (Connection conn = engine.connect()) {
            conn.execute(t.insert().values(Map.of("at", new Point(3, 4))));
            conn.execute(t.insert().values(Map.of("id", 2)));
            assertThat(conn.execute(select(t.c("at")).where(t.c("at").eq(new Point(3, 4)))).scalar())
                    .isEqualTo(new Point(3, 4));
            assertThat(conn.execute(select(t.c("at")).where(t.c("id").eq(2))).scalar()).isNull();
        }
    }

    @DatabaseTest
    void ddlListenersRunAroundCreateAndDrop(Engine engine) {
        MetaData md = new MetaData();
        Table t = new Table("seeded", md, Column.of("id", INTEGER).primaryKey(), Column.of("name", SqlTypes.STRING));
        List<String> calls = new ArrayList<>();
        md.listen(new DdlListener() {
            @Override
            public void beforeCreate(Table table, Connection connection) {
                calls.add("beforeCreate " + table);
            }

            @Override
            public void afterCreate(Table table, Connection connection) {
                calls.add("afterCreate " + table);
                connection.execute(table.insert().values(Map.of("name", "root")));
            }

            @Override
            public void afterDrop(Table table, Connection connection) {
                calls.add("afterDrop " + table);
            }
        });
        md.createAll(engine);
        try (Connection conn = engine.connect()) {
            assertThat(conn.execute(select(t.c("name"))).scalar()).isEqualTo("root");
        }
        md.dropAll(engine);
        assertThat(calls).containsExactly("beforeCreate seeded", "afterCreate seeded", "afterDrop seeded");
    }
}
