package org.jalchemy.bench.systems.jalchemy;

import static org.jalchemy.Jalchemy.text;

import java.util.Map;
import org.jalchemy.sql.Executable;
import org.jalchemy.sql.TextClause;

/** The Core statements as {@code text()} with named binds: jalchemy's engine without the expression language. */
final class TextStatements implements CoreStatements {
    private static final TextClause INSERT =
            text("INSERT INTO customer (name, description) VALUES (:name, :description)");
    private static final String SELECT_BY_ID = "SELECT id, name, description FROM customer WHERE id = :id";
    private static final TextClause BY_ID = text(SELECT_BY_ID);
    private static final TextClause ALL = text("SELECT id, name, description FROM customer");
    private static final TextClause UPDATE = text("UPDATE customer SET description = :description WHERE id = :id");

    @Override
    public Executable insert() {
        return INSERT;
    }

    @Override
    public Executable selectAll() {
        return ALL;
    }

    @Override
    public Executable selectById(int id, boolean fresh) {
        return fresh ? text(SELECT_BY_ID) : BY_ID;
    }

    @Override
    public Map<String, ?> selectByIdParameters(int id, boolean fresh) {
        return Map.of("id", id);
    }

    @Override
    public Executable updateDescription() {
        return UPDATE;
    }

    @Override
    public Map<String, ?> updateParameters(int id, String description) {
        return Map.of("id", id, "description", description);
    }
}
