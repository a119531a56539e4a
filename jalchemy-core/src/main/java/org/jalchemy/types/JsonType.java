package org.jalchemy.types;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.SQLDataException;
import java.sql.Types;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.exc.ArgumentError;

/**
 * A JSON document column; values are Jackson {@link JsonNode}s (a bound {@code Map}, {@code List},
 * string or number is converted with Jackson). Stored as JSON text; PostgreSQL's dialect binds it as
 * {@code json}.
 *
 * <p>Mirrors {@code sqlalchemy.types.JSON}. SQL NULL reads as {@code null}; JSON {@code null} as
 * {@code NullNode}.
 * <pre>{@code
 * Column<JsonNode> doc = Column.of("doc", SqlTypes.JSON);
 * conn.execute(t.insert().values(Map.of("doc", Map.of("a", 1))));
 * }</pre>
 */
public record JsonType() implements TypeEngine<JsonNode> {
    static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public Class<JsonNode> javaType() {
        return JsonNode.class;
    }

    /** The JSON text of {@code value}. */
    public static String serialize(Object value) {
        try {
            return value instanceof JsonNode n ? MAPPER.writeValueAsString(n) : MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new ArgumentError("Value of class " + value.getClass().getName() + " cannot be written as JSON: "
                    + e.getOriginalMessage());
        }
    }

    /** Parses JSON text read from the database; {@code null} stays {@code null}. */
    public static JsonNode parse(String text) throws SQLDataException {
        if (text == null) {
            return null;
        }
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new SQLDataException("Column value is not valid JSON: " + e.getOriginalMessage(), "22032", e);
        }
    }

    @Override
    public Binder binder(Dialect dialect) {
        return Processors.nullSafe(Types.VARCHAR, (ps, i, v) -> ps.setString(i, serialize(v)));
    }

    @Override
    public Reader<JsonNode> reader(Dialect dialect) {
        return (rs, i) -> parse(rs.getString(i));
    }
}
