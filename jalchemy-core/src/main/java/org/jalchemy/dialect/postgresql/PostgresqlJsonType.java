package org.jalchemy.dialect.postgresql;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Types;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.types.Binder;
import org.jalchemy.types.JsonType;
import org.jalchemy.types.Reader;
import org.jalchemy.types.TypeEngine;

/**
 * JSON on PostgreSQL: the text is sent as an untyped parameter so the server casts it to {@code json}
 * (pgjdbc would otherwise send {@code varchar}, which a {@code json} column refuses).
 * <pre>{@code
 * TypeEngine<JsonNode> t = new PostgresqlDialect().typeDescriptor(SqlTypes.JSON);
 * t.binder(dialect).bind(ps, 1, Map.of("a", 1));
 * }</pre>
 */
final class PostgresqlJsonType implements TypeEngine<JsonNode> {
    static final PostgresqlJsonType INSTANCE = new PostgresqlJsonType();

    @Override
    public Class<JsonNode> javaType() {
        return JsonNode.class;
    }

    @Override
    public Binder binder(Dialect dialect) {
        return (ps, i, v) -> {
            if (v == null) {
                ps.setNull(i, Types.OTHER);
            } else {
                ps.setObject(i, JsonType.serialize(v), Types.OTHER);
            }
        };
    }

    @Override
    public Reader<JsonNode> reader(Dialect dialect) {
        return (rs, i) -> JsonType.parse(rs.getString(i));
    }
}
