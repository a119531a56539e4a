package org.jalchemy.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.Jalchemy.select;
import static org.jalchemy.types.SqlTypes.INTEGER;
import static org.jalchemy.types.SqlTypes.string;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.jalchemy.dialect.postgresql.ArrayType;
import org.jalchemy.dialect.postgresql.Jsonb;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.engine.Row;
import org.jalchemy.testing.DatabaseTest;

/** PostgreSQL's own types: ARRAY and JSONB. */
class PostgresqlTypesTest {
    @DatabaseTest(only = "postgresql")
    void arrayAndJsonbRoundTrip(Engine engine) {
        MetaData md = new MetaData();
        Table t = new Table("pgtypes", md, Column.of("id", INTEGER).primaryKey(),
                Column.of("scores", ArrayType.of(INTEGER)), Column.of("tags", ArrayType.of(string(10))),
                Column.of("doc", Jsonb.INSTANCE));
        md.createAll(engine);
        try (Connection conn = engine.connect()) {
            conn.execute(t.insert().values(Map.of("scores", List.of(1, 2, 3), "tags", List.of("a", "b"),
                    "doc", Map.of("k", List.of(true)))));
            Row row = conn.execute(select(t.c("scores"), t.c("tags"), t.c("doc"))).one();
            assertThat(row.get("scores")).isEqualTo(List.of(1, 2, 3));
            assertThat(row.get("tags")).isEqualTo(List.of("a", "b"));
            assertThat(((JsonNode) row.get("doc")).get("k").get(0).asBoolean()).isTrue();
        }
    }
}
