package org.jalchemy.dialect.postgresql;

import com.fasterxml.jackson.databind.JsonNode;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.sql.compiler.TypeCompiler;
import org.jalchemy.types.Binder;
import org.jalchemy.types.Reader;
import org.jalchemy.types.TypeEngine;

/**
 * PostgreSQL's binary JSON type {@code JSONB}; values are Jackson {@link JsonNode}s as with the generic JSON.
 *
 * <p>Mirrors {@code sqlalchemy.dialects.postgresql.JSONB}. PostgreSQL only.
 * <pre>{@code
 * Column<JsonNode> doc = Column.of("doc", Jsonb.INSTANCE);
 * conn.execute(t.insert().values(Map.of("doc", Map.of("a", 1))));
 * }</pre>
 */
public final class Jsonb implements TypeEngine<JsonNode>, TypeCompiler.Named {
    /** The shared instance. */
    public static final Jsonb INSTANCE = new Jsonb();

    private Jsonb() {
    }

    @Override
    public Class<JsonNode> javaType() {
        return JsonNode.class;
    }

    @Override
    public String ddlName() {
        return "JSONB";
    }

    @Override
    public Binder binder(Dialect dialect) {
        return PostgresqlJsonType.INSTANCE.binder(dialect);
    }

    @Override
    public Reader<JsonNode> reader(Dialect dialect) {
        return PostgresqlJsonType.INSTANCE.reader(dialect);
    }
}
